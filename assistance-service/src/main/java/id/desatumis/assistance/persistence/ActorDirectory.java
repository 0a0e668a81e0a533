package id.desatumis.assistance.persistence;

import id.desatumis.assistance.domain.Actor;
import id.desatumis.assistance.domain.ActorType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every actor partner-service published (table {@code actors}), written by the reference consumer: whether it is
 * active, and which partner an office's token acts for. Each row keeps the version of the actor's stream, so an
 * event applied again, or late, changes nothing.
 */
@ApplicationScoped
public class ActorDirectory {

    /** One page of actors, and how many there are in all. */
    public record Page(List<Actor> actors, long total) {
    }

    private static final String COLUMNS = "partner_id, type, name, opd_code, status";

    public Uni<Void> registered(SqlClient tx, long version, Actor actor) {
        return tx.preparedQuery("""
                        INSERT INTO actors (partner_id, type, name, opd_code, status, stream_version)
                        VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (partner_id) DO NOTHING""")
                .execute(Tuple.of(actor.partnerId(), actor.type().name(), actor.name()).addString(actor.opdCode()).addString(status(actor.active())).addLong(version))
                .replaceWithVoid();
    }

    public Uni<Void> statusChanged(SqlClient tx, long version, UUID partnerId, boolean active) {
        return tx.preparedQuery("""
                        UPDATE actors SET status = $2, stream_version = $3, updated_at = now()
                        WHERE partner_id = $1 AND stream_version < $3""")
                .execute(Tuple.of(partnerId, status(active), version))
                .replaceWithVoid();
    }

    public Uni<Optional<Actor>> find(SqlClient c, UUID partnerId) {
        return one(c, "partner_id = $1", partnerId);
    }

    /** The office registered with that office code. */
    public Uni<Optional<Actor>> byOpdCode(SqlClient c, String opdCode) {
        return one(c, "opd_code = $1", opdCode);
    }

    /** Actors by name, of one type ({@code type} null for every type). */
    public Uni<Page> page(SqlClient c, ActorType type, int page, int size) {
        String typeName = type == null ? null : type.name();
        return c.preparedQuery("SELECT count(*) FROM actors WHERE ($1::text IS NULL OR type = $1)")
                .execute(Tuple.of(typeName))
                .map(rows -> rows.iterator().next().getLong(0))
                .chain(total -> c.preparedQuery("SELECT " + COLUMNS + """
                                 FROM actors WHERE ($1::text IS NULL OR type = $1)
                                ORDER BY name, partner_id LIMIT $2 OFFSET $3""")
                        .execute(Tuple.of(typeName, size, (long) page * size))
                        .map(rows -> {
                            List<Actor> out = new ArrayList<>();
                            rows.forEach(r -> out.add(actor(r)));
                            return new Page(out, total);
                        }));
    }

    private Uni<Optional<Actor>> one(SqlClient c, String where, Object value) {
        return c.preparedQuery("SELECT " + COLUMNS + " FROM actors WHERE " + where)
                .execute(Tuple.of(value))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(actor(rows.iterator().next())));
    }

    private static String status(boolean active) {
        return active ? "ACTIVE" : "SUSPENDED";
    }

    private static Actor actor(Row r) {
        return new Actor(r.getUUID("partner_id"), ActorType.named(r.getString("type")), r.getString("name"),
                r.getString("opd_code"), "ACTIVE".equals(r.getString("status")));
    }
}
