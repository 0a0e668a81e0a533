package id.desatumis.monitoring.persistence;

import id.desatumis.monitoring.domain.TimelineEntry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The intervention_households table (projection/10-households.sql): the household of each intervention, from the
 * events that name both. Its only writer; {@link TimelineTable} reads it.
 */
@ApplicationScoped
public class InterventionHouseholdsTable {

    private static final String ADD = """
            INSERT INTO intervention_households (intervention_id, household_id)
            SELECT * FROM unnest($1::uuid[], $2::uuid[])
            ON CONFLICT (intervention_id) DO NOTHING""";

    /** Records the household of every intervention the entries link to one. */
    public Uni<Void> add(SqlClient tx, List<TimelineEntry> entries) {
        Map<UUID, UUID> links = new LinkedHashMap<>();
        for (TimelineEntry e : entries) {
            if (e.interventionId() != null && e.interventionHousehold() != null) {
                links.putIfAbsent(e.interventionId(), e.interventionHousehold());
            }
        }
        if (links.isEmpty()) return Uni.createFrom().voidItem();
        return tx.preparedQuery(ADD).execute(io.vertx.mutiny.sqlclient.Tuple.of(
                links.keySet().toArray(UUID[]::new), links.values().toArray(UUID[]::new))).replaceWithVoid();
    }
}
