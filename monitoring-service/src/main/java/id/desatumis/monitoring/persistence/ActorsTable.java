package id.desatumis.monitoring.persistence;

import io.vertx.mutiny.sqlclient.Tuple;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Table {@code actors}: the programme's actors (offices, village governments, partners). */
public final class ActorsTable {

    private ActorsTable() {
    }

    /** PartnerRegistered. */
    public record Registered(UUID partnerId, String type, String name, String opdCode, OffsetDateTime at)
            implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO actors (partner_id, type, name, opd_code, registered_at) VALUES ($1::uuid, $2::text,
                        $3::text, $4::text, $5::timestamptz)
                    ON CONFLICT (partner_id) DO UPDATE SET type = EXCLUDED.type, name = EXCLUDED.name,
                        opd_code = EXCLUDED.opd_code, registered_at = EXCLUDED.registered_at""";
        }

        @Override
        public Tuple values() {
            return Params.of(partnerId, type, name, opdCode, at);
        }

    }

    /** PartnerSuspended (active false) or PartnerReinstated (true), at its stream version. */
    public record Standing(UUID partnerId, boolean active, long version) implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO actors (partner_id, active, active_version) VALUES ($1::uuid, $2::boolean, $3::bigint)
                    ON CONFLICT (partner_id) DO UPDATE SET
                        active = CASE WHEN EXCLUDED.active_version > actors.active_version THEN EXCLUDED.active
                                      ELSE actors.active END,
                        active_version = GREATEST(actors.active_version, EXCLUDED.active_version)""";
        }

        @Override
        public Tuple values() {
            return Params.of(partnerId, active, version);
        }

    }
}
