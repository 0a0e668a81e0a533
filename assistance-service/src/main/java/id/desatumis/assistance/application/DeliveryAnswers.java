package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.CommandResult;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The answers of the delivery commands: ids, stages and amounts only (an answer is kept for Idempotency-Key replays,
 * which hold no personal data), with the intervention's version as the ETag.
 */
public final class DeliveryAnswers {

    private DeliveryAnswers() {
    }

    /** A command on one delivery: where it stands, and where the intervention stands after it. */
    public static CommandResult of(int status, Loaded<Intervention> after, UUID deliveryId) {
        Intervention s = after.state();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("interventionId", s.id().toString());
        body.put("deliveryId", deliveryId.toString());
        body.put("deliveryStatus", s.delivery(deliveryId).map(d -> d.status().name()).orElse(null));
        body.put("stage", s.stage().name());
        body.put("delivered", amount(s.delivered()));
        body.put("remaining", amount(s.plan().amount().remainderAfter(s.delivered())));
        body.put("version", after.version());
        return new CommandResult(status, location(s.id(), deliveryId), after.version(), body);
    }

    public static String location(UUID interventionId, UUID deliveryId) {
        return "/interventions/" + interventionId + "/deliveries/" + deliveryId;
    }

    /** Rupiah and units, each null when the plan does not count it. */
    public static Map<String, Object> amount(Quantity q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rupiah", q.rupiah());
        m.put("units", q.units());
        return m;
    }
}
