package id.desatumis.monitoring.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Table {@code needs}: each need as its events named it, and its status and stage times derived from its household's
 * listing and its interventions ({@link #derive}; the rule is in projection/30-assistance.sql).
 */
@ApplicationScoped
public class NeedsTable {

    private static final String DESA = """
            desa_code = CASE WHEN EXCLUDED.desa_at IS NULL THEN needs.desa_code
                             WHEN needs.desa_at IS NULL OR EXCLUDED.desa_at > needs.desa_at THEN EXCLUDED.desa_code
                             WHEN EXCLUDED.desa_at = needs.desa_at THEN GREATEST(needs.desa_code, EXCLUDED.desa_code)
                             ELSE needs.desa_code END,
            desa_at = GREATEST(needs.desa_at, EXCLUDED.desa_at)""";

    /**
     * A need named by an event: listed by NeedsIdentified ({@code listedAt}), or planned by an intervention
     * ({@code listedAt} null), with its desa as of {@code desaAt}. Not the member a personal need is for: the figures
     * count needs, not people, and a member id kept here would outlive the person's erasure in the registry.
     */
    public record Named(UUID needId, UUID householdId, String kind, String desaCode,
                        OffsetDateTime desaAt, OffsetDateTime listedAt) implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO needs (need_id, household_id, kind, desa_code, desa_at, identified_at,
                                       last_listed_at)
                    VALUES ($1::uuid, $2::uuid, $3::text, $4::text, $5::timestamptz, $6::timestamptz, $6)
                    ON CONFLICT (need_id) DO UPDATE SET identified_at = LEAST(needs.identified_at, EXCLUDED.identified_at),
                        last_listed_at = GREATEST(needs.last_listed_at, EXCLUDED.last_listed_at),
                    """ + DESA;
        }

        @Override
        public Tuple values() {
            return Params.of(needId, householdId, kind, desaCode, desaAt, listedAt);
        }

    }

    /** assistance-service's NeedClosed ({@code closed}) or NeedCancelled, with its reason code: the latest counts. */
    public record Settled(UUID needId, UUID householdId, String kind, String desaCode, boolean closed, String reason,
                          OffsetDateTime at) implements RowWrite {
        @Override
        public String statement() {
            String at = closed ? "closed_event_at" : "cancel_event_at";
            String reason = closed ? "closed_event_reason" : "cancel_event_reason";
            return "INSERT INTO needs (need_id, household_id, kind, desa_code, desa_at, " + at + ", " + reason + ") "
                    + "VALUES ($1::uuid, $2::uuid, $3::text, $4::text, $6::timestamptz, $6, $5::text) ON CONFLICT (need_id) DO UPDATE SET "
                    + reason + " = CASE WHEN needs." + at + " IS NULL OR EXCLUDED." + at + " > needs." + at
                    + " THEN EXCLUDED." + reason + " WHEN EXCLUDED." + at + " = needs." + at
                    + " THEN GREATEST(needs." + reason + ", EXCLUDED." + reason + ") ELSE needs." + reason + " END, "
                    + at + " = GREATEST(needs." + at + ", EXCLUDED." + at + "), " + DESA;
        }

        @Override
        public Tuple values() {
            return Params.of(needId, householdId, kind, desaCode, reason, at);
        }

    }

    /**
     * Derives status, current intervention and stage times of the needs named, of every need of the households
     * named, and of the needs of the interventions named (run after {@link InterventionsTable#derive}); their desa
     * codes.
     */
    public Uni<Set<String>> derive(SqlConnection tx, Collection<UUID> needIds, Collection<UUID> householdIds,
                                   Collection<UUID> interventionIds) {
        if (needIds.isEmpty() && householdIds.isEmpty() && interventionIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return tx.preparedQuery(DERIVE).execute(Tuple.of(needIds.toArray(UUID[]::new),
                householdIds.toArray(UUID[]::new), interventionIds.toArray(UUID[]::new))).map(DesaCodes::of);
    }

    /**
     * As {@link #derive}, every need of the table at once (a rebuilt generation, before it goes live; after
     * {@link InterventionsTable#deriveAll}).
     */
    public Uni<Void> deriveAll(SqlConnection tx) {
        return tx.query(DERIVE_ALL).execute().replaceWithVoid();
    }

    private static final String DERIVE_TOUCHED = """
            WITH touched AS (
                %s
            ), cur AS (
                SELECT DISTINCT ON (i.need_id) i.need_id, i.intervention_id, i.stage, i.planned_at, i.resourced_at,
                       i.delivered_at, i.verified_at, i.first_delivered_at
                FROM interventions i JOIN touched t ON t.need_id = i.need_id
                WHERE i.stage IS DISTINCT FROM 'CANCELLED' AND i.stage IS DISTINCT FROM 'WRITTEN_OFF'
                ORDER BY i.need_id, i.planned_at DESC NULLS LAST, i.intervention_id DESC
            ), disputed AS (
                SELECT i.need_id, min(x.disputed_at) AS disputed_at
                FROM interventions i JOIN touched t ON t.need_id = i.need_id
                     JOIN deliveries x ON x.intervention_id = i.intervention_id
                GROUP BY i.need_id
            ), facts AS (
                SELECT n.need_id, cur.intervention_id, cur.stage, cur.planned_at, cur.resourced_at, cur.delivered_at,
                       cur.verified_at, cur.first_delivered_at, disputed.disputed_at, n.closed_event_reason,
                       n.cancel_event_reason,
                       CASE WHEN n.closed_event_at > coalesce(n.last_listed_at, '-infinity')
                            THEN n.closed_event_at END AS closed_at,
                       CASE WHEN n.cancel_event_reason IN ('HOUSEHOLD_ERASED', 'PERSON_ERASED', 'MERGED_AWAY')
                             AND n.cancel_event_at > coalesce(n.last_listed_at, '-infinity')
                            THEN n.cancel_event_at END AS erased_at,
                       CASE WHEN l.graduated_at >= coalesce(l.listed_at, '-infinity')
                             AND l.graduated_at > coalesce(n.last_listed_at, '-infinity') THEN 'GRADUATED'
                            WHEN l.listed_at > coalesce(n.last_listed_at, '-infinity')
                             AND NOT n.need_id = ANY(l.need_ids) THEN 'NO_LONGER_LISTED' END AS delisted,
                       CASE WHEN l.graduated_at >= coalesce(l.listed_at, '-infinity')
                             AND l.graduated_at > coalesce(n.last_listed_at, '-infinity') THEN l.graduated_at
                            WHEN l.listed_at > coalesce(n.last_listed_at, '-infinity')
                             AND NOT n.need_id = ANY(l.need_ids) THEN l.listed_at END AS delisted_at
                FROM needs n JOIN touched t ON t.need_id = n.need_id
                     LEFT JOIN need_listings l ON l.household_id = n.household_id
                     LEFT JOIN cur ON cur.need_id = n.need_id
                     LEFT JOIN disputed ON disputed.need_id = n.need_id
            ), judged AS (
                SELECT f.*, CASE
                    WHEN f.closed_at IS NOT NULL AND (f.erased_at IS NULL OR f.closed_at >= f.erased_at) THEN 'CLOSED'
                    WHEN f.erased_at IS NOT NULL THEN 'CANCELLED'
                    WHEN f.delisted IS NOT NULL AND f.first_delivered_at IS NULL THEN 'CANCELLED'
                    WHEN f.intervention_id IS NULL THEN 'IDENTIFIED'
                    WHEN f.stage IN ('RESOURCED', 'PARTLY_DELIVERED') THEN 'RESOURCED'
                    WHEN f.stage IN ('DELIVERED', 'DISPUTED', 'VERIFIED') THEN f.stage
                    ELSE 'PLANNED' END AS status
                FROM facts f
            )
            UPDATE needs n SET status = j.status, intervention_id = j.intervention_id, planned_at = j.planned_at,
                resourced_at = j.resourced_at, delivered_at = j.delivered_at, verified_at = j.verified_at,
                disputed_at = j.disputed_at,
                cancelled_at = CASE WHEN j.status = 'CANCELLED' THEN coalesce(j.erased_at, j.delisted_at) END,
                closed_at = CASE WHEN j.status = 'CLOSED' THEN j.closed_at END,
                settled_reason = CASE WHEN j.status = 'CLOSED' THEN j.closed_event_reason
                                      WHEN j.status = 'CANCELLED' AND j.erased_at IS NOT NULL THEN j.cancel_event_reason
                                      WHEN j.status = 'CANCELLED' THEN j.delisted END
            FROM judged j WHERE n.need_id = j.need_id
            RETURNING n.desa_code""";

    private static final String DERIVE = DERIVE_TOUCHED.formatted("""
            SELECT need_id FROM needs WHERE need_id = ANY($1) OR household_id = ANY($2)
                UNION SELECT need_id FROM interventions WHERE intervention_id = ANY($3) AND need_id IS NOT NULL""");
    private static final String DERIVE_ALL = DERIVE_TOUCHED.formatted("SELECT need_id FROM needs");
}
