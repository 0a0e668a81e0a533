package id.desatumis.partner.views;

import id.desatumis.kit.aggregate.AggregateType;
import id.desatumis.kit.aggregate.EventTypes;

/**
 * A stream category and its event family with no state and no inline model, for tests that store events without the
 * rules or tables of the real aggregate: each permitted record of the (sealed) family under its simple class name, at
 * schema version 1, as the real aggregates declare them.
 */
class Stateless<E> implements AggregateType<Void, E> {

    private final String category;
    private final EventTypes<E> eventTypes;

    Stateless(String category, Class<E> family) {
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
