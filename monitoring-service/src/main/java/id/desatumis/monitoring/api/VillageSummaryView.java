package id.desatumis.monitoring.api;

import java.time.OffsetDateTime;

/**
 * A desa's registry counts and how fresh they are: the time of the last event applied, when it was
 * applied, and the consumer lag (records not yet read; null when unknown).
 */
public record VillageSummaryView(String desaCode, String desaName, int households, int members,
                                 OffsetDateTime lastEventAt, OffsetDateTime lastAppliedAt, Long consumerLag) {
}
