package id.desatumis.monitoring.persistence;

import io.vertx.mutiny.sqlclient.Tuple;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Table {@code need_listings}: each household's latest verified listing of needs, and its latest graduation. */
public final class NeedListingsTable {

    private NeedListingsTable() {
    }

    /** NeedsIdentified: replaces an older listing of the household (one stream: a later one of the same instant too). */
    public record Listed(UUID householdId, String desaCode, UUID assessmentId, OffsetDateTime at, List<UUID> needIds)
            implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO need_listings (household_id, desa_code, assessment_id, listed_at, need_ids)
                    VALUES ($1::uuid, $2::text, $3::uuid, $4::timestamptz, $5::uuid[])
                    ON CONFLICT (household_id) DO UPDATE SET
                        desa_code = CASE WHEN need_listings.listed_at IS NULL OR EXCLUDED.listed_at >= need_listings.listed_at
                                         THEN EXCLUDED.desa_code ELSE need_listings.desa_code END,
                        assessment_id = CASE WHEN need_listings.listed_at IS NULL OR EXCLUDED.listed_at >= need_listings.listed_at
                                             THEN EXCLUDED.assessment_id ELSE need_listings.assessment_id END,
                        need_ids = CASE WHEN need_listings.listed_at IS NULL OR EXCLUDED.listed_at >= need_listings.listed_at
                                        THEN EXCLUDED.need_ids ELSE need_listings.need_ids END,
                        listed_at = GREATEST(need_listings.listed_at, EXCLUDED.listed_at)""";
        }

        @Override
        public Tuple values() {
            return Params.of(householdId, desaCode, assessmentId, at, needIds.toArray(UUID[]::new));
        }

    }

    /** HouseholdGraduated: its needs are no longer listed from then (until a later listing). */
    public record Graduated(UUID householdId, String desaCode, OffsetDateTime at) implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO need_listings (household_id, desa_code, graduated_at) VALUES ($1::uuid, $2::text,
                        $3::timestamptz)
                    ON CONFLICT (household_id) DO UPDATE SET
                        desa_code = COALESCE(need_listings.desa_code, EXCLUDED.desa_code),
                        graduated_at = GREATEST(need_listings.graduated_at, EXCLUDED.graduated_at)""";
        }

        @Override
        public Tuple values() {
            return Params.of(householdId, desaCode, at);
        }

    }
}
