package id.desatumis.assistance.persistence;

import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.Plan;
import id.desatumis.assistance.domain.PriorAssistance;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.assistance.domain.SourceType;
import id.desatumis.assistance.domain.Stage;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every intervention as its aggregate last left it (table {@code interventions}), written with its events in the same
 * transaction: what the double-assistance guard reads under the household's lock, what the timeout sweep looks
 * through, and what the OPD API and the queries page. A row is only ever replaced by a later version of its stream.
 */
@ApplicationScoped
public class InterventionIndex {

    /** One intervention's state after a change, and its stream version. */
    public record Entry(Intervention state, long version) {
    }

    private static final String UPSERT = """
            INSERT INTO interventions (intervention_id, need_id, household_id, member_id, kind, desa_code, actor_id,
                stage, unplanned, source_type, pledge_id, budget_line_id, planned_rupiah, planned_units,
                delivered_rupiah, delivered_units, due_date, planned_on, last_delivered_on, verified_on,
                decision_number, pending_request_id, pending_since, last_refusal, version, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
                CASE WHEN $8 = 'VERIFIED' THEN current_date END, $20,
                $21, CASE WHEN $21::uuid IS NULL THEN NULL ELSE now() END, $22, $23, now())
            ON CONFLICT (intervention_id) DO UPDATE SET
                desa_code = EXCLUDED.desa_code, stage = EXCLUDED.stage,
                source_type = EXCLUDED.source_type, pledge_id = EXCLUDED.pledge_id,
                budget_line_id = EXCLUDED.budget_line_id,
                delivered_rupiah = EXCLUDED.delivered_rupiah, delivered_units = EXCLUDED.delivered_units,
                last_delivered_on = EXCLUDED.last_delivered_on,
                verified_on = CASE WHEN EXCLUDED.stage = 'VERIFIED' THEN coalesce(interventions.verified_on, current_date) END,
                pending_request_id = EXCLUDED.pending_request_id,
                pending_since = CASE WHEN EXCLUDED.pending_request_id IS NULL THEN NULL
                    WHEN EXCLUDED.pending_request_id IS DISTINCT FROM interventions.pending_request_id THEN now()
                    ELSE interventions.pending_since END,
                last_refusal = EXCLUDED.last_refusal, version = EXCLUDED.version, updated_at = now()
            WHERE interventions.version < EXCLUDED.version""";

    /** Writes each intervention's row in one round trip. */
    public Uni<Void> save(SqlClient c, List<Entry> entries) {
        if (entries.isEmpty()) return Uni.createFrom().voidItem();
        List<Tuple> rows = new ArrayList<>(entries.size());
        for (Entry e : entries) rows.add(row(e));
        return c.preparedQuery(UPSERT).executeBatch(rows).replaceWithVoid();
    }

    private static Tuple row(Entry e) {
        Intervention s = e.state();
        Plan p = s.plan();
        Quantity delivered = s.delivered();
        return Tuple.tuple().addUUID(s.id()).addUUID(p.needId()).addUUID(p.householdId()).addUUID(p.memberId())
                .addString(p.kind().name()).addString(p.desaCode()).addUUID(p.actorId()).addString(s.stage().name())
                .addBoolean(s.unplanned()).addString(p.source().type().name()).addUUID(p.source().pledgeId())
                .addUUID(p.source().budgetLineId()).addLong(p.amount().rupiah()).addLong(p.amount().units())
                .addLong(delivered.rupiahOrZero()).addLong(delivered.unitsOrZero()).addLocalDate(p.dueDate())
                .addLocalDate(s.plannedOn()).addLocalDate(s.lastDeliveredOn())
                .addString(p.decisionNumber())
                .addUUID(s.pendingRequest()).addString(s.lastRefusal()).addLong(e.version());
    }

