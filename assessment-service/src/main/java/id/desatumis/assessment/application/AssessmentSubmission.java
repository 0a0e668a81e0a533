package id.desatumis.assessment.application;

import id.desatumis.assessment.domain.AssessmentEligibility;
import id.desatumis.assessment.domain.AssessmentEvent;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentSubmitted;
import id.desatumis.assessment.domain.AssessmentRejected;
import id.desatumis.assessment.domain.Classification;
import id.desatumis.assessment.domain.HouseholdAssessments;
import id.desatumis.assessment.domain.Policy;
import id.desatumis.assessment.domain.RegisteredHousehold;
import id.desatumis.assessment.persistence.AssessmentViews;
import id.desatumis.assessment.persistence.PendingAssessments;
import id.desatumis.assessment.persistence.RegistryView;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.eventstore.EventStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records an enumerator's form: against the household the registry announced (refused if merged, erased, in another
 * desa or about people who are not its members), classified under the current policy, once however often it is sent.
 * A form for a household the registry has not announced yet is held, and recorded when it is.
 */
@ApplicationScoped
public class AssessmentSubmission {

    /** What became of a form. */
    public sealed interface Outcome {
        UUID assessmentId();
        UUID householdId();
    }

    public record Stored(UUID assessmentId, UUID householdId, long version, Classification classification) implements Outcome {
    }

    public record AlreadyStored(UUID assessmentId, UUID householdId, long version) implements Outcome {
    }

    public record Held(UUID assessmentId, UUID householdId, boolean again) implements Outcome {
    }

    private final AssessmentRepository assessments;
    private final RegistryView registry;
    private final PendingAssessments pending;
    private final AssessmentViews views;
    private final AssessmentEventCodec codec;
    private final Policy policy;

    public AssessmentSubmission(AssessmentRepository assessments, RegistryView registry, PendingAssessments pending,
                                AssessmentViews views, AssessmentEventCodec codec,
                                @ConfigProperty(name = "desatumis.assessment.policy") String policyVersion) {
        this.assessments = assessments;
        this.registry = registry;
        this.pending = pending;
        this.views = views;
        this.codec = codec;
        this.policy = Policy.published(policyVersion)
                .orElseThrow(() -> new IllegalStateException("desatumis.assessment.policy names no published policy: " + policyVersion));
    }

    public Policy policy() {
        return policy;
    }

    public Uni<Outcome> submit(SqlConnection tx, AssessmentSubmitted visit, EventMetadata metadata) {
        UUID id = visit.assessmentId();
        return assessments.lockedLoad(tx, visit.householdId()).chain(loaded -> {
            if (loaded.erased()) throw erased();
            if (loaded.state().assessments().containsKey(id)) {
                // the same form again is answered as stored; another form with this id is refused
                decide(() -> HouseholdAssessments.submit(loaded.state(), visit, policy), null);
                return Uni.createFrom().item(new AlreadyStored(id, visit.householdId(), loaded.version()));
            }
            return registry.factsFor(tx, visit.householdId(), id).chain(facts -> {
                if (facts.storedFor() != null) throw exists(); // stored for another household (this one's is in its stream)
                if (facts.heldFor() != null && !facts.heldFor().equals(visit.householdId())) throw exists();
                if (facts.household() == null) return hold(tx, visit, metadata);
                return store(tx, loaded, visit, facts.household(), metadata)
                        .call(() -> facts.heldFor() == null ? Uni.createFrom().voidItem() : pending.processed(tx, id));
            });
        });
    }

    /** Records the form against the known household; the stream lock is held by the caller. */
    Uni<Outcome> store(SqlConnection tx, AssessmentRepository.Loaded loaded, AssessmentSubmitted visit,
                       RegisteredHousehold household, EventMetadata metadata) {
        if (loaded.erased()) throw erased();
        List<AssessmentEvent> events = decide(() -> HouseholdAssessments.submit(loaded.state(), visit, policy, household.desil()),
                household);
        if (events.isEmpty()) {
            return Uni.createFrom().item(new AlreadyStored(visit.assessmentId(), visit.householdId(), loaded.version()));
        }
        decide(() -> {
            AssessmentEligibility.check(household, visit);
            return null;
        }, household);
        return assessments.append(tx, loaded, events, metadata)
                .call(after -> views.inserted(tx, after.state(), visit.assessmentId()))
                // another household's form took this id in a transaction running beside this one
                .onFailure(AssessmentSubmission::idTakenMeanwhile).transform(e -> exists())
                .map(after -> new Stored(visit.assessmentId(), visit.householdId(), after.version(),
                        after.state().assessments().get(visit.assessmentId()).classification()));
    }

    private Uni<Outcome> hold(SqlConnection tx, AssessmentSubmitted visit, EventMetadata metadata) {
        return pending.hold(tx, visit.assessmentId(), visit.householdId(), visit.desaCode(), codec.json(visit),
                        EventStore.metadataJson(metadata))
                .map(held -> switch (held) {
                    case HELD -> new Held(visit.assessmentId(), visit.householdId(), false);
                    case SAME_HELD -> new Held(visit.assessmentId(), visit.householdId(), true);
                    case OTHER_HELD -> throw exists();
                });
    }

    private static <T> T decide(java.util.function.Supplier<T> decision, RegisteredHousehold household) {
        try {
            return decision.get();
        } catch (AssessmentRejected r) {
            throw "household-merged".equals(r.rule()) && household != null
                    ? AssessmentProblems.of(r, Map.of("mergedInto", household.mergedInto().toString()))
                    : AssessmentProblems.of(r);
        }
    }

    private static boolean idTakenMeanwhile(Throwable e) {
        return e instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState())
                && "assessment_view_pkey".equals(pg.getConstraint());
    }

    private static RuntimeException erased() {
        return AssessmentProblems.rule("householdId", "household-erased", "this household was erased from the registry");
    }

    private static RuntimeException exists() {
        return AssessmentProblems.rule("assessmentId", "assessment-exists", "another assessment has this id");
    }
}
