package id.desatumis.partner.application;

import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.partner.domain.Amounts;
import id.desatumis.partner.domain.PledgeBalance;
import id.desatumis.partner.domain.Reservation;
import id.desatumis.partner.domain.ReservationEvent;
import id.desatumis.partner.domain.Reservations;
import id.desatumis.partner.domain.Reservations.Standing;
import id.desatumis.partner.domain.Reservations.Supply;
import id.desatumis.partner.persistence.PartnerDirectory;
import id.desatumis.partner.persistence.PledgeBalances;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The partner side of the reservation saga for a batch of assistance-service's requests, releases and consumes, in
 * one transaction. A pledge is never over-committed: the batch first finds every pledge it may take from (reads),
 * then locks those pledges' streams and its reservations' streams in one call before anything is written, reads the
 * balances under the locks, decides the batch in order in memory (each decision sees the ones before it), and appends
 * every reservation's events in one call, with the balances' summed changes (whose CHECKs are the backstop).
 */
@ApplicationScoped
public class ReservationSaga {

    /** One thing asked of a reservation, in the order asked. */
    public sealed interface Step permits Reserve, Release, Consume {
        UUID requestId();
    }

    public record Reserve(Reservations.Request request) implements Step {
        @Override
        public UUID requestId() {
            return request.requestId();
        }
    }

    public record Release(UUID requestId, UUID interventionId, String reason) implements Step {
    }

    public record Consume(UUID requestId, UUID interventionId, UUID deliveryId, Amounts amounts, boolean finalDelivery)
            implements Step {
    }

    private final AggregateStore aggregates;
    private final ReservationAggregate reservations;
    private final PledgeBalances balances;
    private final PartnerDirectory directory;
    private final ReservationSupplies supplies;
    private final Clock clock;

    public ReservationSaga(AggregateStore aggregates, ReservationAggregate reservations, PledgeBalances balances,
                           PartnerDirectory directory, ReservationSupplies supplies, Clock clock) {
        this.aggregates = aggregates;
        this.reservations = reservations;
        this.balances = balances;
        this.directory = directory;
        this.supplies = supplies;
        this.clock = clock;
    }

    /** A whole batch in the caller's transaction, which must not have written yet. */
    public Uni<Void> handle(SqlConnection tx, List<Step> steps, EventMetadata metadata) {
        return prepare(tx, steps).chain(p -> apply(tx, p, steps, Collections.nCopies(steps.size(), metadata)));
    }

    /**
     * Finds what the batch may touch and locks it: the first thing the transaction does. Every step of the batch
     * counts, even one that turns out to be a redelivery (locking more than needed is harmless).
     */
    public Uni<ReservationSupplies.Prepared> prepare(SqlConnection tx, List<Step> steps) {
        return supplies.find(tx, steps, LocalDate.now(clock)).call(p -> aggregates.lock(tx, p.streams()));
    }

    /**
     * Decides the steps not applied before, in order, under the locks {@link #prepare} took, and appends the answers,
     * each with the metadata of the step it answers ({@code causes}, one per step: its actor, correlation and cause).
     */
    public Uni<Void> apply(SqlConnection tx, ReservationSupplies.Prepared prepared, List<Step> fresh,
                           List<EventMetadata> causes) {
        if (fresh.isEmpty()) return Uni.createFrom().voidItem();
        return supplies.loadAll(tx, fresh)
                .chain(loaded -> balances.findAll(tx, prepared.pledgeIds())
                        .chain(found -> partnersOf(tx, prepared, found)
                                .map(partners -> decide(new Batch(loaded, found, partners), prepared, fresh, causes))))
                .chain(changes -> changes.isEmpty() ? Uni.createFrom().voidItem()
                        : aggregates.appendAll(tx, changes, causes.get(0)).replaceWithVoid());
    }

    private Uni<Map<UUID, PartnerDirectory.Entry>> partnersOf(SqlConnection tx, ReservationSupplies.Prepared prepared,
                                                              Map<UUID, PledgeBalance> pledges) {
        Set<UUID> ids = new HashSet<>(prepared.partners().values());
        pledges.values().forEach(p -> ids.add(p.partnerId()));
        return directory.findAll(tx, ids);
    }

