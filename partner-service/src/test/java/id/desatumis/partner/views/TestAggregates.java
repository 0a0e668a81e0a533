package id.desatumis.partner.views;

import id.desatumis.kit.aggregate.AggregateType;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.partner.domain.ForumEvent;
import id.desatumis.partner.domain.PartnerEvent.PartnerRegistered;
import id.desatumis.partner.domain.PartnerEvent.PartnerReinstated;
import id.desatumis.partner.domain.PartnerEvent.PartnerSuspended;
import id.desatumis.partner.domain.PartnerEvent;
import id.desatumis.partner.domain.ReservationEvent;
import id.desatumis.partner.persistence.PartnerDirectory;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.util.List;

/**
 * Test-only stand-ins for the partner, reservation and forum aggregates (being written beside this part), storing
 * their events as those will: the stream categories of the brief, each record under its simple class name at
 * version 1. The partner's also writes the partner directory, so that an office's token finds its partner.
 */
final class TestAggregates {

    private TestAggregates() {
    }

    static AggregateType<Void, PartnerEvent> partners(PartnerDirectory directory) {
        return new Stateless<>("partner", PartnerEvent.class) {
            @Override
            public Uni<Void> updateInlineModels(SqlConnection tx, Loaded<Void> after, List<PartnerEvent> events) {
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (PartnerEvent e : events) {
                    if (e instanceof PartnerRegistered r) chain = chain.chain(() -> directory.registered(tx, r));
                    if (e instanceof PartnerSuspended s) {
                        chain = chain.chain(() -> directory.statusChanged(tx, s.partnerId(), PartnerDirectory.Status.SUSPENDED));
                    }
                    if (e instanceof PartnerReinstated s) {
                        chain = chain.chain(() -> directory.statusChanged(tx, s.partnerId(), PartnerDirectory.Status.ACTIVE));
                    }
                }
                return chain;
            }
        };
    }

    static AggregateType<Void, ReservationEvent> reservations() {
        return new Stateless<>("reservation", ReservationEvent.class);
    }

    static AggregateType<Void, ForumEvent> forums() {
        return new Stateless<>("forum", ForumEvent.class);
    }
}
