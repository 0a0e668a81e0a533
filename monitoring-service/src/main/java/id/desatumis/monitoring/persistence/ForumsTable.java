package id.desatumis.monitoring.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Table {@code forums}: the coordination meetings. */
@ApplicationScoped
public class ForumsTable {

    /** The area codes of these forums (those known yet). */
    public Uni<Set<String>> areasOf(SqlConnection tx, Collection<UUID> forumIds) {
        if (forumIds.isEmpty()) return Uni.createFrom().item(Set.of());
        return tx.preparedQuery("SELECT DISTINCT area_code FROM forums WHERE forum_id = ANY($1) AND area_code IS NOT NULL")
                .execute(Tuple.of(forumIds.toArray(UUID[]::new))).map(rows -> {
                    Set<String> areas = new HashSet<>();
                    rows.forEach(r -> areas.add(r.getString(0)));
                    return areas;
                });
    }

    /** ForumScheduled. */
    public record Scheduled(UUID forumId, String type, String areaCode, LocalDate heldOn, OffsetDateTime at)
            implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO forums (forum_id, type, area_code, held_on, scheduled_at) VALUES ($1::uuid, $2::text,
                        $3::text, $4::date, $5::timestamptz)
                    ON CONFLICT (forum_id) DO UPDATE SET type = EXCLUDED.type, area_code = EXCLUDED.area_code,
                        held_on = EXCLUDED.held_on, scheduled_at = EXCLUDED.scheduled_at""";
        }

        @Override
        public Tuple values() {
            return Params.of(forumId, type, areaCode, heldOn, at);
        }

    }
}
