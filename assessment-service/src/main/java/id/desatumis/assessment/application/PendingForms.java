package id.desatumis.assessment.application;

import id.desatumis.assessment.config.AssessmentSettings;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentSubmitted;
import id.desatumis.assessment.domain.RegisteredHousehold;
import id.desatumis.assessment.persistence.AssessmentViews;
import id.desatumis.assessment.persistence.PendingAssessments.Pending;
import id.desatumis.assessment.persistence.PendingAssessments;
import id.desatumis.assessment.persistence.RegistryView;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.eventstore.EventStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Forms that wait for their household: processed as soon as the registry's event about it is applied (in that
 * event's transaction), and by a periodic sweep that also refuses, as unknown, those that waited past the timeout.
 */
@ApplicationScoped
public class PendingForms {

    private static final Logger LOG = Logger.getLogger(PendingForms.class);

    private final PendingAssessments pending;
    private final RegistryView registry;
    private final AssessmentViews views;
    private final AggregateStore aggregates;
    private final AssessmentAggregate assessments;
    private final AssessmentSubmission submission;
    private final HeldForms heldForms;
    private final Pool pool;
    private final Vertx vertx;
    private final Duration timeout;
    private final Duration sweepInterval;
    private final MeterRegistry meters;
    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();

    public PendingForms(PendingAssessments pending, RegistryView registry, AssessmentViews views,
                        AggregateStore aggregates, AssessmentAggregate assessments, AssessmentSubmission submission,
                        HeldForms heldForms, Pool pool, Vertx vertx, MeterRegistry meters, AssessmentSettings settings) {
        this.pending = pending;
        this.registry = registry;
        this.views = views;
        this.aggregates = aggregates;
        this.assessments = assessments;
        this.submission = submission;
        this.heldForms = heldForms;
        this.pool = pool;
        this.vertx = vertx;
        this.timeout = settings.pendingTimeout();
        this.sweepInterval = settings.pendingSweepInterval();
        this.meters = meters;
    }

    void onStart(@Observes StartupEvent event) {
        // how many forms wait for the registry, and how long the oldest has waited: a stuck registry feed shows here
        Gauge.builder("desatumis_assessment_pending_forms", waiting, AtomicLong::get)
                .description("forms held for a household the registry has not announced yet").register(meters);
        Gauge.builder("desatumis_assessment_pending_oldest_seconds", oldestSeconds, AtomicLong::get)
                .description("how long the oldest held form has waited").register(meters);
        vertx.setPeriodic(sweepInterval.toMillis(), id -> sweep().call(this::measure).subscribe().with(n -> {
            if (n > 0) LOG.infof("pending forms: %d household(s) decided", n);
        }, e -> LOG.warnf("pending forms sweep failed: %s", e.getMessage())));
    }

    private Uni<Void> measure() {
        return pending.backlog(pool).invoke(b -> {
            waiting.set(b.waiting());
            oldestSeconds.set(b.oldestSeconds());
        }).replaceWithVoid();
    }

    /** Decides the waiting forms of every household that is now known or waited too long; how many households. */
    public Uni<Integer> sweep() {
        return pending.due(pool, timeout).chain(households -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (UUID household : households) {
                chain = chain.chain(() -> pool.withTransaction(tx -> aggregates.lock(tx, List.of(assessments.streamId(household)))
                        .chain(() -> processWaiting(tx, household))));
            }
            return chain.replaceWith(households.size());
        });
    }

    /**
     * Which of these households have forms waiting: a consumer asks once per batch, under the batch's stream locks
     * (so no form can be held for them meanwhile), and processes only those.
     */
    public Uni<Set<UUID>> withWaitingForms(SqlConnection tx, Collection<UUID> householdIds) {
        return pending.withWaitingForms(tx, householdIds);
    }

    /** The household's waiting forms, recorded or refused; the caller holds the household's stream lock. */
    public Uni<Void> processWaiting(SqlConnection tx, UUID householdId) {
        return pending.waitingFor(tx, householdId).chain(forms -> forms.isEmpty() ? Uni.createFrom().voidItem()
                : registry.find(tx, householdId).chain(household -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Pending form : forms) {
                        chain = chain.chain(() -> household == null ? expireIfDue(tx, form) : process(tx, form, household));
                    }
                    return chain;
                }));
    }

    private Uni<Void> process(SqlConnection tx, Pending form, RegisteredHousehold household) {
        return heldForms.open(tx, form.householdId(), form.visitJson()).chain(visit -> visit == null
                ? pending.refused(tx, form.assessmentId(), "household-erased", "the household was erased while its form waited")
                : process(tx, form, visit, household));
    }

    private Uni<Void> process(SqlConnection tx, Pending form, AssessmentSubmitted visit, RegisteredHousehold household) {
        // checked before any write: a refusal must not abort the transaction it shares with the registry's event
        return views.locate(tx, form.assessmentId()).chain(elsewhere -> elsewhere != null
                ? pending.refused(tx, form.assessmentId(), "assessment-exists", "another assessment has this id")
                : aggregates.load(tx, assessments, household.householdId())
                    .chain(loaded -> submission.store(tx, loaded, visit, household, EventStore.parseMetadata(form.metadataJson())))
                    .chain(outcome -> pending.processed(tx, form.assessmentId()))
                    .onFailure(RuleBroken.class).recoverWithUni(e -> refuse(tx, form, (RuleBroken) e)));
    }

    private Uni<Void> refuse(SqlConnection tx, Pending form, RuleBroken e) {
        return pending.refused(tx, form.assessmentId(), e.rule(), e.getMessage());
    }

    private Uni<Void> expireIfDue(SqlConnection tx, Pending form) {
        return pending.expired(tx, form, timeout).chain(expired -> !expired ? Uni.createFrom().voidItem()
                : pending.refused(tx, form.assessmentId(), "household-unknown",
                        "the registry did not announce this household within " + timeout));
    }
}
