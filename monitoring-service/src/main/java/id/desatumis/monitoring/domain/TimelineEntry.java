package id.desatumis.monitoring.domain;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * One event as household timelines keep it: where it comes from, and its whitelisted fields ({@code refsJson}, a JSON
 * object of ids, codes, kinds, stages, classes, reason codes and amounts).
 *
 * @param households            the households the payload names: the event is on each one's timeline
 * @param interventionId        the intervention the payload names, if any: an event naming no household is on the
 *                              timeline of the intervention's household
 * @param interventionHousehold the household of that intervention, when the payload names both (a plan does)
 */
public record TimelineEntry(UUID eventId, OffsetDateTime occurredAt, String source, String type, String streamId,
                           long streamVersion, String refsJson, Set<UUID> households, UUID interventionId,
                           UUID interventionHousehold) {

    public TimelineEntry {
        households = Set.copyOf(households);
    }
}
