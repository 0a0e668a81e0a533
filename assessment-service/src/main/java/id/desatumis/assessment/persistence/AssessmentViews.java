package id.desatumis.assessment.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assessment.domain.Assessment;
import id.desatumis.assessment.domain.HouseholdAssessments.State;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The read model of every stored assessment (status, class, needs), written in the transaction that appends its
 * events: the queue, the funnel and the needs of a desa are queries over it.
 */
@ApplicationScoped
public class AssessmentViews {

    /** Where to find an assessment's household, and in which desa it was made. */
    public record Located(UUID householdId, String desaCode) {
    }

    /** In which desa an assessment was made, and its class now (its latest result). */
    public record Placed(String desaCode, String povertyClass) {
    }

    private final ObjectMapper mapper;

    public AssessmentViews(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Uni<Located> locate(SqlClient c, UUID assessmentId) {
        return c.preparedQuery("SELECT household_id, desa_code FROM assessment_view WHERE assessment_id = $1")
                .execute(Tuple.of(assessmentId))
                .map(rows -> rows.rowCount() == 0 ? null
                        : new Located(rows.iterator().next().getUUID("household_id"), rows.iterator().next().getString("desa_code")));
    }

    /** Every assessment of these households, by assessment id: one statement for a relay batch. */
    public Uni<Map<UUID, Placed>> placed(SqlClient c, Collection<UUID> householdIds) {
        return c.preparedQuery("""
                        SELECT assessment_id, desa_code, poverty_class FROM assessment_view
                        WHERE household_id = ANY($1)""")
                .execute(Tuple.of(householdIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, Placed> out = new HashMap<>();
                    rows.forEach(r -> out.put(r.getUUID("assessment_id"),
                            new Placed(r.getString("desa_code"), r.getString("poverty_class"))));
                    return out;
                });
    }

    /**
     * The row of a new assessment. An id another household's assessment has already fails here (unique violation),
     * which undoes the whole transaction: assessment ids are unique across households.
     */
    public Uni<Void> inserted(SqlClient tx, State state, UUID assessmentId) {
        return tx.preparedQuery("""
                        INSERT INTO assessment_view (assessment_id, household_id, desa_code, visit_date, arrival, status,
                                                     poverty_class, criteria_met, policy_version, desil, needs)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text::jsonb)""")
                .execute(row(state.assessments().get(assessmentId))).replaceWithVoid();
    }

    /** The row of an assessment whose status, result or needs changed. */
    public Uni<Void> updated(SqlClient tx, State state, UUID assessmentId) {
        return tx.preparedQuery("""
                        UPDATE assessment_view SET status = $2, poverty_class = $3, criteria_met = $4, policy_version = $5,
                               needs = $6::text::jsonb, updated_at = now()
                        WHERE assessment_id = $1""")
                .execute(change(state.assessments().get(assessmentId))).replaceWithVoid();
    }

    /** An erased household's rows go: the funnel, needs and queue no longer count it. */
    public Uni<Void> forget(SqlClient tx, UUID householdId) {
        return tx.preparedQuery("DELETE FROM assessment_view WHERE household_id = $1").execute(Tuple.of(householdId))
                .replaceWithVoid();
    }

    private Tuple row(Assessment a) {
        var s = a.submitted();
        var c = a.classification();
        return Tuple.tuple(List.of(s.assessmentId(), s.householdId(), s.desaCode(), s.visitDate(), (int) a.arrival(),
                        a.status().name(), c.povertyClass().name(), c.criteriaMet(), c.policyVersion()))
                .addInteger(c.desil()).addString(json(a.needs()));
    }

    private Tuple change(Assessment a) {
        var c = a.classification();
        return Tuple.tuple(List.of(a.submitted().assessmentId(), a.status().name(), c.povertyClass().name(), c.criteriaMet(),
                c.policyVersion(), json(a.needs())));
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
