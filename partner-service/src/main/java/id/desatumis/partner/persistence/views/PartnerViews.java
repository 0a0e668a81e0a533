package id.desatumis.partner.persistence.views;

import id.desatumis.partner.domain.PartnerEvent.PartnerRegistered;
import id.desatumis.partner.domain.PartnerEvent.PartnerReinstated;
import id.desatumis.partner.domain.PartnerEvent.PartnerSuspended;
import id.desatumis.partner.domain.PartnerEvent;
import id.desatumis.partner.domain.PartnerType;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Table {@code partner_view}: partners as the queries list them, projected from the partners' streams. */
@ApplicationScoped
public class PartnerViews implements PanacheRepositoryBase<PartnerView, UUID> {

    public void apply(PartnerEvent event, EventStamp stamp, ViewRows rows) {
        PartnerView p = rows.partners.get(event.partnerId());
        if (event instanceof PartnerRegistered e) {
            if (p == null) rows.partners.put(e.partnerId(), rows.created(registered(e, stamp)));
            return;
        }
        if (p == null || !stamp.isNewFor(p.version)) return;
        if (event instanceof PartnerSuspended e) {
            p.status = PartnerView.SUSPENDED;
            p.statusReason = e.reason();
        } else if (event instanceof PartnerReinstated e) {
            p.status = PartnerView.ACTIVE;
            p.statusReason = e.reason();
        }
        p.version = stamp.version();
        p.changedAt = stamp.at();
    }

    private static PartnerView registered(PartnerRegistered e, EventStamp stamp) {
        PartnerView p = new PartnerView();
        p.partnerId = e.partnerId();
        p.type = e.type().name();
        p.name = e.name();
        p.opdCode = e.opdCode();
        p.contactRole = e.contactRole();
        p.status = PartnerView.ACTIVE;
        p.registeredAt = stamp.at();
        p.changedAt = stamp.at();
        p.version = stamp.version();
        return p;
    }

    /** A page of partners by name, of one type or all ({@code type} null), or only the one given ({@code only}). */
    public Uni<Paged<PartnerView>> page(PartnerType type, UUID only, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (type != null) {
            where.append(" and type = :type");
            params.and("type", type.name());
        }
        if (only != null) {
            where.append(" and partnerId = :only");
            params.and("only", only);
        }
        var query = find(where.toString(), Sort.by("name").and("partnerId"), params).page(Page.of(page, size));
        // one session runs one statement at a time: the count after the page
        return query.list().chain(list -> query.count().map(total -> new Paged<>(list, total)));
    }
}
