package id.desatumis.monitoring.application;

import id.desatumis.kit.aggregate.AggregateType;
import id.desatumis.kit.aggregate.EventTypes;
import id.desatumis.monitoring.domain.DesaEvent;
import id.desatumis.monitoring.domain.DesaEvent.DesaJoinedProgramme;
import id.desatumis.monitoring.domain.DesaEvent.VillageDeclaredTuntas;
import id.desatumis.monitoring.domain.DesaProgramme;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A desa's place in the programme as the kit's pipeline stores it: stream {@code desa-<desaCode>} in monitoring's
 * own event store. It has no inline read model: the programme projection reads its events back from the topic like
 * every other fact (see {@code DesaProgrammePart}), so a rebuild reproduces it.
 */
@ApplicationScoped
public class DesaAggregate implements AggregateType<DesaProgramme, DesaEvent> {

    public static final String CATEGORY = "desa";

    static final EventTypes<DesaEvent> TYPES = EventTypes.of(DesaEvent.class)
            .type("DesaJoinedProgramme", 1, DesaJoinedProgramme.class)
            .type("VillageDeclaredTuntas", 1, VillageDeclaredTuntas.class)
            .build();

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public DesaProgramme initial() {
        return DesaProgramme.NONE;
    }

    @Override
    public DesaProgramme evolve(DesaProgramme state, DesaEvent event) {
        return DesaProgramme.evolve(state, event);
    }

    @Override
    public EventTypes<DesaEvent> eventTypes() {
        return TYPES;
    }
}
