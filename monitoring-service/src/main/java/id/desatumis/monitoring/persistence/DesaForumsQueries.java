package id.desatumis.monitoring.persistence;

import id.desatumis.monitoring.domain.ForumSummary;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Forums held for some areas, latest first, with their attendance counts and decisions. */
@ApplicationScoped
public class DesaForumsQueries {

    public record ForumPage(List<ForumSummary> forums, long total) {
    }

    /** A page of the forums held for any of these area codes. */
    public Uni<ForumPage> of(SqlConnection tx, List<String> areaCodes, int page, int size) {
        String[] areas = areaCodes.toArray(String[]::new);
        return tx.preparedQuery("""
                        SELECT f.forum_id, f.type, f.area_code, f.held_on,
                               (count(a.partner_id) FILTER (WHERE a.invited_at IS NOT NULL))::int AS invited,
                               (count(a.partner_id) FILTER (WHERE a.attendance = 'PRESENT'))::int AS present,
                               (count(a.partner_id) FILTER (WHERE a.attendance = 'REPRESENTED'))::int AS represented,
                               (count(a.partner_id) FILTER (WHERE a.attendance = 'ABSENT_WITH_NOTICE'))::int AS with_notice,
                               (count(a.partner_id) FILTER (WHERE a.attendance = 'ABSENT_WITHOUT_NOTICE'))::int AS without_notice
                        FROM forums f LEFT JOIN forum_attendance a ON a.forum_id = f.forum_id
                        WHERE f.area_code = ANY($1)
                        GROUP BY f.forum_id ORDER BY f.held_on DESC, f.forum_id LIMIT $2 OFFSET $3""")
                .execute(Tuple.of(areas, size, (long) page * size))
                .chain(rows -> {
                    List<Row> page1 = new ArrayList<>();
                    rows.forEach(page1::add);
                    UUID[] ids = page1.stream().map(r -> r.getUUID("forum_id")).toArray(UUID[]::new);
                    return decisions(tx, ids).chain(decided -> tx
                            .preparedQuery("SELECT count(*) FROM forums WHERE area_code = ANY($1)")
                            .execute(Tuple.of((Object) areas))
                            .map(count -> new ForumPage(page1.stream().map(r -> summary(r, decided)).toList(),
                                    count.iterator().next().getLong(0))));
                });
    }

    private static Uni<Map<UUID, List<ForumSummary.Decision>>> decisions(SqlConnection tx, UUID[] forumIds) {
        return tx.preparedQuery("""
                        SELECT forum_id, number, approves_kind, decided_on FROM decisions WHERE forum_id = ANY($1)
                        ORDER BY decided_on, number""")
                .execute(Tuple.of((Object) forumIds))
                .map(rows -> {
                    Map<UUID, List<ForumSummary.Decision>> byForum = new HashMap<>();
                    rows.forEach(r -> byForum.computeIfAbsent(r.getUUID(0), k -> new ArrayList<>())
                            .add(new ForumSummary.Decision(r.getString(1), r.getString(2), r.getLocalDate(3))));
                    return byForum;
                });
    }

    private static ForumSummary summary(Row r, Map<UUID, List<ForumSummary.Decision>> decided) {
        UUID id = r.getUUID("forum_id");
        return new ForumSummary(id, r.getString("type"), r.getString("area_code"), r.getLocalDate("held_on"),
                r.getInteger("invited"), r.getInteger("present"), r.getInteger("represented"),
                r.getInteger("with_notice"), r.getInteger("without_notice"), decided.getOrDefault(id, List.of()));
    }
}