    /** What the batch works on: the reservations as loaded, then as decided so far; the balances as changed so far. */
    private record Batch(Map<UUID, Loaded<Reservation>> loaded, Map<UUID, PledgeBalance> pledges,
                         Map<UUID, PartnerDirectory.Entry> partners) {

        Batch {
            pledges = new HashMap<>(pledges);
        }

        Standing standing(UUID partnerId) {
            PartnerDirectory.Entry e = partnerId == null ? null : partners.get(partnerId);
            if (e == null) return Standing.UNREGISTERED;
            return e.active() ? Standing.ACTIVE : Standing.SUSPENDED;
        }

        void used(ReservationEvent event) {
            Reservations.use(event).ifPresent(u ->
                    pledges.computeIfPresent(u.pledgeId(), (id, b) -> b.with(u.reserved(), u.consumed())));
        }
    }

    private List<Change<?, ?>> decide(Batch batch, ReservationSupplies.Prepared prepared, List<Step> fresh,
                                      List<EventMetadata> causes) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Reservation> current = new HashMap<>();
        batch.loaded().forEach((id, l) -> current.put(id, l.state()));
        Map<UUID, List<ReservationEvent>> decided = new LinkedHashMap<>();
        Map<UUID, EventMetadata> causeOf = new HashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            Step step = fresh.get(i);
            Reservation now = current.get(step.requestId());
            List<ReservationEvent> events = decideOne(batch, prepared, step, now, today);
            for (ReservationEvent e : events) {
                now = Reservation.evolve(now, e);
                batch.used(e);
            }
            current.put(step.requestId(), now);
            if (!events.isEmpty()) {
                decided.computeIfAbsent(step.requestId(), id -> new ArrayList<>()).addAll(events);
                causeOf.merge(step.requestId(), causes.get(i), ReservationSaga::commonCause);
            }
        }
        List<Change<?, ?>> changes = new ArrayList<>();
        decided.forEach((id, events) -> changes.add(new Change<>(reservations, batch.loaded().get(id), events,
                causeOf.get(id))));
        return changes;
    }

    /**
     * The metadata of a reservation's answers when several steps of one batch were answered (a request and its
     * release): their actor and correlation, and no single cause.
     */
    private static EventMetadata commonCause(EventMetadata a, EventMetadata b) {
        if (a.equals(b)) return a;
        String correlation = Objects.equals(a.correlationId(), b.correlationId()) ? a.correlationId() : null;
        return new EventMetadata(a.actorSubject(), a.actorRole(), correlation, null, null, a.source());
    }

    private static List<ReservationEvent> decideOne(Batch batch, ReservationSupplies.Prepared prepared, Step step,
                                                    Reservation now, LocalDate today) {
        if (step instanceof Release r) return Reservations.release(now, r.requestId(), r.interventionId(), r.reason());
        if (step instanceof Consume c) {
            return Reservations.consume(now, c.requestId(), c.interventionId(), c.deliveryId(), c.amounts(), c.finalDelivery());
        }
        Reservations.Request request = ((Reserve) step).request();
        return Reservations.request(now, request, supply(batch, prepared, request), today);
    }

    private static Supply supply(Batch batch, ReservationSupplies.Prepared prepared, Reservations.Request request) {
        if (request.pledgeId() != null) {
            PledgeBalance pledge = batch.pledges().get(request.pledgeId());
            if (pledge == null) return new Supply(request.partnerId(), Standing.UNREGISTERED, List.of());
            return new Supply(pledge.partnerId(), batch.standing(pledge.partnerId()), List.of(pledge));
        }
        UUID partnerId = prepared.partners().get(request.requestId());
        List<PledgeBalance> pledges = prepared.candidates().getOrDefault(request.requestId(), List.of()).stream()
                .map(batch.pledges()::get).filter(p -> p != null).toList();
        return new Supply(partnerId, batch.standing(partnerId), pledges);
    }
}