    /** The household's interventions of a kind, every actor's, for the double-assistance guard. */
    public Uni<List<PriorAssistance>> ofHouseholdAndKind(SqlClient c, UUID householdId, NeedKind kind) {
        return c.preparedQuery("""
                        SELECT intervention_id, member_id, kind, actor_id, stage,
                               coalesce(last_delivered_on, due_date, planned_on) AS on_date
                          FROM interventions WHERE household_id = $1 AND kind = $2""")
                .execute(Tuple.of(householdId, kind.name()))
                .map(rows -> {
                    List<PriorAssistance> out = new ArrayList<>();
                    for (Row r : rows) {
                        out.add(new PriorAssistance(r.getUUID("intervention_id"), r.getUUID("member_id"),
                                NeedKind.valueOf(r.getString("kind")), r.getUUID("actor_id"),
                                Stage.valueOf(r.getString("stage")), r.getLocalDate("on_date")));
                    }
                    return out;
                });
    }

    /** The household of each of these interventions that is stored (the one its free texts are sealed for). */
    public Uni<Map<UUID, UUID>> householdsOf(SqlClient c, Collection<UUID> interventionIds) {
        return c.preparedQuery("SELECT intervention_id, household_id FROM interventions WHERE intervention_id = ANY($1)")
                .execute(Tuple.of(interventionIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, UUID> out = new HashMap<>();
                    rows.forEach(r -> out.put(r.getUUID(0), r.getUUID(1)));
                    return out;
                });
    }

    // ---- the staff queries (list, one intervention): below this line ----

    /** Which interventions a staff list asks for; a null part does not filter ({@code desaCodes}: any of them). */
    public record Filter(List<String> desaCodes, NeedKind kind, Stage stage, UUID actorId, UUID householdId) {
    }

    /** One intervention as a list shows it: ids, kind, stage, figures and dates. */
    public record Listed(UUID interventionId, UUID needId, UUID householdId, UUID memberId, NeedKind kind, String desaCode,
                         UUID actorId, Stage stage, boolean unplanned, String sourceType, UUID pledgeId,
                         UUID budgetLineId, Quantity planned, Quantity delivered, LocalDate dueDate, LocalDate plannedOn,
                         LocalDate lastDeliveredOn, LocalDate verifiedOn, String decisionNumber, String lastRefusal,
                         long version, OffsetDateTime updatedAt) {
    }

    private static final String STAFF_FILTER = """
             WHERE ($1::text[] IS NULL OR desa_code = ANY($1)) AND ($2::text IS NULL OR kind = $2)
               AND ($3::text IS NULL OR stage = $3) AND ($4::uuid IS NULL OR actor_id = $4)
               AND ($5::uuid IS NULL OR household_id = $5)""";

    /** A page of the interventions the filter asks for, the latest planned first. */
    public Uni<List<Listed>> page(SqlClient c, Filter f, int page, int size) {
        return c.preparedQuery("""
                        SELECT intervention_id, need_id, household_id, member_id, kind, desa_code, actor_id, stage,
                               unplanned, source_type, pledge_id, budget_line_id, planned_rupiah, planned_units,
                               delivered_rupiah, delivered_units, due_date, planned_on, last_delivered_on, verified_on,
                               decision_number, last_refusal, version, updated_at
                          FROM interventions
                        """ + STAFF_FILTER + "\n ORDER BY planned_on DESC, intervention_id LIMIT $6 OFFSET $7")
                .execute(filter(f).addInteger(size).addLong((long) page * size))
                .map(rows -> {
                    List<Listed> out = new ArrayList<>();
                    for (Row r : rows) out.add(listed(r));
                    return out;
                });
    }

    /** How many interventions the filter asks for. */
    public Uni<Long> count(SqlClient c, Filter f) {
        return c.preparedQuery("SELECT count(*) AS n FROM interventions\n" + STAFF_FILTER)
                .execute(filter(f)).map(rows -> rows.iterator().next().getLong("n"));
    }

    private static Tuple filter(Filter f) {
        return Tuple.tuple().addArrayOfString(f.desaCodes() == null ? null : f.desaCodes().toArray(String[]::new))
                .addString(f.kind() == null ? null : f.kind().name()).addString(f.stage() == null ? null : f.stage().name())
                .addUUID(f.actorId()).addUUID(f.householdId());
    }

