package id.desatumis.assessment.application;

import id.desatumis.assessment.config.AssessmentSettings;
import id.desatumis.assessment.domain.AssessmentEligibility;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentSubmitted;
import id.desatumis.assessment.domain.AssessmentEvent;
import id.desatumis.assessment.domain.Classification;
import id.desatumis.assessment.domain.HouseholdAssessments.State;
import id.desatumis.assessment.domain.HouseholdAssessments;
import id.desatumis.assessment.domain.Policy;
import id.desatumis.assessment.domain.RegisteredHousehold;
import id.desatumis.assessment.persistence.AssessmentViews;
import id.desatumis.assessment.persistence.PendingAssessments;
import id.desatumis.assessment.persistence.RegistryView;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.eventstore.EventStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

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

    private final AggregateStore aggregates;
    private final AssessmentAggregate assessments;
    private final RegistryView registry;
    private final PendingAssessments pending;
    private final AssessmentViews views;
    private final HeldForms heldForms;
    private final Pool pool;
    private final Policy policy;

    public AssessmentSubmission(AggregateStore aggregates, AssessmentAggregate assessments, RegistryView registry,
                                PendingAssessments pending, AssessmentViews views, HeldForms heldForms,
                                AssessmentSettings settings, Pool pool) {
        this.aggregates = aggregates;
        this.assessments = assessments;
        this.registry = registry;
        this.pending = pending;
        this.views = views;
        this.heldForms = heldForms;
        this.pool = pool;
        this.policy = Policy.published(settings.policy()).orElseThrow(() -> new IllegalStateException(
                "desatumis.assessment.policy names no published policy: " + settings.policy()));
    }

    public Policy policy() {
        return policy;
    }

    /** The submission, for the caller's transaction (and its Idempotency-Key). */
    public Function<SqlConnection, Uni<CommandResult>> submitting(AssessmentSubmitted visit, EventMetadata metadata) {
        return tx -> submit(tx, visit, metadata).map(Outcomes::toResult);
    }

    /** One form of a batch, in a transaction of its own. */
    public Uni<CommandResult> submitAlone(AssessmentSubmitted visit, EventMetadata metadata) {
        return pool.withTransaction(submitting(visit, metadata));
    }

    public Uni<Outcome> submit(SqlConnection tx, AssessmentSubmitted visit, EventMetadata metadata) {
        UUID id = visit.assessmentId();
        return aggregates.lockAndLoad(tx, assessments, visit.householdId()).chain(loaded -> {
            if (loaded.erased()) throw erased();
            if (loaded.state().assessments().containsKey(id)) {
                // the same form again is answered as stored; another form with this id is refused
                HouseholdAssessments.submit(loaded.state(), visit, policy);
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
    Uni<Outcome> store(SqlConnection tx, Loaded<State> loaded, AssessmentSubmitted visit, RegisteredHousehold household,
                       EventMetadata metadata) {
        if (loaded.erased()) throw erased();
        List<AssessmentEvent> events = HouseholdAssessments.submit(loaded.state(), visit, policy, household.desil());
        if (events.isEmpty()) {
            return Uni.createFrom().item(new AlreadyStored(visit.assessmentId(), visit.householdId(), loaded.version()));
        }
        AssessmentEligibility.check(household, visit);
        return aggregates.append(tx, assessments, loaded, events, metadata)
                .call(after -> views.inserted(tx, after.state(), visit.assessmentId()))
                // another household's form took this id in a transaction running beside this one
                .onFailure(AssessmentSubmission::idTakenMeanwhile).transform(e -> exists())
                .map(after -> new Stored(visit.assessmentId(), visit.householdId(), after.version(),
                        after.state().assessments().get(visit.assessmentId()).classification()));
    }

    /** Holds the form; the same form again (from whichever device) is held already, another one under its id is refused. */
    private Uni<Outcome> hold(SqlConnection tx, AssessmentSubmitted visit, EventMetadata metadata) {
        return heldForms.seal(tx, visit)
                .chain(sealed -> pending.hold(tx, visit.assessmentId(), visit.householdId(), visit.desaCode(), sealed,
                        EventStore.metadataJson(metadata)))
                .chain(existing -> existing == null
                        ? Uni.createFrom().item(new Held(visit.assessmentId(), visit.householdId(), false))
                        : heldForms.open(tx, existing.householdId(), existing.visitJson()).map(earlier -> {
                            if (!existing.householdId().equals(visit.householdId()) || !heldForms.sameForm(earlier, visit)) {
                                throw exists();
                            }
                            return new Held(visit.assessmentId(), visit.householdId(), true);
                        }));
    }

    private static boolean idTakenMeanwhile(Throwable e) {
        return e instanceof PgException pg && "23505".equals(pg.getSqlState())
                && "assessment_view_pkey".equals(pg.getConstraint());
    }

    private static RuleBroken erased() {
        return new RuleBroken("householdId", "household-erased", "this household was erased from the registry");
    }

    private static RuleBroken exists() {
        return new RuleBroken("assessmentId", "assessment-exists", "another assessment has this id");
    }
}
