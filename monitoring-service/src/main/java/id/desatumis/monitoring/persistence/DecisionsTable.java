package id.desatumis.monitoring.persistence;

import io.vertx.mutiny.sqlclient.Tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Table {@code decisions}: what forums decided, by decision number (unique in the programme). */
public final class DecisionsTable {

    private DecisionsTable() {
    }

    /** DecisionRecorded. */
    public record Recorded(String number, UUID forumId, String forumType, String areaCode, String approvesKind,
                           LocalDate decidedOn, OffsetDateTime at) implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO decisions (number, forum_id, forum_type, area_code, approves_kind, decided_on,
                        recorded_at)
                    VALUES ($1::text, $2::uuid, $3::text, $4::text, $5::text, $6::date, $7::timestamptz)
                    ON CONFLICT (number) DO UPDATE SET forum_id = EXCLUDED.forum_id, forum_type = EXCLUDED.forum_type,
                        area_code = EXCLUDED.area_code, approves_kind = EXCLUDED.approves_kind,
                        decided_on = EXCLUDED.decided_on, recorded_at = EXCLUDED.recorded_at""";
        }

        @Override
        public Tuple values() {
            return Params.of(number, forumId, forumType, areaCode, approvesKind, decidedOn, at);
        }

    }
}
