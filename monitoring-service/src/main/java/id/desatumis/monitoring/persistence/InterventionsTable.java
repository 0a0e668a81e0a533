package id.desatumis.monitoring.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Table {@code interventions}: each intervention's plan, source and supply stage as its stream wrote them, and its
 * stage and delivered amounts derived from its deliveries ({@link #derive}).
 */
@ApplicationScoped
public class InterventionsTable {

    /**
     * InterventionPlanned, or an office's UnplannedDeliveryRecorded ({@code unplanned}: supply stage RESOURCED at
     * once). Source and supply stage at the stream version.
     */
    public record Planned(UUID interventionId, UUID needId, UUID householdId, String kind,
                          String desaCode, UUID actorId, String sourceType, UUID pledgeId, UUID budgetLineId,
                          Long rupiah, Long units, LocalDate dueDate, String decisionNumber, boolean unplanned,
                          LocalDate plannedOn, OffsetDateTime at, long version) implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO interventions (intervention_id, need_id, household_id, kind, desa_code,
                        actor_id, source_type, pledge_id, budget_line_id, planned_rupiah, planned_units, due_date,
                        decision_number, unplanned, planned_on, planned_at, source_version, supply_stage,
                        supply_version, resourced_at)
                    VALUES ($1::uuid, $2::uuid, $3::uuid, $4::text, $5::text, $6::uuid, $7::text, $8::uuid, $9::uuid,
                        $10::bigint, $11::bigint, $12::date, $13::text, $14::boolean, $15::date,
                        $16::timestamptz, $17::bigint, $18::text, $17, $19::timestamptz)
                    ON CONFLICT (intervention_id) DO UPDATE SET need_id = EXCLUDED.need_id,
                        household_id = EXCLUDED.household_id, kind = EXCLUDED.kind,
                        desa_code = EXCLUDED.desa_code, actor_id = EXCLUDED.actor_id,
                        planned_rupiah = EXCLUDED.planned_rupiah, planned_units = EXCLUDED.planned_units,
                        due_date = EXCLUDED.due_date, decision_number = EXCLUDED.decision_number,
                        unplanned = EXCLUDED.unplanned, planned_on = EXCLUDED.planned_on,
                        planned_at = EXCLUDED.planned_at,
                        resourced_at = COALESCE(interventions.resourced_at, EXCLUDED.resourced_at),
                    """ + SOURCE + ", " + SUPPLY;
        }

        @Override
        public Tuple values() {
            return Params.of(interventionId, needId, householdId, kind, desaCode, actorId, sourceType,
                    pledgeId, budgetLineId, rupiah, units, dueDate, decisionNumber, unplanned, plannedOn, at, version,
                    unplanned ? "RESOURCED" : "PLANNED", unplanned ? at : null);
        }

    }

    private static final String SOURCE = """
            source_type = CASE WHEN EXCLUDED.source_version > interventions.source_version
                               THEN EXCLUDED.source_type ELSE interventions.source_type END,
            pledge_id = CASE WHEN EXCLUDED.source_version > interventions.source_version
                             THEN EXCLUDED.pledge_id ELSE interventions.pledge_id END,
            budget_line_id = CASE WHEN EXCLUDED.source_version > interventions.source_version
                                  THEN EXCLUDED.budget_line_id ELSE interventions.budget_line_id END,
            source_version = GREATEST(interventions.source_version, EXCLUDED.source_version)""";

    private static final String SUPPLY = """
            supply_stage = CASE WHEN EXCLUDED.supply_version > interventions.supply_version
                                THEN EXCLUDED.supply_stage ELSE interventions.supply_stage END,
            supply_version = GREATEST(interventions.supply_version, EXCLUDED.supply_version)""";

    /** InterventionSourceChanged, at its stream version. */
    public record SourceChanged(UUID interventionId, String sourceType, UUID pledgeId, UUID budgetLineId, long version)
            implements RowWrite {
        @Override
        public String statement() {
            return "INSERT INTO interventions (intervention_id, source_type, pledge_id, budget_line_id, source_version)"
                    + " VALUES ($1::uuid, $2::text, $3::uuid, $4::uuid, $5::bigint) ON CONFLICT (intervention_id) DO UPDATE SET " + SOURCE;
        }

        @Override
        public Tuple values() {
            return Params.of(interventionId, sourceType, pledgeId, budgetLineId, version);
        }

    }

    /**
     * The supply stage at a stream version: RESERVATION_REQUESTED (ReservationRequested), RESOURCED
     * (InterventionResourced, with {@code resourcedAt}), PLANNED again (a reservation refused or timed out).
     */
    public record Supply(UUID interventionId, String stage, long version, OffsetDateTime resourcedAt)
            implements RowWrite {
        @Override
        public String statement() {
            return "INSERT INTO interventions (intervention_id, supply_stage, supply_version, resourced_at)"
                    + " VALUES ($1::uuid, $2::text, $3::bigint, $4::timestamptz) ON CONFLICT (intervention_id) DO UPDATE SET "
                    + "resourced_at = GREATEST(interventions.resourced_at, EXCLUDED.resourced_at), " + SUPPLY;
        }

        @Override
        public Tuple values() {
            return Params.of(interventionId, stage, version, resourcedAt);
        }

    }

    /** InterventionCancelled, with its cause code. */
    public record Cancelled(UUID interventionId, String cause, OffsetDateTime at) implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO interventions (intervention_id, cancel_cause, cancelled_at) VALUES ($1::uuid,
                        $2::text, $3::timestamptz)
                    ON CONFLICT (intervention_id) DO UPDATE SET cancel_cause = EXCLUDED.cancel_cause,
                        cancelled_at = EXCLUDED.cancelled_at""";
        }

        @Override
        public Tuple values() {
            return Params.of(interventionId, cause, at);
        }

    }

    /** Derives the stage, times and amounts of these interventions from their deliveries; their desa codes. */
    public Uni<Set<String>> derive(SqlConnection tx, Collection<UUID> interventionIds) {
        if (interventionIds.isEmpty()) return Uni.createFrom().item(Set.of());
        return tx.preparedQuery(DERIVE).execute(Tuple.of(interventionIds.toArray(UUID[]::new))).map(DesaCodes::of);
    }

    /** As {@link #derive}, every intervention of the table at once (a rebuilt generation, before it goes live). */
    public Uni<Void> deriveAll(SqlConnection tx) {
        return tx.query(DERIVE_ALL).execute().replaceWithVoid();
    }

    private static final String DERIVE_THESE = """
            WITH d AS (
                SELECT i.intervention_id, i.planned_rupiah, i.planned_units,
                       count(x.delivery_id) FILTER (WHERE x.status IN ('REPORTED', 'VERIFIED', 'DISPUTED')) AS counted,
                       coalesce(sum(x.rupiah) FILTER (WHERE x.status IN ('REPORTED', 'VERIFIED', 'DISPUTED')), 0) AS d_rupiah,
                       coalesce(sum(x.units) FILTER (WHERE x.status IN ('REPORTED', 'VERIFIED', 'DISPUTED')), 0) AS d_units,
                       coalesce(sum(x.rupiah) FILTER (WHERE x.status = 'VERIFIED'), 0) AS v_rupiah,
                       coalesce(sum(x.units) FILTER (WHERE x.status = 'VERIFIED'), 0) AS v_units,
                       count(x.delivery_id) FILTER (WHERE x.status = 'VERIFIED') AS verified,
                       count(x.delivery_id) FILTER (WHERE x.status = 'DISPUTED') AS open_disputes,
                       count(x.delivery_id) FILTER (WHERE x.disputed_at IS NOT NULL) AS disputes,
                       min(x.resolved_at) FILTER (WHERE x.status = 'WRITTEN_OFF') AS written_off_at,
                       min(x.reported_at) AS first_reported,
                       max(x.reported_at) FILTER (WHERE x.status IN ('REPORTED', 'VERIFIED', 'DISPUTED')) AS last_reported,
                       max(x.delivered_on) FILTER (WHERE x.status IN ('REPORTED', 'VERIFIED', 'DISPUTED')) AS last_on,
                       max(coalesce(x.verified_at, x.resolved_at)) FILTER (WHERE x.status = 'VERIFIED') AS last_verified_at,
                       max(coalesce(x.confirmed_on, (x.resolved_at AT TIME ZONE 'Asia/Jakarta')::date))
                           FILTER (WHERE x.status = 'VERIFIED') AS last_verified_on
                FROM interventions i LEFT JOIN deliveries x ON x.intervention_id = i.intervention_id
                WHERE %s
                GROUP BY i.intervention_id
            ), r AS (
                SELECT d.*, d.counted > 0 AND (d.planned_rupiah IS NULL OR d.d_rupiah >= d.planned_rupiah)
                           AND (d.planned_units IS NULL OR d.d_units >= d.planned_units) AS reached
                FROM d
            )
            UPDATE interventions i SET
                delivered_rupiah = r.d_rupiah, delivered_units = r.d_units,
                verified_rupiah = r.v_rupiah, verified_units = r.v_units,
                disputes = r.disputes, first_delivered_at = r.first_reported, written_off_at = r.written_off_at,
                delivered_at = CASE WHEN r.reached THEN r.last_reported END,
                delivered_on = CASE WHEN r.reached THEN r.last_on END,
                verified_at = CASE WHEN r.reached AND r.verified = r.counted THEN r.last_verified_at END,
                verified_on = CASE WHEN r.reached AND r.verified = r.counted THEN r.last_verified_on END,
                stage = CASE WHEN i.cancelled_at IS NOT NULL THEN 'CANCELLED'
                             WHEN r.written_off_at IS NOT NULL THEN 'WRITTEN_OFF'
                             WHEN r.open_disputes > 0 THEN 'DISPUTED'
                             WHEN r.counted = 0 THEN i.supply_stage
                             WHEN NOT r.reached THEN 'PARTLY_DELIVERED'
                             WHEN r.verified = r.counted THEN 'VERIFIED'
                             ELSE 'DELIVERED' END
            FROM r WHERE i.intervention_id = r.intervention_id
            RETURNING i.desa_code""";

    private static final String DERIVE = DERIVE_THESE.formatted("i.intervention_id = ANY($1)");
    private static final String DERIVE_ALL = DERIVE_THESE.formatted("true");
}
