package id.desatumis.assistance.delivery;

import id.desatumis.assistance.PartnerService;
import id.desatumis.assistance.application.Actors;
import id.desatumis.assistance.application.BudgetLedger;
import id.desatumis.assistance.application.HouseholdAggregate;
import id.desatumis.assistance.application.InterventionAggregate;
import id.desatumis.assistance.domain.HouseholdEvent;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdClassified;
import id.desatumis.assistance.domain.HouseholdEvent.NeedIdentified;
import id.desatumis.assistance.domain.HouseholdNeeds;
import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.InterventionEvent;
import id.desatumis.assistance.domain.InterventionEvent.InterventionPlanned;
import id.desatumis.assistance.domain.Interventions;
import id.desatumis.assistance.domain.NeedId;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.NeedsOfHousehold;
import id.desatumis.assistance.domain.Plan;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.assistance.domain.Source;
import id.desatumis.assistance.domain.SourceType;
import id.desatumis.assistance.domain.Tranche;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.eventstore.EventMetadata;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.awaitility.Awaitility.await;

/**
 * The world a delivery test starts from, made through the application layer as the planning and needs parts would
 * make it (their endpoints are not this part's): a household whose needs a verified assessment identified, and
 * interventions planned for them and resourced — from a pledge (the reservation confirmed) or a budget line (committed
 * on its ledger) — each in one transaction over every stream it touches. A bean of the tests, injected.
 */
@ApplicationScoped
public class Given {

    static final ZoneId SRAGEN = ZoneId.of("Asia/Jakarta");
    static final String DESA = "33.14.07.2003";
    static final String OTHER_DESA = "33.14.07.2004";
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** As %test.desatumis.assistance.dinsos.opd-code says. */
    static final String DINSOS_OPD_CODE = "DINSOS-DELIVERY-TESTS";
    private static final EventMetadata BY_TEST = new EventMetadata("delivery-test", "dinsos", UUID.randomUUID().toString(),
            null, null, "assistance-service");

    /** A household known here: its id, desa, one member, and its needs by kind. */
    record Household(UUID id, String desa, UUID memberId, Map<NeedKind, UUID> needs) {
        UUID need(NeedKind kind) {
            return needs.get(kind);
        }
    }

    private final AggregateStore aggregates;
    private final InterventionAggregate interventions;
    private final HouseholdAggregate households;
    private final BudgetLedger ledger;
    private final Actors actors;
    private final Pool pool;
    private UUID dinasSosial;
    private boolean topicsExist;

    public Given(AggregateStore aggregates, InterventionAggregate interventions, HouseholdAggregate households,
          BudgetLedger ledger, Actors actors, Pool pool) {
        this.aggregates = aggregates;
        this.interventions = interventions;
        this.households = households;
        this.ledger = ledger;
        this.actors = actors;
        this.pool = pool;
    }

    /** A partner of that type registered in partner-service (an OPD with its office code), once known here. */
    UUID actor(String type, String opdCode) {
        partnerTopicsExist();
        UUID id = PartnerService.registered(type, "Actor " + type + " " + opdCode, opdCode);
        await().atMost(WAIT).until(() -> actors.find(pool, id).await().atMost(WAIT).isPresent());
        return id;
    }

    /** partner-service's topics, as its relay creates them, before the first of its events is sent. */
    private synchronized void partnerTopicsExist() {
        if (topicsExist) return;
        try {
            PartnerService.topicsExist();
        } catch (Exception e) {
            throw new IllegalStateException("partner-service's topics could not be created", e);
        }
        topicsExist = true;
    }

    /** Dinas Sosial as an actor: the office of the configured code (one registration per test JVM: it is unique). */
    synchronized UUID dinasSosial() {
        if (dinasSosial == null) dinasSosial = office(DINSOS_OPD_CODE);
        return dinasSosial;
    }

    UUID office(String opdCode) {
        return actor("OPD", opdCode);
    }

