package id.desatumis.monitoring.domain;

/** A lead time in days: its median and 90th percentile (continuous), null when nothing was measured. */
public record LeadTimes(Double p50, Double p90) {
}
