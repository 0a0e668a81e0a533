package id.desatumis.partner.application;

import id.desatumis.kit.aggregate.AggregateType;
import id.desatumis.kit.aggregate.EventTypes;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.partner.domain.Responsibility;
import id.desatumis.partner.domain.ResponsibilityEvent;
import id.desatumis.partner.domain.ResponsibilityEvent.ResponsibilityAssigned;
import id.desatumis.partner.domain.ResponsibilityEvent.ResponsibilityCleared;
import id.desatumis.partner.persistence.Responsibilities;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * A cell of the responsibility matrix as the kit's pipeline stores it (stream {@code responsibility-<KIND>-<areaCode>},
 * id {@link Responsibility#streamKey}), with its rows of table {@code responsibilities} written in the same
 * transaction, so the saga and the queries see the matrix as the commands left it.
 */
@ApplicationScoped
public class ResponsibilityAggregate implements AggregateType<Responsibility, ResponsibilityEvent> {

    public static final String CATEGORY = "responsibility";

    static final EventTypes<ResponsibilityEvent> TYPES = EventTypes.of(ResponsibilityEvent.class)
            .type("ResponsibilityAssigned", 1, ResponsibilityAssigned.class)
            .type("ResponsibilityCleared", 1, ResponsibilityCleared.class)
            .build();

    private final Responsibilities responsibilities;

    public ResponsibilityAggregate(Responsibilities responsibilities) {
        this.responsibilities = responsibilities;
    }

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public Responsibility initial() {
        return Responsibility.NONE;
    }

    @Override
    public Responsibility evolve(Responsibility state, ResponsibilityEvent event) {
        return Responsibility.evolve(state, event);
    }

    @Override
    public EventTypes<ResponsibilityEvent> eventTypes() {
        return TYPES;
    }

    @Override
    public Uni<Void> updateInlineModels(SqlConnection tx, Loaded<Responsibility> after, List<ResponsibilityEvent> events) {
        long first = after.version() - events.size() + 1;
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < events.size(); i++) {
            long version = first + i;
            ResponsibilityEvent e = events.get(i);
            chain = chain.chain(() -> responsibilities.recorded(tx, version, e));
        }
        return chain;
    }
}
