package id.desatumis.monitoring.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.monitoring.MonitoringTopics;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.kit.inbox.BatchProjection.Change;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.monitoring.domain.TimelineEntry;
import id.desatumis.monitoring.persistence.InterventionEventsTable;
import id.desatumis.monitoring.persistence.InterventionHouseholdsTable;
import id.desatumis.monitoring.persistence.TimelineTable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Household timelines, for the auditor and Dinas Sosial: every event of every topic whose payload names a household
 * (householdId, and newHouseholdId, survivorId, duplicateId or toHouseholdId: the event is on those households'
 * timelines too), and every event naming an intervention but no household (a delivery, its verification, a
 * reservation), which is on the timeline of the intervention's household. Only the fields of {@link TimelineRefs}'s
 * whitelist are kept: monitoring holds no personal data and no free text.
 */
@ApplicationScoped
public class TimelinePart implements ProjectionPart<TimelineEntry> {

    /** The payload fields that name a household whose timeline the event is on. */
    static final List<String> HOUSEHOLD_FIELDS = List.of("householdId", "newHouseholdId", "survivorId", "duplicateId",
            "toHouseholdId");
    private static final String PLATFORM_TYPES = "id.desatumis.";

    private final ObjectMapper mapper;
    private final TimelineTable timeline;
    private final InterventionEventsTable interventionEvents;
    private final InterventionHouseholdsTable interventionHouseholds;

    public TimelinePart(ObjectMapper mapper, TimelineTable timeline, InterventionEventsTable interventionEvents,
                        InterventionHouseholdsTable interventionHouseholds) {
        this.mapper = mapper;
        this.timeline = timeline;
        this.interventionEvents = interventionEvents;
        this.interventionHouseholds = interventionHouseholds;
    }

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public Set<String> topics() {
        return Set.of(RegistryTopics.HOUSEHOLD, AssessmentTopics.ASSESSMENT, PartnerTopics.PARTNER, PartnerTopics.PLEDGE,
                PartnerTopics.RESERVATION, PartnerTopics.RESPONSIBILITY, PartnerTopics.FORUM,
                AssistanceTopics.INTERVENTION, MonitoringTopics.DESA);
    }

    @Override
    public Optional<TimelineEntry> read(ConsumedEvent event) {
        JsonNode payload = payload(event);
        if (payload == null || !payload.isObject()) return Optional.empty();
        Set<UUID> households = new LinkedHashSet<>();
        for (String field : HOUSEHOLD_FIELDS) {
            UUID id = id(event, payload, field);
            if (id != null) households.add(id);
        }
        UUID intervention = id(event, payload, "interventionId");
        if (households.isEmpty() && intervention == null) return Optional.empty();
        String source = source(event);
        return Optional.of(new TimelineEntry(event.id(), occurredAt(event, payload), source, event.type(),
                event.subject(), event.sequence(), TimelineRefs.of(payload, source).toString(), households,
                intervention, intervention == null ? null : id(event, payload, "householdId")));
    }

    @Override
    public Uni<Set<String>> apply(SqlConnection tx, List<Change<TimelineEntry>> fresh) {
        List<TimelineEntry> entries = fresh.stream().map(Change::change).toList();
        return timeline.add(tx, entries)
                .chain(() -> interventionEvents.add(tx, entries))
                .chain(() -> interventionHouseholds.add(tx, entries))
                .replaceWith(Set.of()); // no desa figure is read from the timeline
    }

    /** The payload as JSON: every platform event is a JSON object (else it is malformed); another type is skipped. */
    private JsonNode payload(ConsumedEvent event) {
        if (!event.type().startsWith(PLATFORM_TYPES)) return null;
        return event.payloadAs(mapper, JsonNode.class, "monitoring " + name());
    }

    private static UUID id(ConsumedEvent event, JsonNode payload, String field) {
        JsonNode value = payload.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isTextual()) throw HouseholdEventFields.malformed(event, field + " is not a uuid");
        return HouseholdEventFields.uuid(event, field, value.asText());
    }

    /** registry, assessment, partner, assistance or monitoring: from ce_source, else from the type. */
    static String source(ConsumedEvent event) {
        String s = event.source();
        if (s != null && s.lastIndexOf('/') >= 0 && s.lastIndexOf('/') < s.length() - 1) {
            return s.substring(s.lastIndexOf('/') + 1);
        }
        String[] type = event.type().split("\\.");
        return type.length > 2 ? type[2] : "unknown";
    }

    /** ce_time; without it, the payload's first instant field (every contract records one, named ...At). */
    private static OffsetDateTime occurredAt(ConsumedEvent event, JsonNode payload) {
        if (event.time() != null) return event.time();
        for (var it = payload.fields(); it.hasNext(); ) {
            var field = it.next();
            if (field.getKey().endsWith("At") && field.getValue().isTextual()) {
                try {
                    return OffsetDateTime.parse(field.getValue().asText());
                } catch (DateTimeException notAnInstant) {
                    // the next one
                }
            }
        }
        throw HouseholdEventFields.malformed(event, "no ce_time and no instant in the payload");
    }
}
