package id.desatumis.partner.application.views;

import id.desatumis.kit.aggregate.AggregateType;
import id.desatumis.partner.application.ForumAggregate;
import id.desatumis.partner.application.PartnerAggregate;
import id.desatumis.partner.application.PledgeAggregate;
import id.desatumis.partner.application.ReservationAggregate;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The aggregates whose streams the read models are projected from, for decoding their stored events by the names
 * and versions they declare. (Responsibility streams are not projected here: the matrix keeps its own inline table.)
 */
@ApplicationScoped
public class ProjectedTypes {

    private final List<AggregateType<?, ?>> types;

    public ProjectedTypes(PartnerAggregate partners, PledgeAggregate pledges, ReservationAggregate reservations,
                          ForumAggregate forums) {
        this.types = List.of(partners, pledges, reservations, forums);
    }

    public List<AggregateType<?, ?>> all() {
        return types;
    }
}
