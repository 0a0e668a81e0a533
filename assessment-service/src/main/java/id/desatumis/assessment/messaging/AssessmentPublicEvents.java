package id.desatumis.assessment.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
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

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/**
 * What assessment-service publishes: only what verification decided. Needs go out as kinds and member ids with the
 * class; the answers, health cover, disability, ages, GPS and the reasons (which cite answers) stay here.
 */
@ApplicationScoped
public class AssessmentPublicEvents implements PublicEventCatalog {

    private final AssessmentEventCodec codec;
    private final ObjectMapper mapper;

    public AssessmentPublicEvents(AssessmentEventCodec codec, ObjectMapper mapper) {
        this.codec = codec;
        this.mapper = mapper;
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
        if (!AssessmentEventCodec.STREAM_TYPE.equals(stored.streamType())) return Optional.empty();
        if (!stored.type().equals("NeedsIdentified") && !stored.type().equals("HouseholdGraduated")) {
            return Optional.empty(); // the rest is internal
        }
        String at = DateTimeFormatter.ISO_INSTANT.format(stored.recordedAt().toInstant());
        AssessmentEvent event = codec.decode(stored);
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
        try {
            return Optional.of(new PublicRecord(AssessmentTopics.ASSESSMENT, type, mapper.writeValueAsBytes(contract)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + type, e);
        }
    }
}
