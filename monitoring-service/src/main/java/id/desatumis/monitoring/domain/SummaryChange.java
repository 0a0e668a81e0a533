package id.desatumis.monitoring.domain;

/** What one registry event changes in one desa's counts. */
public record SummaryChange(String desaCode, int households, int members) {
}
