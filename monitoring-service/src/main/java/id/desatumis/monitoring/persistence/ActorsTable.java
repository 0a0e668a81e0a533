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
                    INSERT INTO actors (partner_id, type, name, opd_code, registered_at) VALUES ($1, $2, $3, $4, $5)
                    ON CONFLICT (partner_id) DO UPDATE SET type = EXCLUDED.type, name = EXCLUDED.name,
                        opd_code = EXCLUDED.opd_code, registered_at = EXCLUDED.registered_at""";
        }

        @Override
        public Tuple values() {
            return Params.of(partnerId, type, name, opdCode, at);
        }

        @Override
        public Object row() {
            return partnerId;
        }

        @Override
        public String types() {
            return "uuid,text,text,text,timestamptz";
        }
    }

    /** PartnerSuspended (active false) or PartnerReinstated (true), at its stream version. */
    public record Standing(UUID partnerId, boolean active, long version) implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO actors (partner_id, active, active_version) VALUES ($1, $2, $3)
                    ON CONFLICT (partner_id) DO UPDATE SET
                        active = CASE WHEN EXCLUDED.active_version > actors.active_version THEN EXCLUDED.active
                                      ELSE actors.active END,
                        active_version = GREATEST(actors.active_version, EXCLUDED.active_version)""";
        }

        @Override
        public Tuple values() {
            return Params.of(partnerId, active, version);
        }

        @Override
        public Object row() {
            return partnerId;
        }

        @Override
        public String types() {
            return "uuid,boolean,bigint";
        }
    }
}
