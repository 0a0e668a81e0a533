package id.desatumis.partner.persistence;

import id.desatumis.partner.domain.Approval;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.CitedDecision;
import id.desatumis.partner.domain.ForumEvent.DecisionRecorded;
import id.desatumis.partner.domain.ForumType;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

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

    /** Whether a command failed because another decision took its number meanwhile (the table's primary key). */
    public static boolean numberTaken(Throwable failure) {
        return failure instanceof PgException pg && "23505".equals(pg.getSqlState()) && pg.getConstraint() != null
                && pg.getConstraint().startsWith("forum_decisions");
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
