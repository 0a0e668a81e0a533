package id.desatumis.assistance.persistence;

import id.desatumis.assistance.domain.BudgetFund;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetLineOpened;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every budget line with its balance (table {@code budget_lines}): written with the line's events, in their
 * transaction, under its stream's lock; read by the ledger under that lock and by the queries. The CHECKs refuse a
 * balance past the ceiling even if a writer ever got past the lock; the unique key refuses a second line of one
 * fund, code, year (and desa, for APBDES).
 */
@ApplicationScoped
public class BudgetLinesTable {

    /**
     * A line as stored: what it is ({@code opened}, with the ceiling it has now), its balance, and the version of its
     * stream.
     */
    public record Line(BudgetLineOpened opened, long ceilingRupiah, long committedRupiah, long realisedRupiah,
                       long version, OffsetDateTime openedAt, OffsetDateTime updatedAt) {
    }

    /**
     * What one append did to a line: rupiah moved into (or out of) committed and realised, the ceiling it has now if
     * revised (else null), and the stream's version after it.
     */
    public record Change(UUID lineId, long committedDelta, long realisedDelta, Long ceilingRupiah, long version) {
    }

    /**
     * Which lines a listing shows; a null part does not filter. {@code onlyOpd} and {@code onlyDesa} are the caller's
     * scope: both null for every line, else the lines of that office and the APBDES lines of those desa.
     */
    public record Filter(Integer fiscalYear, BudgetFund fund, String ownerOpdCode, String desaCode, String onlyOpd,
                         List<String> onlyDesa) {
    }

    /** The columns read, with a space after them, so that a query goes on with FROM. */
    private static final String COLUMNS = "line_id, fund, code, fiscal_year, owner_opd_code, desa_code, "
            + "name, ceiling_rupiah, committed_rupiah, realised_rupiah, version, opened_at, updated_at ";
    private static final String FILTERED = """
             FROM budget_lines WHERE ($1::integer IS NULL OR fiscal_year = $1) AND ($2::text IS NULL OR fund = $2)
              AND ($3::text IS NULL OR owner_opd_code = $3) AND ($4::text IS NULL OR desa_code = $4)
              AND (($5::text IS NULL AND $6::text[] IS NULL) OR owner_opd_code = $5
                   OR (fund = 'APBDES' AND desa_code = ANY($6)))""";

