package id.desatumis.monitoring.persistence;

import id.desatumis.monitoring.domain.TuntasDistance;
import id.desatumis.monitoring.domain.TuntasStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The tuntas rule read from the projection, in one place: what the desa pages show and what a declaration is refused
 * on. Run through {@link ProjectionReads#read}.
 *
 * <p>The rule: a household is <b>verified poor</b> from its latest NeedsIdentified, unless it graduated after it or is
 * gone (merged away, erased). A need is <b>open</b> when it belongs to a verified-poor household and is neither met
 * (VERIFIED), nor cancelled (no longer needed), nor closed for a recorded reason. A desa is READY when nothing is
 * open and at least one household is verified poor, DECLARED once tkpkd declared it, else OPEN. The fragments below
 * take the instant the rule is read at ({@code t}, an SQL expression): the funnel reads it as of any instant.
 */
@ApplicationScoped
public class TuntasQueries {

    /** Now, as the rule's instant: everything applied. */
    public static final String NOW = "'infinity'::timestamptz";

    /** Household {@code h} is verified poor at {@code t}. */
    public static String verifiedPoor(String h, String t) {
        return "(" + h + ".needs_identified_at <= " + t
                + " AND (" + h + ".graduated_at IS NULL OR " + h + ".graduated_at < " + h + ".needs_identified_at OR "
                + h + ".graduated_at > " + t + ")"
                + " AND (" + h + ".gone_at IS NULL OR " + h + ".gone_at > " + t + "))";
    }

    /**
     * When need {@code n} was identified: NeedsIdentified's time, or (when assistance-service's events came first) the
     * earliest stage it is known to have reached.
     */
    public static String identifiedAt(String n) {
        return "coalesce(" + n + ".identified_at, least(" + n + ".planned_at, " + n + ".resourced_at, " + n
                + ".delivered_at, " + n + ".verified_at, " + n + ".disputed_at, " + n + ".cancelled_at, " + n
                + ".closed_at))";
    }

    /**
     * Need {@code n} is open at {@code t} (its household's being verified poor is checked apart): identified by then,
     * and not met, cancelled or closed by then. As of an earlier instant the need's current outcome is taken with its
     * time (a need met and later reopened counts as open all along).
     */
    public static String open(String n, String t) {
        return "(coalesce(" + identifiedAt(n) + ", '-infinity') <= " + t + " AND NOT ("
                + "(" + n + ".status = 'VERIFIED' AND coalesce(" + n + ".verified_at, '-infinity') <= " + t + ")"
                + " OR (" + n + ".status = 'CANCELLED' AND coalesce(" + n + ".cancelled_at, '-infinity') <= " + t + ")"
                + " OR (" + n + ".status = 'CLOSED' AND coalesce(" + n + ".closed_at, '-infinity') <= " + t + ")))";
    }

    private static final String TOTALS = """
            WITH vp AS (SELECT h.household_id FROM households h WHERE h.desa_code = $1 AND %s),
                 vn AS (SELECT n.household_id, n.status, %s AS open FROM needs n JOIN vp USING (household_id))
            SELECT (SELECT count(*) FROM vp)::int AS verified_poor,
                   (SELECT count(DISTINCT household_id) FROM vn WHERE open)::int AS households_open,
                   (SELECT count(*) FROM vn WHERE open)::int AS needs_open,
                   (SELECT count(*) FROM vn WHERE status = 'VERIFIED')::int AS needs_met,
                   (SELECT count(*) FROM vn WHERE status = 'CLOSED')::int AS needs_closed"""
            .formatted(verifiedPoor("h", NOW), open("n", NOW));

    private static final String OPEN_BY_KIND_AND_ACTOR = """
            SELECT n.kind, i.actor_id, count(*)::int AS open
            FROM needs n JOIN households h USING (household_id)
                 LEFT JOIN interventions i ON i.intervention_id = n.intervention_id
            WHERE h.desa_code = $1 AND %s AND %s
            GROUP BY n.kind, i.actor_id""".formatted(verifiedPoor("h", NOW), open("n", NOW));

    private static final String STATUSES = """
            WITH d AS (SELECT DISTINCT unnest($1::text[]) AS desa_code),
                 vp AS (SELECT h.desa_code, h.household_id FROM households h WHERE h.desa_code = ANY($1) AND %s),
                 poor AS (SELECT desa_code, count(*) AS households FROM vp GROUP BY desa_code),
                 opened AS (SELECT vp.desa_code, count(*) AS needs FROM needs n JOIN vp USING (household_id)
                          WHERE %s GROUP BY vp.desa_code)
            SELECT d.desa_code, p.tuntas_declared_at IS NOT NULL AS declared,
                   coalesce(poor.households, 0) AS verified_poor, coalesce(opened.needs, 0) AS needs_open
            FROM d LEFT JOIN desa_programme p USING (desa_code) LEFT JOIN poor USING (desa_code)
                   LEFT JOIN opened USING (desa_code)""".formatted(verifiedPoor("h", NOW), open("n", NOW));

    private static final String ACTORS = "SELECT partner_id, name, type FROM actors WHERE partner_id = ANY($1)";

    /** tkpkd's declaration of a desa as tuntas: when, citing which decision (both null while not declared). */
    public record Declaration(OffsetDateTime declaredAt, String decisionNumber) {
    }

    /** An actor's name and type as partner-service registered it (null when not known here yet). */
    public record Actor(UUID actorId, String name, String type) {
    }

    /** The desa's distance from tuntas. */
    public Uni<TuntasDistance> distance(SqlConnection tx, String desaCode) {
        return tx.preparedQuery(TOTALS).execute(Tuple.of(desaCode)).chain(totals ->
                tx.preparedQuery(OPEN_BY_KIND_AND_ACTOR).execute(Tuple.of(desaCode)).map(groups -> {
                    Map<String, Integer> byKind = new TreeMap<>();
                    Map<UUID, Integer> byActor = new LinkedHashMap<>();
                    int unplanned = 0;
                    for (var g : groups) {
                        int open = g.getInteger("open");
                        byKind.merge(g.getString("kind"), open, Integer::sum);
                        UUID actor = g.getUUID("actor_id");
                        if (actor == null) unplanned += open;
                        else byActor.merge(actor, open, Integer::sum);
                    }
                    var t = totals.iterator().next();
                    int verifiedPoor = t.getInteger("verified_poor");
                    int householdsOpen = t.getInteger("households_open");
                    return new TuntasDistance(householdsOpen, t.getInteger("needs_open"), byKind, byActor, unplanned,
                            verifiedPoor - householdsOpen, t.getInteger("needs_met"), t.getInteger("needs_closed"),
                            verifiedPoor);
                }));
    }

    /** The status of each of these desa (DECLARED from desa_programme, else READY or OPEN by the distance). */
    public Uni<Map<String, TuntasStatus>> statuses(SqlConnection tx, Collection<String> desaCodes) {
        if (desaCodes.isEmpty()) return Uni.createFrom().item(Map.of());
        return tx.preparedQuery(STATUSES).execute(Tuple.of(desaCodes.toArray(String[]::new))).map(rows -> {
            Map<String, TuntasStatus> statuses = new HashMap<>();
            for (var r : rows) {
                statuses.put(r.getString("desa_code"), status(r.getBoolean("declared"), r.getLong("verified_poor"),
                        r.getLong("needs_open")));
            }
            return statuses;
        });
    }

    /** The names and types of these actors, by id (an actor partner-service has not told of yet is missing). */
    public Uni<Map<UUID, Actor>> actors(SqlConnection tx, Collection<UUID> actorIds) {
        if (actorIds.isEmpty()) return Uni.createFrom().item(Map.of());
        return tx.preparedQuery(ACTORS).execute(Tuple.of(actorIds.toArray(UUID[]::new))).map(rows -> {
            Map<UUID, Actor> actors = new HashMap<>();
            for (var r : rows) {
                UUID id = r.getUUID("partner_id");
                actors.put(id, new Actor(id, r.getString("name"), r.getString("type")));
            }
            return actors;
        });
    }

    /** The desa's declaration, as desa_programme has it. */
    public Uni<Declaration> declaration(SqlConnection tx, String desaCode) {
        return tx.preparedQuery("SELECT tuntas_declared_at, tuntas_decision FROM desa_programme WHERE desa_code = $1")
                .execute(Tuple.of(desaCode)).map(rows -> {
                    if (rows.rowCount() == 0) return new Declaration(null, null);
                    var r = rows.iterator().next();
                    return new Declaration(r.getOffsetDateTime("tuntas_declared_at"), r.getString("tuntas_decision"));
                });
    }

    static TuntasStatus status(boolean declared, long verifiedPoor, long needsOpen) {
        if (declared) return TuntasStatus.DECLARED;
        return verifiedPoor > 0 && needsOpen == 0 ? TuntasStatus.READY : TuntasStatus.OPEN;
    }

}
