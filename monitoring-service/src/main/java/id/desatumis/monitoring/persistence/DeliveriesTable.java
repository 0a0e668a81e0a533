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

    private static final String KEEP_INTERVENTION = " ON CONFLICT (delivery_id) DO UPDATE SET "
            + "intervention_id = COALESCE(deliveries.intervention_id, EXCLUDED.intervention_id), ";

    /** DeliveryReported, or the delivery of UnplannedDeliveryRecorded. */
    public record Reported(UUID deliveryId, UUID interventionId, LocalDate deliveredOn, Long rupiah, Long units,
                           Integer tranche, boolean onBehalf, OffsetDateTime at) implements RowWrite {
        @Override
        public String statement() {
            return "INSERT INTO deliveries (delivery_id, intervention_id, delivered_on, rupiah, units, tranche, "
                    + "on_behalf, reported_at) VALUES ($1::uuid, $2::uuid, $3::date, $4::bigint, $5::bigint, $6::int, "
                    + "$7::boolean, $8::timestamptz)" + KEEP_INTERVENTION
                    + "delivered_on = EXCLUDED.delivered_on, rupiah = EXCLUDED.rupiah, units = EXCLUDED.units, "
                    + "tranche = EXCLUDED.tranche, on_behalf = EXCLUDED.on_behalf, reported_at = EXCLUDED.reported_at";
        }

        @Override
        public Tuple values() {
            return Params.of(deliveryId, interventionId, deliveredOn, rupiah, units, tranche, onBehalf, at);
        }
    }

    /** What the village or Dinas Sosial made of a delivery: a fact (its column and type) and when it was recorded. */
    public enum Outcome {
        /** DeliveryVerified: the day the household confirmed it. */
        VERIFIED("confirmed_on", "date", "verified_at"),
        /** DeliveryDisputed: the dispute's ground code. */
        DISPUTED("ground", "text", "disputed_at"),
        /** DisputeResolved: REDELIVER, ACCEPT or WRITE_OFF. */
        RESOLVED("resolution", "text", "resolved_at");

        private final String statement;

        Outcome(String fact, String type, String at) {
            statement = "INSERT INTO deliveries (delivery_id, intervention_id, " + fact + ", " + at + ") "
                    + "VALUES ($1::uuid, $2::uuid, $3::" + type + ", $4::timestamptz)" + KEEP_INTERVENTION
                    + fact + " = EXCLUDED." + fact + ", " + at + " = EXCLUDED." + at;
        }
    }

    /** One outcome of a delivery, its fact ({@code LocalDate} for VERIFIED, a code otherwise). */
    public record Judged(Outcome outcome, UUID deliveryId, UUID interventionId, Object fact, OffsetDateTime at)
            implements RowWrite {
        @Override
        public String statement() {
            return outcome.statement;
        }

        @Override
        public Tuple values() {
            return Params.of(deliveryId, interventionId, fact, at);
        }
    }
}
