package id.desatumis.partner.application;

import id.desatumis.kit.aggregate.AggregateType;
import id.desatumis.kit.aggregate.EventTypes;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.partner.domain.Partner;
import id.desatumis.partner.domain.PartnerEvent;
import id.desatumis.partner.domain.PartnerEvent.PartnerRegistered;
import id.desatumis.partner.domain.PartnerEvent.PartnerReinstated;
import id.desatumis.partner.domain.PartnerEvent.PartnerSuspended;
import id.desatumis.partner.persistence.PartnerDirectory;
import id.desatumis.partner.persistence.PartnerDirectory.Status;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * A partner as the kit's pipeline stores it (stream {@code partner-<partnerId>}), with its directory row written in
 * the same transaction: commands elsewhere check there at once whether a partner exists and is active, and which
 * partner an OPD's token acts for (its unique office code).
 */
@ApplicationScoped
public class PartnerAggregate implements AggregateType<Partner, PartnerEvent> {

    public static final String CATEGORY = "partner";

    static final EventTypes<PartnerEvent> TYPES = EventTypes.of(PartnerEvent.class)
            .type("PartnerRegistered", 1, PartnerRegistered.class)
            .type("PartnerSuspended", 1, PartnerSuspended.class)
            .type("PartnerReinstated", 1, PartnerReinstated.class)
            .build();

    private final PartnerDirectory directory;

    public PartnerAggregate(PartnerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public Partner initial() {
        return Partner.NONE;
    }

    @Override
    public Partner evolve(Partner state, PartnerEvent event) {
        return Partner.evolve(state, event);
    }

    @Override
    public EventTypes<PartnerEvent> eventTypes() {
        return TYPES;
    }

    @Override
    public Uni<Void> updateInlineModels(SqlConnection tx, Loaded<Partner> after, List<PartnerEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (PartnerEvent e : events) {
            chain = chain.chain(() -> directoryAfter(tx, e));
        }
        return chain;
    }

    private Uni<Void> directoryAfter(SqlConnection tx, PartnerEvent event) {
        if (event instanceof PartnerRegistered e) return directory.registered(tx, e);
        if (event instanceof PartnerSuspended e) return directory.statusChanged(tx, e.partnerId(), Status.SUSPENDED);
        if (event instanceof PartnerReinstated e) return directory.statusChanged(tx, e.partnerId(), Status.ACTIVE);
        throw new IllegalArgumentException("unknown partner event " + event);
    }
}
