package id.desatumis.monitoring.persistence;

import io.vertx.mutiny.sqlclient.Tuple;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Table {@code reservations}: each request for a pledge's capacity, from assistance-service's request to
 * partner-service's answer, consumes and releases. Each write names what it knows of the reservation; what another
 * event already named is kept.
 */
public final class ReservationsTable {

    private ReservationsTable() {
    }

    private static final String KNOWN = """
            intervention_id = COALESCE(reservations.intervention_id, EXCLUDED.intervention_id),
            pledge_id = COALESCE(reservations.pledge_id, EXCLUDED.pledge_id),
            partner_id = COALESCE(reservations.partner_id, EXCLUDED.partner_id),
            kind = COALESCE(reservations.kind, EXCLUDED.kind),
            desa_code = COALESCE(reservations.desa_code, EXCLUDED.desa_code)""";

    /** ReservationRequested (assistance-service). */
    public record Requested(UUID requestId, UUID interventionId, String kind, String desaCode, OffsetDateTime at)
            implements RowWrite {
        @Override
        public String statement() {
            return "INSERT INTO reservations (request_id, intervention_id, kind, desa_code, requested_at) "
                    + "VALUES ($1::uuid, $2::uuid, $3::text, $4::text, $5::timestamptz) ON CONFLICT (request_id) DO UPDATE SET "
                    + KNOWN + ", requested_at = EXCLUDED.requested_at";
        }

        @Override
        public Tuple values() {
            return Params.of(requestId, interventionId, kind, desaCode, at);
        }

    }

    /** ReservationTimedOut (assistance-service): the request was given up; a late answer is released. */
    public record TimedOut(UUID requestId, UUID interventionId, OffsetDateTime at) implements RowWrite {
        @Override
        public String statement() {
            return "INSERT INTO reservations (request_id, intervention_id, timed_out_at) VALUES ($1::uuid, $2::uuid, $3::timestamptz) "
                    + "ON CONFLICT (request_id) DO UPDATE SET " + KNOWN + ", timed_out_at = EXCLUDED.timed_out_at";
        }

        @Override
        public Tuple values() {
            return Params.of(requestId, interventionId, at);
        }

    }

    /** ReservationConfirmed: capacity reserved from a pledge. */
    public record Confirmed(UUID requestId, UUID interventionId, UUID pledgeId, UUID partnerId, String kind,
                            String desaCode, Long rupiah, Long units, OffsetDateTime at) implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO reservations (request_id, intervention_id, pledge_id, partner_id, kind, desa_code,
                                              rupiah, units, confirmed_at)
                    VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::text, $6::text, $7::bigint, $8::bigint,
                        $9::timestamptz)
                    ON CONFLICT (request_id) DO UPDATE SET
                    """ + KNOWN + """
                    , rupiah = EXCLUDED.rupiah, units = EXCLUDED.units, confirmed_at = EXCLUDED.confirmed_at""";
        }

        @Override
        public Tuple values() {
            return Params.of(requestId, interventionId, pledgeId, partnerId, kind, desaCode, rupiah,
                    units, at);
        }

    }

    /** ReservationRejected: nothing reserved, with its reason code. */
    public record Rejected(UUID requestId, UUID interventionId, UUID pledgeId, UUID partnerId, String reason,
                           OffsetDateTime at) implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO reservations (request_id, intervention_id, pledge_id, partner_id, rejection_reason,
                                              rejected_at)
                    VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::text, $6::timestamptz)
                    ON CONFLICT (request_id) DO UPDATE SET
                    """ + KNOWN + """
                    , rejection_reason = EXCLUDED.rejection_reason, rejected_at = EXCLUDED.rejected_at""";
        }

        @Override
        public Tuple values() {
            return Params.of(requestId, interventionId, pledgeId, partnerId, reason, at);
        }

    }

    /**
     * ReservationConsumed (rupiah and units used; what the final consume gave back) or ReservationReleased (only
     * given back, {@code consumed} false).
     */
    public record Used(UUID requestId, UUID interventionId, UUID pledgeId, long rupiah, long units,
                       long releasedRupiah, long releasedUnits, boolean consumed, OffsetDateTime at)
            implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO reservations (request_id, intervention_id, pledge_id, consumed_rupiah, consumed_units,
                                              released_rupiah, released_units, first_consumed_at, last_consumed_at,
                                              released_at)
                    VALUES ($1::uuid, $2::uuid, $3::uuid, $4::bigint, $5::bigint, $6::bigint, $7::bigint,
                        $8::timestamptz, $8, $9::timestamptz)
                    ON CONFLICT (request_id) DO UPDATE SET
                        intervention_id = COALESCE(reservations.intervention_id, EXCLUDED.intervention_id),
                        pledge_id = COALESCE(reservations.pledge_id, EXCLUDED.pledge_id),
                        consumed_rupiah = reservations.consumed_rupiah + EXCLUDED.consumed_rupiah,
                        consumed_units = reservations.consumed_units + EXCLUDED.consumed_units,
                        released_rupiah = reservations.released_rupiah + EXCLUDED.released_rupiah,
                        released_units = reservations.released_units + EXCLUDED.released_units,
                        first_consumed_at = LEAST(reservations.first_consumed_at, EXCLUDED.first_consumed_at),
                        last_consumed_at = GREATEST(reservations.last_consumed_at, EXCLUDED.last_consumed_at),
                        released_at = GREATEST(reservations.released_at, EXCLUDED.released_at)""";
        }

        @Override
        public Tuple values() {
            boolean gaveBack = !consumed || releasedRupiah > 0 || releasedUnits > 0;
            return Params.of(requestId, interventionId, pledgeId, rupiah, units, releasedRupiah,
                    releasedUnits, consumed ? at : null, gaveBack ? at : null);
        }

    }

    /** ReservationConsumeRejected: a consume partner-service could not apply (for staff to look at). */
    public record ConsumeRejected(UUID requestId, UUID interventionId) implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO reservations (request_id, intervention_id, consume_rejections) VALUES ($1::uuid,
                        $2::uuid, 1)
                    ON CONFLICT (request_id) DO UPDATE SET
                        intervention_id = COALESCE(reservations.intervention_id, EXCLUDED.intervention_id),
                        consume_rejections = reservations.consume_rejections + 1""";
        }

        @Override
        public Tuple values() {
            return Params.of(requestId, interventionId);
        }

    }
}