    /** A unique office code: tests share one database. */
    static String opdCode() {
        return "OPD-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static LocalDate today() {
        return LocalDate.now(SRAGEN);
    }

    /** A verified-poor household of the desa with these needs identified (personal ones for its one member). */
    Household household(String desa, NeedKind... kinds) {
        UUID id = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        UUID assessment = UUID.randomUUID();
        Map<NeedKind, UUID> needs = new EnumMap<>(NeedKind.class);
        List<HouseholdEvent> events = new ArrayList<>();
        events.add(new HouseholdClassified(id, desa, "POOR", assessment));
        for (NeedKind kind : kinds) {
            UUID m = kind.personal() ? member : null;
            UUID needId = NeedId.of(id, kind, m);
            needs.put(kind, needId);
            events.add(new NeedIdentified(id, needId, kind, m, desa, assessment, "2026.1"));
        }
        run(tx -> aggregates.lock(tx, List.of(households.streamId(id)))
                .chain(() -> aggregates.append(tx, households, aggregates.fresh(households, id), events, BY_TEST)));
        return new Household(id, desa, member, needs);
    }

    /** A plan of the household's need of that kind, for the actor, from a pledge; confirmed by partner-service. */
    UUID resourced(Household h, NeedKind kind, UUID actorId, Quantity amount) {
        return resourced(h, kind, actorId, amount, List.of());
    }

    UUID resourced(Household h, NeedKind kind, UUID actorId, Quantity amount, List<Tranche> tranches) {
        return plan(h, kind, actorId, Source.pledge(UUID.randomUUID()), amount, tranches, true, null);
    }

    /** Planned only: nothing reserved yet. */
    UUID planned(Household h, NeedKind kind, UUID actorId, Quantity amount) {
        return plan(h, kind, actorId, Source.pledge(UUID.randomUUID()), amount, List.of(), false, null);
    }

    /** Planned on the budget line and resourced at once: the line commits the plan's rupiah. */
    UUID onBudget(Household h, NeedKind kind, UUID actorId, long rupiah, UUID lineId) {
        return plan(h, kind, actorId, Source.budget(SourceType.APBD, lineId, "code"), Quantity.ofRupiah(rupiah),
                List.of(), true, lineId);
    }

    /** Cancelled by Dinas Sosial before any delivery (its need open again is the planning part's; not needed here). */
    void cancelled(UUID interventionId) {
        run(tx -> aggregates.lockAndLoad(tx, interventions, interventionId)
                .chain(loaded -> aggregates.append(tx, interventions, loaded,
                        Interventions.cancel(loaded.state(), "CANCELLED_BY_STAFF", "the household moved away"), BY_TEST)));
    }

    /**
     * An intervention planned long ago, due on {@code due} (before today: its plan could not be made today), for an
     * actor's overdue list; resourced from a pledge. Its household has no stream here.
     */
    UUID plannedLongAgo(UUID actorId, NeedKind kind, LocalDate due) {
        UUID id = UUID.randomUUID();
        Plan plan = new Plan(UUID.randomUUID(), UUID.randomUUID(), kind.personal() ? UUID.randomUUID() : null, kind, DESA,
                actorId, null, Source.pledge(UUID.randomUUID()), new Quantity(null, 1L), List.of(), due, "D/OLD/" + id, null);
        List<InterventionEvent> events = new ArrayList<>(List.of(new InterventionPlanned(id, plan, due.minusMonths(2))));
        events.addAll(resourcedFromPledge(interventions.fold(Intervention.NONE, events)));
        run(tx -> aggregates.lock(tx, List.of(interventions.streamId(id)))
                .chain(() -> aggregates.append(tx, interventions, aggregates.fresh(interventions, id), events, BY_TEST)));
        return id;
    }

