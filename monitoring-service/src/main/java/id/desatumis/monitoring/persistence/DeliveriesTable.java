package id.desatumis.monitoring.persistence;

import io.vertx.mutiny.sqlclient.Tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Table {@code deliveries}: each delivery (a part, a tranche, an office's unplanned one) and what the village and Dinas
 * Sosial made of it; its status is a generated column of those facts.
 */
public final class DeliveriesTable {

    private DeliveriesTable() {
    }

    private static final String UPSERT = "INSERT INTO deliveries (delivery_id, intervention_id, ";
    private static final String KEEP_INTERVENTION = " ON CONFLICT (delivery_id) DO UPDATE SET "
            + "intervention_id = COALESCE(deliveries.intervention_id, EXCLUDED.intervention_id), ";

    /** DeliveryReported, or the delivery of UnplannedDeliveryRecorded. */
    public record Reported(UUID deliveryId, UUID interventionId, LocalDate deliveredOn, Long rupiah, Long units,
                           Integer tranche, boolean onBehalf, OffsetDateTime at) implements RowWrite {
        @Override
        public String statement() {
            return UPSERT + "delivered_on, rupiah, units, tranche, on_behalf, reported_at) "
                    + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)" + KEEP_INTERVENTION
                    + "delivered_on = EXCLUDED.delivered_on, rupiah = EXCLUDED.rupiah, units = EXCLUDED.units, "
                    + "tranche = EXCLUDED.tranche, on_behalf = EXCLUDED.on_behalf, reported_at = EXCLUDED.reported_at";
        }

        @Override
        public Tuple values() {
            return Params.of(deliveryId, interventionId, deliveredOn, rupiah, units, tranche, onBehalf, at);
        }

        @Override
        public Object row() {
            return deliveryId;
        }

        @Override
        public String types() {
            return "uuid,uuid,date,bigint,bigint,int,boolean,timestamptz";
        }
    }

    /** DeliveryVerified: the household's confirmation, recorded by the village. */
    public record Verified(UUID deliveryId, UUID interventionId, LocalDate confirmedOn, OffsetDateTime at)
            implements RowWrite {
        @Override
        public String statement() {
            return UPSERT + "confirmed_on, verified_at) VALUES ($1, $2, $3, $4)" + KEEP_INTERVENTION
                    + "confirmed_on = EXCLUDED.confirmed_on, verified_at = EXCLUDED.verified_at";
        }

        @Override
        public Tuple values() {
            return Params.of(deliveryId, interventionId, confirmedOn, at);
        }

        @Override
        public Object row() {
            return deliveryId;
        }

        @Override
        public String types() {
            return "uuid,uuid,date,timestamptz";
        }
    }

    /** DeliveryDisputed, with its ground code. */
    public record Disputed(UUID deliveryId, UUID interventionId, String ground, OffsetDateTime at) implements RowWrite {
        @Override
        public String statement() {
            return UPSERT + "ground, disputed_at) VALUES ($1, $2, $3, $4)" + KEEP_INTERVENTION
                    + "ground = EXCLUDED.ground, disputed_at = EXCLUDED.disputed_at";
        }

        @Override
        public Tuple values() {
            return Params.of(deliveryId, interventionId, ground, at);
        }

        @Override
        public Object row() {
            return deliveryId;
        }

        @Override
        public String types() {
            return "uuid,uuid,text,timestamptz";
        }
    }

    /** DisputeResolved: REDELIVER, ACCEPT or WRITE_OFF. */
    public record Resolved(UUID deliveryId, UUID interventionId, String resolution, OffsetDateTime at)
            implements RowWrite {
        @Override
        public String statement() {
            return UPSERT + "resolution, resolved_at) VALUES ($1, $2, $3, $4)" + KEEP_INTERVENTION
                    + "resolution = EXCLUDED.resolution, resolved_at = EXCLUDED.resolved_at";
        }

        @Override
        public Tuple values() {
            return Params.of(deliveryId, interventionId, resolution, at);
        }

        @Override
        public Object row() {
            return deliveryId;
        }

        @Override
        public String types() {
            return "uuid,uuid,text,timestamptz";
        }
    }
}
