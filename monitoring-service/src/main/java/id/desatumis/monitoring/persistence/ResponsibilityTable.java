package id.desatumis.monitoring.persistence;

import io.vertx.mutiny.sqlclient.Tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Table {@code responsibility}: the matrix's history, one row per assignment or clearing of a cell. */
public final class ResponsibilityTable {

    private ResponsibilityTable() {
    }

    /** ResponsibilityAssigned (a lead) or ResponsibilityCleared ({@code leadPartnerId} null), at its cell's version. */
    public record Entry(String kind, String areaCode, long version, UUID leadPartnerId, List<UUID> supporting,
                        String decisionNumber, LocalDate effectiveFrom, OffsetDateTime at) implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO responsibility (kind, area_code, stream_version, lead_partner_id, supporting,
                                                decision_number, effective_from, recorded_at)
                    VALUES ($1::text, $2::text, $3::bigint, $4::uuid, $5::uuid[], $6::text, $7::date,
                        $8::timestamptz) ON CONFLICT DO NOTHING""";
        }

        @Override
        public Tuple values() {
            return Params.of(kind, areaCode, version, leadPartnerId, supporting.toArray(UUID[]::new),
                    decisionNumber, effectiveFrom, at);
        }

        @Override
        public Object row() {
            return List.of(kind, areaCode, version);
        }

    }
}
