package id.desatumis.partner.application;

import id.desatumis.kit.aggregate.AggregateType;
import id.desatumis.kit.aggregate.EventTypes;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.partner.domain.Reservation;
import id.desatumis.partner.domain.ReservationEvent;
import id.desatumis.partner.domain.ReservationEvent.ConsumeRefused;
import id.desatumis.partner.domain.ReservationEvent.ReservationConsumed;
import id.desatumis.partner.domain.ReservationEvent.ReservationMade;
import id.desatumis.partner.domain.ReservationEvent.ReservationRefused;
import id.desatumis.partner.domain.ReservationEvent.ReservationReleased;
import id.desatumis.partner.domain.Reservations;
import id.desatumis.partner.persistence.PledgeBalances;
import id.desatumis.partner.persistence.PledgeBalances.Delta;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A reservation as the kit's pipeline stores it (stream {@code reservation-<requestId>}). Its inline model is the
 * balance of the pledge it holds capacity of: a batch of reservations' changes is summed per pledge and written in
 * one statement, in the transaction of their events, whose CHECKs refuse an over-commitment.
 */
@ApplicationScoped
public class ReservationAggregate implements AggregateType<Reservation, ReservationEvent> {

    public static final String CATEGORY = "reservation";

    static final EventTypes<ReservationEvent> TYPES = EventTypes.of(ReservationEvent.class)
            .type("ReservationMade", 1, ReservationMade.class)
            .type("ReservationRefused", 1, ReservationRefused.class)
            .type("ReservationReleased", 1, ReservationReleased.class)
            .type("ReservationConsumed", 1, ReservationConsumed.class)
            .type("ConsumeRefused", 1, ConsumeRefused.class)
            .build();

    private final PledgeBalances balances;

    public ReservationAggregate(PledgeBalances balances) {
        this.balances = balances;
    }

    public static String streamIdOf(UUID requestId) {
        return CATEGORY + "-" + requestId;
    }

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public Reservation initial() {
        return Reservation.NONE;
    }

    @Override
    public Reservation evolve(Reservation state, ReservationEvent event) {
        return Reservation.evolve(state, event);
    }

    @Override
    public EventTypes<ReservationEvent> eventTypes() {
        return TYPES;
    }

    @Override
    public Uni<Void> updateInlineModels(SqlConnection tx, Loaded<Reservation> after, List<ReservationEvent> events) {
        return updateInlineModels(tx, List.of(new Changed<>(after, events)));
    }

    @Override
    public Uni<Void> updateInlineModels(SqlConnection tx, List<Changed<Reservation, ReservationEvent>> changes) {
        List<Delta> deltas = new ArrayList<>();
        for (Changed<Reservation, ReservationEvent> c : changes) {
            for (ReservationEvent e : c.events()) {
                Reservations.use(e).ifPresent(u -> deltas.add(Delta.of(u.pledgeId(), u.reserved(), u.consumed())));
            }
        }
        return balances.changed(tx, deltas);
    }
}