    private static Listed listed(Row r) {
        return new Listed(r.getUUID("intervention_id"), r.getUUID("need_id"), r.getUUID("household_id"),
                r.getUUID("member_id"), NeedKind.valueOf(r.getString("kind")), r.getString("desa_code"),
                r.getUUID("actor_id"), Stage.valueOf(r.getString("stage")), r.getBoolean("unplanned"),
                r.getString("source_type"), r.getUUID("pledge_id"), r.getUUID("budget_line_id"),
                new Quantity(r.getLong("planned_rupiah"), r.getLong("planned_units")),
                new Quantity(r.getLong("delivered_rupiah"), r.getLong("delivered_units")), r.getLocalDate("due_date"),
                r.getLocalDate("planned_on"), r.getLocalDate("last_delivered_on"), r.getLocalDate("verified_on"),
                r.getString("decision_number"), r.getString("last_refusal"), r.getLong("version"),
                r.getOffsetDateTime("updated_at"));
    }

    // ---- the OPD API (an actor's interventions, its overdue list): below this line ----

    /**
     * What a command on one intervention learns before it locks anything: who answers for it and where (to refuse a
     * caller early, without holding a lock), and the other streams it may have to lock with it (the household's, the
     * budget line's). Actor, desa and household never change; the budget line may (a source changed while planned),
     * so a command compares it with the intervention it then loads under the lock.
     */
    public record CommandKeys(UUID interventionId, UUID actorId, String desaCode, UUID householdId, UUID needId,
                              UUID budgetLineId) {
    }

    public Uni<Optional<CommandKeys>> commandKeys(SqlClient c, UUID interventionId) {
        return c.preparedQuery("""
                        SELECT intervention_id, actor_id, desa_code, household_id, need_id, budget_line_id
                          FROM interventions WHERE intervention_id = $1""")
                .execute(Tuple.of(interventionId))
                .map(rows -> {
                    if (rows.size() == 0) return Optional.empty();
                    Row r = rows.iterator().next();
                    return Optional.of(new CommandKeys(r.getUUID("intervention_id"), r.getUUID("actor_id"),
                            r.getString("desa_code"), r.getUUID("household_id"), r.getUUID("need_id"),
                            r.getUUID("budget_line_id")));
                });
    }

    /** One intervention as an office's system lists it: ids, kind, where, stage, amounts and dates; no personal data. */
    public record OpdRow(UUID interventionId, UUID needId, UUID householdId, UUID memberId, NeedKind kind,
                         String desaCode, Stage stage, boolean unplanned, SourceType sourceType, Quantity planned,
                         Quantity delivered, LocalDate dueDate, LocalDate plannedOn, LocalDate lastDeliveredOn,
                         LocalDate verifiedOn, long version, OffsetDateTime updatedAt) {
    }

    /** An actor's interventions, narrowed by stage, desa, kind and last change (each null for any). */
    public record OpdFilter(UUID actorId, Stage stage, String desaCode, NeedKind kind, OffsetDateTime since) {
    }

    /** A page of rows and how many the whole listing has. */
    public record OpdPage(List<OpdRow> rows, long total) {
    }

    private static final String OPD_COLUMNS = """
            intervention_id, need_id, household_id, member_id, kind, desa_code, stage, unplanned, source_type,
            planned_rupiah, planned_units, delivered_rupiah, delivered_units, due_date, planned_on, last_delivered_on,
            verified_on, version, updated_at""";

    private static final String OPD_FILTER = """
            actor_id = $1 AND ($2::text IS NULL OR stage = $2) AND ($3::text IS NULL OR desa_code = $3)
              AND ($4::text IS NULL OR kind = $4) AND ($5::timestamptz IS NULL OR updated_at >= $5)""";

