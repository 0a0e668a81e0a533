package id.desatumis.assistance.persistence;

import id.desatumis.assistance.domain.NeedsOfHousehold.Need;
import id.desatumis.assistance.domain.NeedsOfHousehold;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The needs table: every need as its household's events left it. Its only writer. */
@ApplicationScoped
public class NeedRows {

    /** A need as the queries read it. */
    public record NeedRow(UUID needId, UUID householdId, UUID memberId, String kind, String desaCode, String status,
                          String reason, UUID interventionId, UUID assessmentId, String policyVersion,
                          OffsetDateTime identifiedAt, OffsetDateTime updatedAt) {
    }

    /** A planned need and the intervention that plans it. */
    public record Planned(UUID householdId, UUID needId, UUID interventionId) {
    }

    /** Which needs a list asks for: a desa (or any of several), a kind, a status; each optional. */
    public record Filter(List<String> desaCodes, String kind, String status) {
    }

    /** A need's kind and stage, for the public status lookup: no id, member, amount or actor. */
    public record Stage(String kind, String stage) {
    }

    private static final String COLUMNS = """
            need_id, household_id, member_id, kind, desa_code, status, reason, intervention_id, assessment_id,
            policy_version, identified_at, updated_at""";

    /**
     * Every need of these households as their state holds it, in one statement; a row is rewritten only when it
     * changed, so its updated_at says when it last did.
     */
    public Uni<Void> write(SqlClient tx, List<NeedsOfHousehold> households) {
        List<NeedsOfHousehold.Need> needs = new ArrayList<>();
        List<NeedsOfHousehold> of = new ArrayList<>();
        for (NeedsOfHousehold h : households) {
            for (Need n : h.needs().values()) {
                needs.add(n);
                of.add(h);
            }
        }
        if (needs.isEmpty()) return Uni.createFrom().voidItem();
        return tx.preparedQuery("""
                        INSERT INTO needs AS n (need_id, household_id, member_id, kind, desa_code, status, reason,
                                                intervention_id, assessment_id, policy_version)
                        SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[],
                                             $7::text[], $8::uuid[], $9::uuid[], $10::text[])
                        ON CONFLICT (need_id) DO UPDATE SET member_id = EXCLUDED.member_id, desa_code = EXCLUDED.desa_code,
                            status = EXCLUDED.status, reason = EXCLUDED.reason, intervention_id = EXCLUDED.intervention_id,
                            assessment_id = EXCLUDED.assessment_id, policy_version = EXCLUDED.policy_version,
                            updated_at = now()
                        WHERE (n.member_id, n.desa_code, n.status, n.reason, n.intervention_id, n.assessment_id,
                               n.policy_version)
                              IS DISTINCT FROM (EXCLUDED.member_id, EXCLUDED.desa_code, EXCLUDED.status, EXCLUDED.reason,
                               EXCLUDED.intervention_id, EXCLUDED.assessment_id, EXCLUDED.policy_version)""")
                .execute(Tuple.tuple(List.of(
                        needs.stream().map(Need::needId).toArray(UUID[]::new),
                        of.stream().map(NeedsOfHousehold::householdId).toArray(UUID[]::new),
                        needs.stream().map(Need::memberId).toArray(UUID[]::new),
                        needs.stream().map(n -> n.kind().name()).toArray(String[]::new),
                        of.stream().map(NeedsOfHousehold::desaCode).toArray(String[]::new),
                        needs.stream().map(n -> n.status().name()).toArray(String[]::new),
                        needs.stream().map(Need::reason).toArray(String[]::new),
                        needs.stream().map(Need::interventionId).toArray(UUID[]::new),
                        needs.stream().map(Need::assessmentId).toArray(UUID[]::new),
                        needs.stream().map(Need::policyVersion).toArray(String[]::new))))
                .replaceWithVoid();
    }

    /** The planned needs of these households and their interventions: what a change to them may have to withdraw. */
    public Uni<List<Planned>> plannedOf(SqlClient c, Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) return Uni.createFrom().item(List.of());
        return c.preparedQuery("""
                        SELECT household_id, need_id, intervention_id FROM needs
                        WHERE household_id = ANY($1) AND status = 'PLANNED'""")
                .execute(Tuple.of(householdIds.toArray(UUID[]::new)))
                .map(rows -> {
                    List<Planned> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new Planned(r.getUUID(0), r.getUUID(1), r.getUUID(2))));
                    return out;
                });
    }

    /** One need by its id: which household it is of, read before that household's stream is locked (a plan). */
    public Uni<Optional<NeedRow>> find(SqlClient c, UUID needId) {
        return c.preparedQuery("SELECT " + COLUMNS + " FROM needs WHERE need_id = $1")
                .execute(Tuple.of(needId))
                .map(rows -> NeedRows.all(rows).stream().findFirst());
    }

    public Uni<List<NeedRow>> ofHousehold(SqlClient c, UUID householdId) {
        return c.preparedQuery("SELECT " + COLUMNS + " FROM needs WHERE household_id = $1 ORDER BY identified_at, need_id")
                .execute(Tuple.of(householdId))
                .map(NeedRows::all);
    }

    /** One page of the needs a filter asks for, in a stable order (desa, then need id). */
    public Uni<List<NeedRow>> page(SqlClient c, Filter filter, int page, int size) {
        return c.preparedQuery("SELECT " + COLUMNS + " FROM needs" + where() + """
                         ORDER BY desa_code, need_id LIMIT $4 OFFSET $5""")
                .execute(filterTuple(filter).addInteger(size).addLong((long) page * size))
                .map(NeedRows::all);
    }

    public Uni<Long> count(SqlClient c, Filter filter) {
        return c.preparedQuery("SELECT count(*) FROM needs" + where())
                .execute(filterTuple(filter))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * The household's needs that count (not cancelled), each with its stage: the intervention's (from the
     * interventions table) while one is planned, else the need's own.
     */
    public Uni<List<Stage>> stagesOf(SqlClient c, UUID householdId) {
        return c.preparedQuery("""
                        SELECT n.kind, CASE WHEN n.status = 'PLANNED' THEN coalesce(i.stage, n.status) ELSE n.status END
                        FROM needs n LEFT JOIN interventions i ON i.intervention_id = n.intervention_id
                        WHERE n.household_id = $1 AND n.status <> 'CANCELLED'
                        ORDER BY n.kind, n.identified_at, n.need_id""")
                .execute(Tuple.of(householdId))
                .map(rows -> {
                    List<Stage> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new Stage(r.getString(0), r.getString(1))));
                    return out;
                });
    }

    private static String where() {
        return " WHERE ($1::text[] IS NULL OR desa_code = ANY($1)) AND ($2::text IS NULL OR kind = $2)"
                + " AND ($3::text IS NULL OR status = $3)";
    }

    private static Tuple filterTuple(Filter f) {
        return Tuple.of(f.desaCodes() == null ? null : f.desaCodes().toArray(String[]::new), f.kind(), f.status());
    }

    private static List<NeedRow> all(Iterable<Row> rows) {
        List<NeedRow> out = new ArrayList<>();
        rows.forEach(r -> out.add(new NeedRow(r.getUUID("need_id"), r.getUUID("household_id"), r.getUUID("member_id"),
                r.getString("kind"), r.getString("desa_code"), r.getString("status"), r.getString("reason"),
                r.getUUID("intervention_id"), r.getUUID("assessment_id"), r.getString("policy_version"),
                r.getOffsetDateTime("identified_at"), r.getOffsetDateTime("updated_at"))));
        return out;
    }
}
