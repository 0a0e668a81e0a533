package id.desatumis.monitoring.domain;

import java.time.OffsetDateTime;

/**
 * How fresh an answer is: the source time ({@code ce_time}) of the latest event the projection applied, when it
 * applied it, and how many records of the topics it reads it has not applied yet (the consumer lag).
 */
public record Freshness(OffsetDateTime lastEventAt, OffsetDateTime lastAppliedAt, long consumerLag) {
}