    /**
     * The actor's interventions, oldest change first (a system that syncs asks again {@code since} the last change it
     * saw, and pages forward).
     */
    public Uni<OpdPage> ofActor(SqlClient c, OpdFilter f, int page, int size) {
        Tuple filter = Tuple.tuple().addUUID(f.actorId()).addString(f.stage() == null ? null : f.stage().name())
                .addString(f.desaCode()).addString(f.kind() == null ? null : f.kind().name())
                .addOffsetDateTime(f.since());
        Tuple paged = Tuple.tuple().addUUID(f.actorId()).addString(f.stage() == null ? null : f.stage().name())
                .addString(f.desaCode()).addString(f.kind() == null ? null : f.kind().name())
                .addOffsetDateTime(f.since()).addInteger(size).addLong((long) page * size);
        return opdPage(c, "SELECT " + OPD_COLUMNS + " FROM interventions WHERE " + OPD_FILTER
                        + " ORDER BY updated_at, intervention_id LIMIT $6 OFFSET $7", paged,
                "SELECT count(*) FROM interventions WHERE " + OPD_FILTER, filter);
    }

    /** Stages in which a plan is not yet delivered in full (the partial index {@code interventions_due}'s). */
    private static final String UNDELIVERED = "stage IN ('PLANNED', 'RESERVATION_REQUESTED', 'RESOURCED', 'PARTLY_DELIVERED')";

    /** The actor's interventions whose due date is before {@code today} and that are not delivered in full, most late first. */
    public Uni<OpdPage> overdueOf(SqlClient c, UUID actorId, LocalDate today, int page, int size) {
        String where = " FROM interventions WHERE actor_id = $1 AND due_date < $2 AND " + UNDELIVERED;
        return opdPage(c, "SELECT " + OPD_COLUMNS + where + " ORDER BY due_date, intervention_id LIMIT $3 OFFSET $4",
                Tuple.of(actorId, today, size, (long) page * size), "SELECT count(*)" + where, Tuple.of(actorId, today));
    }

    private Uni<OpdPage> opdPage(SqlClient c, String select, Tuple selectArgs, String count, Tuple countArgs) {
        return c.preparedQuery(select).execute(selectArgs).chain(rows -> {
            List<OpdRow> out = new ArrayList<>();
            for (Row r : rows) out.add(opdRow(r));
            return c.preparedQuery(count).execute(countArgs)
                    .map(total -> new OpdPage(out, total.iterator().next().getLong(0)));
        });
    }

    private static OpdRow opdRow(Row r) {
        Long plannedRupiah = r.getLong("planned_rupiah");
        Long plannedUnits = r.getLong("planned_units");
        Quantity delivered = new Quantity(plannedRupiah == null ? null : r.getLong("delivered_rupiah"),
                plannedUnits == null ? null : r.getLong("delivered_units"));
        String source = r.getString("source_type");
        return new OpdRow(r.getUUID("intervention_id"), r.getUUID("need_id"), r.getUUID("household_id"),
                r.getUUID("member_id"), NeedKind.valueOf(r.getString("kind")), r.getString("desa_code"),
                Stage.valueOf(r.getString("stage")), r.getBoolean("unplanned"),
                source == null ? null : SourceType.valueOf(source), new Quantity(plannedRupiah, plannedUnits), delivered,
                r.getLocalDate("due_date"), r.getLocalDate("planned_on"), r.getLocalDate("last_delivered_on"),
                r.getLocalDate("verified_on"), r.getLong("version"), r.getOffsetDateTime("updated_at"));
    }

    /** A reservation request waiting since before {@code before}, with its intervention: due to time out. */
    public record Waiting(UUID interventionId, UUID requestId, OffsetDateTime since) {
    }

    public Uni<List<Waiting>> waitingSince(SqlClient c, OffsetDateTime before, int limit) {
        return c.preparedQuery("""
                        SELECT intervention_id, pending_request_id, pending_since FROM interventions
                         WHERE pending_request_id IS NOT NULL AND pending_since < $1
                         ORDER BY pending_since LIMIT $2""")
                .execute(Tuple.of(before, limit))
                .map(rows -> {
                    List<Waiting> out = new ArrayList<>();
                    for (Row r : rows) {
                        out.add(new Waiting(r.getUUID("intervention_id"), r.getUUID("pending_request_id"),
                                r.getOffsetDateTime("pending_since")));
                    }
                    return out;
                });
    }
}
