package id.desatumis.assessment.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assessment.application.AssessmentAggregate;
import id.desatumis.assessment.domain.AssessmentEvent;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentClassified;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentReclassified;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentRejected;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentVerified;
import id.desatumis.assessment.domain.AssessmentEvent.HouseholdGraduated;
import id.desatumis.assessment.domain.AssessmentEvent.NeedsIdentified;
import id.desatumis.assessment.domain.Classification;
import id.desatumis.assessment.domain.HouseholdAssessments.State;
import id.desatumis.assessment.persistence.AssessmentViews;
import id.desatumis.assessment.persistence.AssessmentViews.Placed;
import id.desatumis.contracts.assessment.AssessmentClassifiedV1;
import id.desatumis.contracts.assessment.AssessmentRejectedV1;
import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assessment.AssessmentVerifiedV1;
import id.desatumis.contracts.assessment.HouseholdGraduatedV1;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.kit.aggregate.AggregateEventCatalog;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.outbox.PublicEventCatalog;
import id.desatumis.kit.outbox.PublicRecord;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What assessment-service publishes: each classification (at submission and on a re-run; the latest of an
 * assessment is its current one), each verification and rejection, and what verification decided (needs, or a
 * graduation). Classes, need kinds and member ids go out; the answers, criteria, health cover, disability, ages,
 * GPS, assessors, verifiers and reasons (which cite answers) stay here. An erased household's announcements not yet
 * published are not published at all.
 *
 * <p>The stored {@code AssessmentClassified}, {@code AssessmentReclassified}, {@code AssessmentVerified} and
 * {@code AssessmentRejected} do not carry the desa (and a verification not the class): both come from this service's
 * read model, {@code assessment_view}, written in the transaction that appended the events: an event stored by an
 * earlier version and not yet relayed is published as a new one is, with no upcasting (a stored event cannot name
 * its desa by itself). An assessment's desa never changes, and its class never changes after verification (a
 * re-run is refused once decided), so the row read now says what it said when the event was recorded.
 */
@Singleton
public class AssessmentPublicEvents implements PublicEventCatalog {

    /** The stored types published; every other one is internal. */
    static final Set<String> PUBLISHED = Set.of("AssessmentClassified", "AssessmentReclassified", "AssessmentVerified",
            "AssessmentRejected", "NeedsIdentified", "HouseholdGraduated");
    /** Those whose contract takes the desa (and for a verification the class) from the read model. */
    private static final Set<String> PLACED_FROM_VIEW = Set.of("AssessmentClassified", "AssessmentReclassified",
            "AssessmentVerified", "AssessmentRejected");
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final AggregateStore aggregates;
    private final Pool pool;
    private final AssessmentAggregate assessments;
    private final AssessmentViews views;
    private final ObjectMapper mapper;

    public AssessmentPublicEvents(AggregateStore aggregates, Pool pool, AssessmentAggregate assessments,
                                  AssessmentViews views, ObjectMapper mapper) {
        this.aggregates = aggregates;
        this.pool = pool;
        this.assessments = assessments;
        this.views = views;
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
    public Optional<PublicRecord> toPublic(StoredEvent event) {
        return toPublic(List.of(event)).get(0);
    }

    /**
     * On the relay's mapping thread: the read-model rows of the batch's households first (one statement), then the
     * payloads opened. The order matters: erasing a household deletes its key and its rows in one transaction, so a
     * household whose rows are gone here has payloads that will not open either, and is not published.
     */
    @Override
    public List<Optional<PublicRecord>> toPublic(List<StoredEvent> batch) {
        Set<UUID> households = batch.stream()
                .filter(e -> AssessmentAggregate.CATEGORY.equals(e.streamType()) && PLACED_FROM_VIEW.contains(e.type()))
                .map(e -> AssessmentAggregate.householdOf(e.streamId())).collect(Collectors.toSet());
        Map<UUID, Placed> placed = households.isEmpty() ? Map.of()
                : views.placed(pool, households).await().atMost(READ_TIMEOUT);
        return new Contracts(placed).toPublic(batch);
    }

    /** One batch's mapping, with the read-model rows of its households. */
    private final class Contracts extends AggregateEventCatalog<State, AssessmentEvent> {

        private final Map<UUID, Placed> placed;

        Contracts(Map<UUID, Placed> placed) {
            super(aggregates, pool, assessments, PUBLISHED);
            this.placed = placed;
        }

        @Override
        public String source() {
            return AssessmentPublicEvents.this.source();
        }

        @Override
        public Set<String> topics() {
            return AssessmentPublicEvents.this.topics();
        }

        @Override
        protected Optional<PublicRecord> map(StoredEvent stored, AssessmentEvent event) {
            String at = DateTimeFormatter.ISO_INSTANT.format(stored.recordedAt().toInstant());
            String household = event.householdId().toString();
            if (event instanceof AssessmentClassified e) return classified(stored, e.assessmentId(), e.classification(), at);
            if (event instanceof AssessmentReclassified e) return classified(stored, e.assessmentId(), e.classification(), at);
            if (event instanceof AssessmentVerified e) {
                Placed p = placedOf(stored, e.assessmentId());
                return publish(AssessmentVerifiedV1.CE_TYPE, new AssessmentVerifiedV1(household, p.desaCode(),
                        e.assessmentId().toString(), p.povertyClass(), at));
            }
            if (event instanceof AssessmentRejected e) {
                return publish(AssessmentRejectedV1.CE_TYPE, new AssessmentRejectedV1(household,
                        placedOf(stored, e.assessmentId()).desaCode(), e.assessmentId().toString(), at));
            }
            if (event instanceof NeedsIdentified e) {
                return publish(NeedsIdentifiedV1.CE_TYPE, new NeedsIdentifiedV1(household, e.desaCode(),
                        e.assessmentId().toString(), e.povertyClass().name(), e.policyVersion(),
                        e.needs().stream().map(n -> new NeedsIdentifiedV1.Need(n.kind().name(),
                                n.memberId() == null ? null : n.memberId().toString())).toList(), at));
            }
            if (event instanceof HouseholdGraduated e) {
                return publish(HouseholdGraduatedV1.CE_TYPE, new HouseholdGraduatedV1(household, e.desaCode(),
                        e.assessmentId().toString(), at));
            }
            return Optional.empty();
        }

        private Optional<PublicRecord> classified(StoredEvent stored, UUID assessmentId, Classification c, String at) {
            return publish(AssessmentClassifiedV1.CE_TYPE, new AssessmentClassifiedV1(
                    AssessmentAggregate.householdOf(stored.streamId()).toString(), placedOf(stored, assessmentId).desaCode(),
                    assessmentId.toString(), c.povertyClass().name(), c.policyVersion(), at));
        }

        /**
         * The row of an assessment whose payload opened. It is there: the row is written with the assessment's first
         * events and leaves only with the key. Were it missing the read model would be behind its events, and the
         * relay holds (the events wait in the table) rather than publish without the desa or skip them silently.
         */
        private Placed placedOf(StoredEvent stored, UUID assessmentId) {
            Placed p = placed.get(assessmentId);
            if (p == null) {
                throw new IllegalStateException("assessment " + assessmentId + " of " + stored.streamId()
                        + " has no row in assessment_view; event " + stored.eventId() + " waits");
            }
            return p;
        }

        private Optional<PublicRecord> publish(String type, Object contract) {
            return PublicRecord.of(AssessmentTopics.ASSESSMENT, type, mapper, contract);
        }
    }
}
