package id.desatumis.partner.application;

import id.desatumis.kit.aggregate.AggregateType;
import id.desatumis.kit.aggregate.EventTypes;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.partner.domain.Pledge;
import id.desatumis.partner.domain.PledgeEvent;
import id.desatumis.partner.domain.PledgeEvent.PledgeAccepted;
import id.desatumis.partner.domain.PledgeEvent.PledgeDeclined;
import id.desatumis.partner.domain.PledgeEvent.PledgeExpired;
import id.desatumis.partner.domain.PledgeEvent.PledgeOffered;
import id.desatumis.partner.domain.PledgeEvent.PledgeWithdrawn;
import id.desatumis.partner.domain.PledgeStatus;
import id.desatumis.partner.persistence.PledgeBalances;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * A pledge as the kit's pipeline stores it (stream {@code pledge-<pledgeId>}), with its balance row written in the
 * same transaction. Its stream lock is also what every reservation against it takes.
 */
@ApplicationScoped
public class PledgeAggregate implements AggregateType<Pledge, PledgeEvent> {

    public static final String CATEGORY = "pledge";

    static final EventTypes<PledgeEvent> TYPES = EventTypes.of(PledgeEvent.class)
            .type("PledgeOffered", 1, PledgeOffered.class)
            .type("PledgeAccepted", 1, PledgeAccepted.class)
            .type("PledgeDeclined", 1, PledgeDeclined.class)
            .type("PledgeWithdrawn", 1, PledgeWithdrawn.class)
            .type("PledgeExpired", 1, PledgeExpired.class)
            .build();

    private final PledgeBalances balances;

    public PledgeAggregate(PledgeBalances balances) {
        this.balances = balances;
    }

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public Pledge initial() {
        return Pledge.NONE;
    }

    @Override
    public Pledge evolve(Pledge state, PledgeEvent event) {
        return Pledge.evolve(state, event);
    }

    @Override
    public EventTypes<PledgeEvent> eventTypes() {
        return TYPES;
    }

    @Override
    public Uni<Void> updateInlineModels(SqlConnection tx, Loaded<Pledge> after, List<PledgeEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (PledgeEvent e : events) {
            chain = chain.chain(() -> balanceAfter(tx, e));
        }
        return chain;
    }

    private Uni<Void> balanceAfter(SqlConnection tx, PledgeEvent event) {
        if (event instanceof PledgeOffered e) return balances.offered(tx, e);
        if (event instanceof PledgeAccepted e) return balances.statusChanged(tx, e.pledgeId(), PledgeStatus.ACCEPTED);
        if (event instanceof PledgeDeclined e) return balances.statusChanged(tx, e.pledgeId(), PledgeStatus.DECLINED);
        if (event instanceof PledgeExpired e) return balances.statusChanged(tx, e.pledgeId(), PledgeStatus.EXPIRED);
        if (event instanceof PledgeWithdrawn e) {
            Uni<Void> taken = balances.withdrawn(tx, e.pledgeId(), e.withdrawn());
            return e.entire() ? taken.chain(() -> balances.statusChanged(tx, e.pledgeId(), PledgeStatus.WITHDRAWN)) : taken;
        }
        throw new IllegalArgumentException("unknown pledge event " + event);
    }
}