    /**
     * Many interventions of the actor at once, each for a need of a household of its own that has no stream here (a
     * verification would find no need to meet: enough for what the OPD API does with them).
     */
    List<UUID> resourcedMany(int count, UUID actorId, NeedKind kind, Quantity amount) {
        List<UUID> ids = new ArrayList<>();
        List<Change<?, ?>> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            Plan plan = new Plan(UUID.randomUUID(), UUID.randomUUID(), kind.personal() ? UUID.randomUUID() : null, kind,
                    DESA, actorId, null, Source.pledge(UUID.randomUUID()), amount, List.of(), today().plusMonths(1),
                    "D/MANY/" + id, null);
            List<InterventionEvent> events = new ArrayList<>(Interventions.plan(Intervention.NONE, id, plan, today()));
            events.addAll(resourcedFromPledge(interventions.fold(Intervention.NONE, events)));
            changes.add(new Change<>(interventions, aggregates.fresh(interventions, id), events));
        }
        run(tx -> aggregates.lock(tx, ids.stream().map(interventions::streamId).toList())
                .chain(() -> aggregates.appendAll(tx, changes, BY_TEST)));
        return ids;
    }

    /** The household as its stream has it now. */
    NeedsOfHousehold householdNow(UUID householdId) {
        return aggregates.load(pool, households, householdId).await().atMost(WAIT).state();
    }

    Intervention interventionNow(UUID interventionId) {
        return aggregates.load(pool, interventions, interventionId).await().atMost(WAIT).state();
    }

    private UUID plan(Household h, NeedKind kind, UUID actorId, Source source, Quantity amount, List<Tranche> tranches,
                      boolean resourced, UUID lineId) {
        UUID id = UUID.randomUUID();
        UUID needId = h.need(kind);
        Plan plan = new Plan(needId, h.id(), kind.personal() ? h.memberId() : null, kind, h.desa(), actorId, null,
                source, amount, tranches, today().plusMonths(2), "MD/" + h.desa() + "/" + id, null);
        List<String> streams = new ArrayList<>(List.of(interventions.streamId(id), households.streamId(h.id())));
        if (lineId != null) streams.add(BudgetLedger.stream(lineId));
        run(tx -> aggregates.lock(tx, streams)
                .chain(() -> aggregates.load(tx, households, h.id()))
                .chain(household -> {
                    List<InterventionEvent> events = new ArrayList<>(Interventions.plan(Intervention.NONE, id, plan, today()));
                    if (resourced) {
                        Intervention planned = interventions.fold(Intervention.NONE, events);
                        events.addAll(source.fromPledge() ? resourcedFromPledge(planned)
                                : Interventions.resource(planned, UUID.randomUUID()));
                    }
                    List<Change<?, ?>> changes = new ArrayList<>();
                    changes.add(new Change<>(interventions, aggregates.fresh(interventions, id), events));
                    changes.add(new Change<>(households, household, HouseholdNeeds.plan(household.state(), needId, id)));
                    Uni<List<Change<?, ?>>> committed = lineId == null ? Uni.createFrom().item(changes)
                            : ledger.commit(tx, lineId, id, amount.rupiah()).map(c -> {
                                changes.add(c);
                                return changes;
                            });
                    return committed.chain(all -> aggregates.appendAll(tx, all, BY_TEST));
                }));
        return id;
    }

    /** The reservation asked of the pledge, and partner-service's confirmation of it. */
    private static List<InterventionEvent> resourcedFromPledge(Intervention planned) {
        UUID request = UUID.randomUUID();
        List<InterventionEvent> requested = Interventions.resource(planned, request);
        Intervention waiting = planned;
        for (InterventionEvent e : requested) waiting = Intervention.evolve(waiting, e);
        List<InterventionEvent> events = new ArrayList<>(requested);
        events.addAll(Interventions.reservationAnswered(waiting, request, true, null));
        return events;
    }

    private <T> void run(Function<SqlConnection, Uni<T>> work) {
        pool.withTransaction(work).await().atMost(WAIT);
    }
}
