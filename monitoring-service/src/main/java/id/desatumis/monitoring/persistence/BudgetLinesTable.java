package id.desatumis.monitoring.persistence;

import io.vertx.mutiny.sqlclient.Tuple;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Table {@code budget_lines}: budget lines, their ceilings, and what is committed, realised and released on them. */
public final class BudgetLinesTable {

    private BudgetLinesTable() {
    }

    /** BudgetLineOpened (the ceiling at its stream version). */
    public record Opened(UUID lineId, String fund, String code, int fiscalYear, String ownerOpdCode, String desaCode,
                         long ceiling, long version, OffsetDateTime at) implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO budget_lines (line_id, fund, code, fiscal_year, owner_opd_code, desa_code, ceiling,
                                              ceiling_version, opened_at)
                    VALUES ($1::uuid, $2::text, $3::text, $4::int, $5::text, $6::text, $7::bigint, $8::bigint,
                        $9::timestamptz)
                    ON CONFLICT (line_id) DO UPDATE SET fund = EXCLUDED.fund, code = EXCLUDED.code,
                        fiscal_year = EXCLUDED.fiscal_year, owner_opd_code = EXCLUDED.owner_opd_code,
                        desa_code = EXCLUDED.desa_code, opened_at = EXCLUDED.opened_at,
                        ceiling = CASE WHEN EXCLUDED.ceiling_version > budget_lines.ceiling_version
                                       THEN EXCLUDED.ceiling ELSE budget_lines.ceiling END,
                        ceiling_version = GREATEST(budget_lines.ceiling_version, EXCLUDED.ceiling_version)""";
        }

        @Override
        public Tuple values() {
            return Params.of(lineId, fund, code, fiscalYear, ownerOpdCode, desaCode, ceiling, version, at);
        }

    }

    /** BudgetCeilingRevised, at its stream version. */
    public record CeilingRevised(UUID lineId, long ceiling, long version) implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO budget_lines (line_id, ceiling, ceiling_version) VALUES ($1::uuid, $2::bigint,
                        $3::bigint)
                    ON CONFLICT (line_id) DO UPDATE SET
                        ceiling = CASE WHEN EXCLUDED.ceiling_version > budget_lines.ceiling_version
                                       THEN EXCLUDED.ceiling ELSE budget_lines.ceiling END,
                        ceiling_version = GREATEST(budget_lines.ceiling_version, EXCLUDED.ceiling_version)""";
        }

        @Override
        public Tuple values() {
            return Params.of(lineId, ceiling, version);
        }

    }

    /**
     * Rupiah moving on the line: BudgetCommitted (+committed), BudgetRealised (committed to realised), BudgetReleased
     * (committed to released).
     */
    public record Moved(UUID lineId, long committed, long realised, long released) implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO budget_lines (line_id, committed, realised, released) VALUES ($1::uuid, $2::bigint,
                        $3::bigint, $4::bigint)
                    ON CONFLICT (line_id) DO UPDATE SET committed = budget_lines.committed + EXCLUDED.committed,
                        realised = budget_lines.realised + EXCLUDED.realised,
                        released = budget_lines.released + EXCLUDED.released""";
        }

        @Override
        public Tuple values() {
            return Params.of(lineId, committed, realised, released);
        }

    }
}