    public Uni<Optional<Line>> find(SqlClient c, UUID lineId) {
        return c.preparedQuery("SELECT " + COLUMNS + " FROM budget_lines WHERE line_id = $1").execute(Tuple.of(lineId))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(line(rows.iterator().next())));
    }

    /** The line of this fund, code and year (and desa, for an APBDES line; null for the others). */
    public Uni<Optional<Line>> find(SqlClient c, BudgetFund fund, String code, int fiscalYear, String desaCode) {
        return c.preparedQuery("SELECT " + COLUMNS + """
                         FROM budget_lines WHERE fund = $1 AND code = $2 AND fiscal_year = $3
                          AND coalesce(desa_code, '') = coalesce($4, '')""")
                .execute(Tuple.of(fund.name(), code, fiscalYear, desaCode))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(line(rows.iterator().next())));
    }

    /** A line's natural key: its fund, code, year and, for APBDES, its desa (else null). */
    public record Key(BudgetFund fund, String code, int fiscalYear, String desaCode) {

        public static Key of(BudgetLineOpened l) {
            return new Key(l.fund(), l.code(), l.fiscalYear(), l.desaCode());
        }
    }

    /** The lines of those keys that exist (one import's), in one statement. */
    public Uni<List<Line>> findAll(SqlClient c, List<Key> keys) {
        if (keys.isEmpty()) return Uni.createFrom().item(List.of());
        return c.preparedQuery("SELECT " + COLUMNS + """
                         FROM budget_lines
                         JOIN unnest($1::text[], $2::text[], $3::integer[], $4::text[]) AS k(k_fund, k_code, k_year, k_desa)
                           ON fund = k_fund AND code = k_code AND fiscal_year = k_year
                          AND coalesce(desa_code, '') = coalesce(k_desa, '')""")
                .execute(Tuple.of(keys.stream().map(k -> k.fund().name()).toArray(String[]::new),
                        keys.stream().map(Key::code).toArray(String[]::new),
                        keys.stream().map(Key::fiscalYear).toArray(Integer[]::new),
                        keys.stream().map(Key::desaCode).toArray(String[]::new)))
                .map(BudgetLinesTable::all);
    }

    public Uni<List<Line>> page(SqlClient c, Filter f, int page, int size) {
        return c.preparedQuery("SELECT " + COLUMNS + FILTERED
                        + " ORDER BY fiscal_year DESC, fund, code, desa_code NULLS FIRST, line_id LIMIT $7 OFFSET $8")
                .execute(filter(f).addInteger(size).addLong((long) page * size))
                .map(BudgetLinesTable::all);
    }

    public Uni<Long> count(SqlClient c, Filter f) {
        return c.preparedQuery("SELECT count(*) " + FILTERED).execute(filter(f)).map(rows -> rows.iterator().next().getLong(0));
    }

    /** New lines (one import's, or one), in one statement. */
    public Uni<Void> opened(SqlClient tx, List<BudgetLineOpened> lines, List<Long> versions) {
        return tx.preparedQuery("""
                        INSERT INTO budget_lines (line_id, fund, code, fiscal_year, owner_opd_code, desa_code, name,
                                                  ceiling_rupiah, version)
                        SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::integer[], $5::text[], $6::text[],
                                             $7::text[], $8::bigint[], $9::bigint[])""")
                .execute(Tuple.tuple(List.of(lines.stream().map(BudgetLineOpened::lineId).toArray(UUID[]::new),
                        lines.stream().map(l -> l.fund().name()).toArray(String[]::new),
                        lines.stream().map(BudgetLineOpened::code).toArray(String[]::new),
                        lines.stream().map(BudgetLineOpened::fiscalYear).toArray(Integer[]::new),
                        lines.stream().map(BudgetLineOpened::ownerOpdCode).toArray(String[]::new),
                        lines.stream().map(BudgetLineOpened::desaCode).toArray(String[]::new),
                        lines.stream().map(BudgetLineOpened::name).toArray(String[]::new),
                        lines.stream().map(BudgetLineOpened::ceilingRupiah).toArray(Long[]::new),
                        versions.toArray(Long[]::new))))
                .replaceWithVoid();
    }

    /** The balances after some appends, in one statement; one past its ceiling fails the CHECK and the transaction. */
    public Uni<Void> changed(SqlClient tx, List<Change> changes) {
        if (changes.isEmpty()) return Uni.createFrom().voidItem();
        return tx.preparedQuery("""
                        UPDATE budget_lines l
                        SET committed_rupiah = l.committed_rupiah + d.committed, realised_rupiah = l.realised_rupiah + d.realised,
                            ceiling_rupiah = coalesce(d.ceiling, l.ceiling_rupiah), version = d.version, updated_at = now()
                        FROM unnest($1::uuid[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[])
                             AS d(id, committed, realised, ceiling, version)
                        WHERE l.line_id = d.id""")
                .execute(Tuple.of(changes.stream().map(Change::lineId).toArray(UUID[]::new),
                        changes.stream().map(Change::committedDelta).toArray(Long[]::new),
                        changes.stream().map(Change::realisedDelta).toArray(Long[]::new),
                        changes.stream().map(Change::ceilingRupiah).toArray(Long[]::new),
                        changes.stream().map(Change::version).toArray(Long[]::new)))
                .replaceWithVoid();
    }

    /** Whether a write failed because a line of the same fund, code and year (and desa) exists (the unique key). */
    public static boolean isDuplicateLine(Throwable failure) {
        return failure instanceof PgException pg && "23505".equals(pg.getSqlState())
                && "budget_lines_key".equals(pg.getConstraint());
    }

    private static Tuple filter(Filter f) {
        return Tuple.tuple(Arrays.asList(f.fiscalYear(), f.fund() == null ? null : f.fund().name(), f.ownerOpdCode(),
                f.desaCode(), f.onlyOpd(), f.onlyDesa() == null ? null : f.onlyDesa().toArray(String[]::new)));
    }

    private static List<Line> all(Iterable<Row> rows) {
        List<Line> out = new ArrayList<>();
        rows.forEach(r -> out.add(line(r)));
        return out;
    }

    private static Line line(Row r) {
        BudgetLineOpened opened = new BudgetLineOpened(r.getUUID("line_id"), BudgetFund.valueOf(r.getString("fund")),
                r.getString("code"), r.getInteger("fiscal_year"), r.getString("owner_opd_code"), r.getString("desa_code"),
                r.getString("name"), r.getLong("ceiling_rupiah"));
        return new Line(opened, r.getLong("ceiling_rupiah"), r.getLong("committed_rupiah"), r.getLong("realised_rupiah"),
                r.getLong("version"), r.getOffsetDateTime("opened_at"), r.getOffsetDateTime("updated_at"));
    }
}
