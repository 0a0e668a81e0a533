package id.desatumis.partner.persistence;

import id.desatumis.partner.domain.Approval;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.CitedDecision;
import id.desatumis.partner.domain.ForumEvent.DecisionRecorded;
import id.desatumis.partner.domain.ForumType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Every forum decision by its number (table {@code forum_decisions}), written with the forum's events: commands that
 * cite a decision read it here, in their own transaction. The primary key keeps numbers unique programme-wide.
 */
@ApplicationScoped
public class ForumDecisions {

    /** The decision of that number, or null. */
    public Uni<CitedDecision> find(SqlClient c, String number) {
        return c.preparedQuery("""
                        SELECT number, forum_type, area_code, approves_kind, reference
                        FROM forum_decisions WHERE number = $1""")
                .execute(Tuple.of(number))
                .map(rows -> rows.rowCount() == 0 ? null : decision(rows.iterator().next()));
    }

    /** The numbers of a forum's decisions, in the order recorded. */
    public Uni<List<String>> numbersOf(SqlClient c, UUID forumId) {
        return c.preparedQuery("SELECT number FROM forum_decisions WHERE forum_id = $1 ORDER BY decided_on, number")
                .execute(Tuple.of(forumId))
                .map(rows -> {
                    List<String> out = new ArrayList<>();
                    rows.forEach(r -> out.add(r.getString(0)));
                    return out;
                });
    }

    /** A new decision; a number taken already fails here (unique violation) and undoes the whole command. */
    public Uni<Void> recorded(SqlClient tx, DecisionRecorded d) {
        return tx.preparedQuery("""
                        INSERT INTO forum_decisions (number, forum_id, forum_type, area_code, decided_on, approves_kind, reference)
                        VALUES ($1, $2, $3, $4, $5, $6, $7)""")
                .execute(Tuple.tuple(List.of(d.number(), d.forumId(), d.forumType().name(), d.areaCode(), d.decidedOn(),
                        d.approves().kind().name())).addString(d.approves().reference()))
                .replaceWithVoid();
    }

    private static CitedDecision decision(Row r) {
        return new CitedDecision(r.getString("number"), ForumType.valueOf(r.getString("forum_type")),
                Area.of(r.getString("area_code")),
                new Approval(Approval.Kind.valueOf(r.getString("approves_kind")), r.getString("reference")));
    }
}
