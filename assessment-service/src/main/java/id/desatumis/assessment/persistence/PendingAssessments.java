package id.desatumis.assessment.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Forms for households the registry has not announced yet. An enumerator's work is never lost to that race: the
 * form waits here, is processed when the household's registration arrives, and is refused as unknown only after
 * the timeout. A processed form is deleted (the event store has it); a refused one stays to answer its status.
 */
@ApplicationScoped
public class PendingAssessments {

    /** A waiting or refused form; {@code visitJson} is the AssessmentSubmitted it will become. */
    public record Pending(UUID assessmentId, UUID householdId, String desaCode, String visitJson, String metadataJson,
                          OffsetDateTime receivedAt, String outcome, String refusalRule, String refusal) {
        public boolean waiting() {
            return outcome == null;
        }
    }

    /** How many forms wait for their household, and how long the oldest has waited. */
    public record Backlog(long waiting, long oldestSeconds) {
    }

    public Uni<Backlog> backlog(SqlClient c) {
        return c.query("""
                        SELECT count(*) AS n, coalesce(extract(epoch FROM now() - min(received_at)), 0)::bigint AS oldest
                        FROM pending_assessment WHERE outcome IS NULL""").execute()
                .map(rows -> {
                    var r = rows.iterator().next();
                    return new Backlog(r.getLong("n"), r.getLong("oldest"));
                });
    }

    /** Holds the form unless its id is held already: null when held now, else the form held under that id. */
    public Uni<Pending> hold(SqlClient tx, UUID assessmentId, UUID householdId, String desaCode, String sealedVisit,
                             String metadataJson) {
        return tx.preparedQuery("""
                        INSERT INTO pending_assessment (assessment_id, household_id, desa_code, visit, metadata)
                        VALUES ($1, $2, $3, $4::text::jsonb, $5::text::jsonb) ON CONFLICT (assessment_id) DO NOTHING""")
                .execute(Tuple.of(assessmentId, householdId, desaCode, sealedVisit, metadataJson))
                .chain(inserted -> inserted.rowCount() == 1 ? Uni.createFrom().nullItem() : find(tx, assessmentId));
    }

    /** Which of these households have forms waiting for them: one query for a whole batch of registry events. */
    public Uni<Set<UUID>> withWaitingForms(SqlClient c, Collection<UUID> householdIds) {
        return c.preparedQuery("SELECT DISTINCT household_id FROM pending_assessment WHERE household_id = ANY($1) AND outcome IS NULL")
                .execute(Tuple.of(householdIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Set<UUID> out = new HashSet<>();
                    rows.forEach(r -> out.add(r.getUUID(0)));
                    return out;
                });
    }

    public Uni<Pending> find(SqlClient c, UUID assessmentId) {
        return c.preparedQuery(SELECT + " WHERE assessment_id = $1").execute(Tuple.of(assessmentId))
                .map(rows -> rows.rowCount() == 0 ? null : pending(rows.iterator().next()));
    }

    /** The household's waiting forms, locked, in the order they arrived. */
    public Uni<List<Pending>> waitingFor(SqlClient tx, UUID householdId) {
        return tx.preparedQuery(SELECT + " WHERE household_id = $1 AND outcome IS NULL ORDER BY received_at FOR UPDATE")
                .execute(Tuple.of(householdId))
                .map(rows -> {
                    List<Pending> out = new ArrayList<>();
                    rows.forEach(r -> out.add(pending(r)));
                    return out;
                });
    }

    /** Households with a waiting form that the registry now knows, or whose forms waited longer than the timeout. */
    public Uni<List<UUID>> due(SqlClient c, Duration timeout) {
        return c.preparedQuery("""
                        SELECT DISTINCT p.household_id FROM pending_assessment p
                        WHERE p.outcome IS NULL
                          AND (p.received_at < now() - make_interval(secs => $1)
                               OR EXISTS (SELECT 1 FROM registry_household h WHERE h.household_id = p.household_id))
                        LIMIT 500""")
                .execute(Tuple.of((double) timeout.toSeconds()))
                .map(rows -> {
                    List<UUID> out = new ArrayList<>();
                    rows.forEach(r -> out.add(r.getUUID("household_id")));
                    return out;
                });
    }

    public Uni<Void> processed(SqlClient tx, UUID assessmentId) {
        return tx.preparedQuery("DELETE FROM pending_assessment WHERE assessment_id = $1").execute(Tuple.of(assessmentId))
                .replaceWithVoid();
    }

    /** Refused: the form itself goes (it may hold health details), the refusal stays to answer its status. */
    public Uni<Void> refused(SqlClient tx, UUID assessmentId, String rule, String message) {
        return tx.preparedQuery("""
                        UPDATE pending_assessment SET outcome = 'REFUSED', refusal_rule = $2, refusal = $3, decided_at = now(),
                               visit = '{}'::jsonb WHERE assessment_id = $1""")
                .execute(Tuple.of(assessmentId, rule, message)).replaceWithVoid();
    }

    public Uni<Boolean> expired(SqlClient c, Pending p, Duration timeout) {
        return c.preparedQuery("SELECT $1::timestamptz < now() - make_interval(secs => $2) AS expired")
                .execute(Tuple.of(p.receivedAt(), (double) timeout.toSeconds()))
                .map(rows -> rows.iterator().next().getBoolean("expired"));
    }

    private static final String SELECT = """
            SELECT assessment_id, household_id, desa_code, visit::text AS visit, metadata::text AS metadata, received_at,
                   outcome, refusal_rule, refusal FROM pending_assessment""";

    private static Pending pending(Row r) {
        return new Pending(r.getUUID("assessment_id"), r.getUUID("household_id"), r.getString("desa_code"),
                r.getString("visit"), r.getString("metadata"), r.getOffsetDateTime("received_at"), r.getString("outcome"),
                r.getString("refusal_rule"), r.getString("refusal"));
    }
}
