package id.desatumis.partner.application.views;

import id.desatumis.kit.aggregate.AggregateType;
import id.desatumis.kit.aggregate.EventTypes;
import id.desatumis.kit.aggregate.PayloadSealing;
import id.desatumis.partner.application.PledgeAggregate;
import id.desatumis.partner.domain.ForumEvent;
import id.desatumis.partner.domain.PartnerEvent;
import id.desatumis.partner.domain.ReservationEvent;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The aggregates whose streams the read models are projected from, as the decoding of stored events needs them: the
 * pledge's own type, and read-only views of partners, reservations and forums. A view declares every record of its
 * event family under its simple class name at schema version 1, as those aggregates store them; it folds nothing and
 * never appends. (Responsibility streams are not projected here: the matrix keeps its own inline table.)
 */
@ApplicationScoped
public class ProjectedTypes {

    private final List<AggregateType<?, ?>> types;

    public ProjectedTypes(PledgeAggregate pledges) {
        this.types = List.of(readOnly("partner", PartnerEvent.class), pledges,
                readOnly("reservation", ReservationEvent.class), readOnly("forum", ForumEvent.class));
    }

    public List<AggregateType<?, ?>> all() {
        return types;
    }

    /** Read through the same (absent) sealing, but refusing to seal: a view never appends. */
    private static <E> AggregateType<Void, E> readOnly(String category, Class<E> family) {
        return new Stateless<>(category, family).openedWith(PayloadSealing.NONE);
    }

    /**
     * A stream category and its event family with no state: each permitted record of the (sealed) family under its
     * simple class name, at schema version 1.
     */
    public static class Stateless<E> implements AggregateType<Void, E> {

        private final String category;
        private final EventTypes<E> eventTypes;

        public Stateless(String category, Class<E> family) {
            this.category = category;
            EventTypes.Builder<E> declared = EventTypes.of(family);
            for (Class<?> record : family.getPermittedSubclasses()) {
                @SuppressWarnings("unchecked") Class<? extends E> type = (Class<? extends E>) record;
                declared.type(record.getSimpleName(), 1, type);
            }
            this.eventTypes = declared.build();
        }

        @Override
        public String category() {
            return category;
        }

        @Override
        public Void initial() {
            return null;
        }

        @Override
        public Void evolve(Void state, E event) {
            return null;
        }

        @Override
        public EventTypes<E> eventTypes() {
            return eventTypes;
        }
    }
}
