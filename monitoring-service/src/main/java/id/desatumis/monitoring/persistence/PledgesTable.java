package id.desatumis.monitoring.persistence;

import io.vertx.mutiny.sqlclient.Tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Table {@code pledges}: what partners pledged, where it stands, what they took back. */
public final class PledgesTable {

    private PledgesTable() {
    }

    /** PledgeOffered, at its stream version (the status OFFERED holds until a later version's). */
    public record Offered(UUID pledgeId, UUID partnerId, List<String> kinds, String scopeLevel, List<String> scopeCodes,
                          Long rupiah, Long units, String unit, LocalDate validFrom, LocalDate validUntil,
                          OffsetDateTime at, long version) implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO pledges (pledge_id, partner_id, kinds, scope_level, scope_codes, rupiah, units, unit,
                                         valid_from, valid_until, offered_at, status, status_version)
                    VALUES ($1::uuid, $2::uuid, $3::text[], $4::text, $5::text[], $6::bigint, $7::bigint, $8::text,
                        $9::date, $10::date, $11::timestamptz, 'OFFERED', $12::bigint)
                    ON CONFLICT (pledge_id) DO UPDATE SET partner_id = EXCLUDED.partner_id, kinds = EXCLUDED.kinds,
                        scope_level = EXCLUDED.scope_level, scope_codes = EXCLUDED.scope_codes,
                        rupiah = EXCLUDED.rupiah, units = EXCLUDED.units, unit = EXCLUDED.unit,
                        valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until,
                        offered_at = EXCLUDED.offered_at,
                        status = CASE WHEN EXCLUDED.status_version > pledges.status_version THEN EXCLUDED.status
                                      ELSE pledges.status END,
                        status_version = GREATEST(pledges.status_version, EXCLUDED.status_version)""";
        }

        @Override
        public Tuple values() {
            return Params.of(pledgeId, partnerId, kinds.toArray(String[]::new), scopeLevel,
                    scopeCodes.toArray(String[]::new), rupiah, units, unit, validFrom, validUntil, at, version);
        }

    }

    /**
     * A new status at its stream version: ACCEPTED (with when and on which decision), DECLINED, EXPIRED or WITHDRAWN
     * (with when it ended).
     */
    public record Status(UUID pledgeId, String status, long version, OffsetDateTime acceptedAt, String decisionNumber,
                         OffsetDateTime endedAt) implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO pledges (pledge_id, status, status_version, accepted_at, decision_number, ended_at)
                    VALUES ($1::uuid, $2::text, $3::bigint, $4::timestamptz, $5::text, $6::timestamptz)
                    ON CONFLICT (pledge_id) DO UPDATE SET
                        status = CASE WHEN EXCLUDED.status_version > pledges.status_version THEN EXCLUDED.status
                                      ELSE pledges.status END,
                        status_version = GREATEST(pledges.status_version, EXCLUDED.status_version),
                        accepted_at = COALESCE(pledges.accepted_at, EXCLUDED.accepted_at),
                        decision_number = COALESCE(pledges.decision_number, EXCLUDED.decision_number),
                        ended_at = GREATEST(pledges.ended_at, EXCLUDED.ended_at)""";
        }

        @Override
        public Tuple values() {
            return Params.of(pledgeId, status, version, acceptedAt, decisionNumber, endedAt);
        }

    }

    /** PledgeWithdrawn: part or all of the unreserved remainder taken back. */
    public record Withdrawn(UUID pledgeId, long rupiah, long units) implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO pledges (pledge_id, withdrawn_rupiah, withdrawn_units) VALUES ($1::uuid, $2::bigint,
                        $3::bigint)
                    ON CONFLICT (pledge_id) DO UPDATE SET
                        withdrawn_rupiah = pledges.withdrawn_rupiah + EXCLUDED.withdrawn_rupiah,
                        withdrawn_units = pledges.withdrawn_units + EXCLUDED.withdrawn_units""";
        }

        @Override
        public Tuple values() {
            return Params.of(pledgeId, rupiah, units);
        }

    }
}
