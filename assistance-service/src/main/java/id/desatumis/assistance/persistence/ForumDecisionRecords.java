package id.desatumis.assistance.persistence;

import id.desatumis.assistance.domain.CitedDecision;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/**
 * Every forum decision partner-service published (table {@code forum_decisions}), by its number: a plan cites one.
 * A number is unique programme-wide and a decision never changes, so a decision delivered again changes nothing.
 */
@ApplicationScoped
public class ForumDecisionRecords {

    public Uni<Void> recorded(SqlClient tx, long version, UUID forumId, CitedDecision d) {
        return tx.preparedQuery("""
                        INSERT INTO forum_decisions (number, forum_id, forum_type, area_code, approves_kind,
                                                     approves_reference, decided_on, stream_version)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (number) DO NOTHING""")
                .execute(Tuple.of(d.number(), forumId, d.forumType(), d.areaCode(), d.approvesKind()).addString(d.approvesReference()).addLocalDate(d.decidedOn()).addLong(version))
                .replaceWithVoid();
    }

    public Uni<Optional<CitedDecision>> find(SqlClient c, String number) {
        return c.preparedQuery("""
                        SELECT number, forum_type, area_code, approves_kind, approves_reference, decided_on
                        FROM forum_decisions WHERE number = $1""")
                .execute(Tuple.of(number))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(decision(rows.iterator().next())));
    }

    private static CitedDecision decision(Row r) {
        return new CitedDecision(r.getString("number"), r.getString("forum_type"), r.getString("area_code"),
                r.getString("approves_kind"), r.getString("approves_reference"), r.getLocalDate("decided_on"));
    }
}
