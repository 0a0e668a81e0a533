package id.desatumis.assessment.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assessment.application.AssessmentEventCodec;
import id.desatumis.assessment.domain.AssessmentEvent;
import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assessment.HouseholdGraduatedV1;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.outbox.PublicEventCatalog;
import id.desatumis.kit.outbox.PublicRecord;
import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.mutiny.sqlclient.Pool;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What assessment-service publishes: only what verification decided. Needs go out as kinds and member ids with the
 * class; the answers, health cover, disability, ages, GPS and the reasons (which cite answers) stay here.
 */
@ApplicationScoped
public class AssessmentPublicEvents implements PublicEventCatalog {

    private final AssessmentEventCodec codec;
    private final ObjectMapper mapper;
    private final Pool pool;

    public AssessmentPublicEvents(AssessmentEventCodec codec, ObjectMapper mapper, Pool pool) {
        this.codec = codec;
        this.mapper = mapper;
        this.pool = pool;
    }

    @Override
    public String source() {
        return AssessmentTopics.SOURCE;
    }

    @Override
    public Set<String> topics() {
        return Set.of(AssessmentTopics.ASSESSMENT);
    }

    @Override
    public Optional<PublicRecord> toPublic(StoredEvent stored) {
        return toPublic(List.of(stored)).get(0);
    }

    /**
     * One key lookup for the whole batch, on the relay's own thread (never an event loop, so waiting is allowed).
     * An erased household's announcements not yet published are not published at all.
     */
    @Override
    public List<Optional<PublicRecord>> toPublic(List<StoredEvent> batch) {
        List<StoredEvent> announcements = batch.stream().filter(AssessmentPublicEvents::announcement).toList();
        Map<UUID, byte[]> keys = announcements.isEmpty() ? Map.of()
                : codec.keysOf(pool, announcements.stream().map(AssessmentEventCodec::householdOf).collect(Collectors.toSet()))
                    .await().atMost(Duration.ofSeconds(30));
        return batch.stream().map(e -> {
            byte[] key = announcement(e) ? keys.get(AssessmentEventCodec.householdOf(e)) : null;
            return key == null ? Optional.<PublicRecord>empty() : map(e, codec.open(e, key));
        }).toList();
    }

    /** Only what verification announced is public; the rest is internal. */
    private static boolean announcement(StoredEvent stored) {
        return AssessmentEventCodec.STREAM_TYPE.equals(stored.streamType())
                && (stored.type().equals("NeedsIdentified") || stored.type().equals("HouseholdGraduated"));
    }

    private Optional<PublicRecord> map(StoredEvent stored, AssessmentEvent event) {
        String at = DateTimeFormatter.ISO_INSTANT.format(stored.recordedAt().toInstant());
        if (event instanceof AssessmentEvent.NeedsIdentified e) {
            return publish(NeedsIdentifiedV1.CE_TYPE, new NeedsIdentifiedV1(e.householdId().toString(), e.desaCode(),
                    e.assessmentId().toString(), e.povertyClass().name(), e.policyVersion(),
                    e.needs().stream().map(n -> new NeedsIdentifiedV1.Need(n.kind().name(),
                            n.memberId() == null ? null : n.memberId().toString())).toList(), at));
        }
        var e = (AssessmentEvent.HouseholdGraduated) event;
        return publish(HouseholdGraduatedV1.CE_TYPE, new HouseholdGraduatedV1(e.householdId().toString(), e.desaCode(),
                e.assessmentId().toString(), at));
    }

    private Optional<PublicRecord> publish(String type, Object contract) {
        return PublicRecord.of(AssessmentTopics.ASSESSMENT, type, mapper, contract);
    }
}
