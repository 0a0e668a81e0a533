package id.desatumis.assessment.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assessment.application.AssessmentAggregate;
import id.desatumis.assessment.domain.AssessmentEvent;
import id.desatumis.assessment.domain.AssessmentEvent.HouseholdGraduated;
import id.desatumis.assessment.domain.AssessmentEvent.NeedsIdentified;
import id.desatumis.assessment.domain.HouseholdAssessments.State;
import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assessment.HouseholdGraduatedV1;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.kit.aggregate.AggregateEventCatalog;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.outbox.PublicRecord;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/**
 * What assessment-service publishes: only what verification decided. Needs go out as kinds and member ids with the
 * class; the answers, health cover, disability, ages, GPS and the reasons (which cite answers) stay here. An erased
 * household's announcements not yet published are not published at all.
 */
@Singleton
public class AssessmentPublicEvents extends AggregateEventCatalog<State, AssessmentEvent> {

    private final ObjectMapper mapper;

    public AssessmentPublicEvents(AggregateStore aggregates, Pool pool, AssessmentAggregate assessments, ObjectMapper mapper) {
        super(aggregates, pool, assessments, Set.of("NeedsIdentified", "HouseholdGraduated"));
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
    protected Optional<PublicRecord> map(StoredEvent stored, AssessmentEvent event) {
        String at = DateTimeFormatter.ISO_INSTANT.format(stored.recordedAt().toInstant());
        if (event instanceof NeedsIdentified e) {
            return publish(NeedsIdentifiedV1.CE_TYPE, new NeedsIdentifiedV1(e.householdId().toString(), e.desaCode(),
                    e.assessmentId().toString(), e.povertyClass().name(), e.policyVersion(),
                    e.needs().stream().map(n -> new NeedsIdentifiedV1.Need(n.kind().name(),
                            n.memberId() == null ? null : n.memberId().toString())).toList(), at));
        }
        if (event instanceof HouseholdGraduated e) {
            return publish(HouseholdGraduatedV1.CE_TYPE, new HouseholdGraduatedV1(e.householdId().toString(), e.desaCode(),
                    e.assessmentId().toString(), at));
        }
        return Optional.empty();
    }

    private Optional<PublicRecord> publish(String type, Object contract) {
        return PublicRecord.of(AssessmentTopics.ASSESSMENT, type, mapper, contract);
    }
}
