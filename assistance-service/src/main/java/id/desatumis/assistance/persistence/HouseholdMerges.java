package id.desatumis.assistance.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Which households continue as another, from the HouseholdMergedAway events of the household streams (a merge is
 * recorded there only): the registry erases a household with every registration merged into it, but tells of the
 * survivor alone. Erasing a family and merging into one take a transaction lock on each household concerned
 * ({@link #lock}), so that neither misses the other when both are applied at once (the registry's merge and its
 * erasure of the survivor travel on different streams, and may be consumed in either order, or side by side).
 */
@ApplicationScoped
public class HouseholdMerges {

    /** Waits for, then holds until the transaction ends, each household's family lock, in one order for everyone. */
    public Uni<Void> lock(SqlConnection tx, Set<UUID> households) {
        return tx.preparedQuery("""
                        SELECT pg_advisory_xact_lock(hashtext('assistance household family'), hashtext(h::text))
                          FROM (SELECT h FROM unnest($1::uuid[]) h ORDER BY h) sorted""")
                .execute(Tuple.of(households.toArray(UUID[]::new)))
                .replaceWithVoid();
    }

    /** These households and every household merged into one of them, however many merges back. */
    public Uni<Set<UUID>> withMergedInto(SqlClient client, Set<UUID> survivors) {
        return client.preparedQuery("""
                        WITH RECURSIVE family(household_id) AS (
                            SELECT unnest($1::uuid[])
                            UNION
                            SELECT (e.payload ->> 'householdId')::uuid
                              FROM events e JOIN family f ON e.payload ->> 'survivorId' = f.household_id::text
                             WHERE e.event_type = 'HouseholdMergedAway' AND e.stream_type = 'household')
                        SELECT household_id FROM family""")
                .execute(Tuple.of(survivors.toArray(UUID[]::new)))
                .map(rows -> {
                    Set<UUID> out = new HashSet<>();
                    rows.forEach(r -> out.add(r.getUUID(0)));
                    return out;
                });
    }
}
