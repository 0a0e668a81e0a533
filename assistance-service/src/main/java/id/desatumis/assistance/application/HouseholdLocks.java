package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.NeedStatus;
import id.desatumis.assistance.domain.NeedsOfHousehold;
import id.desatumis.assistance.persistence.NeedRows;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.Loaded;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Locks households and the interventions of their planned needs, before the transaction's first write, and loads the
 * households under those locks: a change to a household may cancel a planned need's intervention in the same
 * transaction. The interventions are found from the needs table first and all taken in the one sorted call with the
 * households; a plan that committed between that read and the lock (its intervention not yet locked) is found in the
 * loaded household and its intervention locked in a second call, still before any write, while the household's lock
 * keeps any further plan out.
 */
@ApplicationScoped
public class HouseholdLocks {

    /** The households as loaded under their locks, and every intervention locked with them. */
    public record Locked(Map<UUID, Loaded<NeedsOfHousehold>> households, Set<UUID> interventions) {
    }

    private final AggregateStore aggregates;
    private final HouseholdAggregate type;
    private final InterventionAggregate interventionType;
    private final NeedRows needs;

    public HouseholdLocks(AggregateStore aggregates, HouseholdAggregate type, InterventionAggregate interventionType,
                          NeedRows needs) {
        this.aggregates = aggregates;
        this.type = type;
        this.interventionType = interventionType;
        this.needs = needs;
    }

    public Uni<Locked> lockAndLoad(SqlConnection tx, Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) return Uni.createFrom().item(new Locked(Map.of(), Set.of()));
        List<UUID> ids = List.copyOf(new TreeSet<>(householdIds));
        return needs.plannedOf(tx, ids).chain(planned -> {
            Set<UUID> interventions = new TreeSet<>();
            planned.forEach(p -> interventions.add(p.interventionId()));
            List<String> streams = new ArrayList<>(ids.stream().map(HouseholdAggregate::streamIdOf).toList());
            interventions.forEach(i -> streams.add(interventionType.streamId(i)));
            return aggregates.lock(tx, streams)
                    .chain(() -> Uni.join().all(ids.stream().map(id -> aggregates.load(tx, type, id)).toList())
                            .andFailFast())
                    .chain(all -> {
                        Map<UUID, Loaded<NeedsOfHousehold>> loaded = new HashMap<>();
                        for (int i = 0; i < ids.size(); i++) loaded.put(ids.get(i), all.get(i));
                        Set<UUID> missed = new TreeSet<>();
                        loaded.values().forEach(l -> l.state().needs().values().stream()
                                .filter(n -> n.status() == NeedStatus.PLANNED && !interventions.contains(n.interventionId()))
                                .forEach(n -> missed.add(n.interventionId())));
                        interventions.addAll(missed);
                        Locked locked = new Locked(loaded, interventions);
                        return missed.isEmpty() ? Uni.createFrom().item(locked)
                                : aggregates.lock(tx, missed.stream().map(interventionType::streamId).toList())
                                    .replaceWith(locked);
                    });
        });
    }
}
