package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.Confirmation;
import id.desatumis.assistance.domain.Delivery;
import id.desatumis.assistance.domain.Evidence;
import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.Intervention.DeliveryRecord;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An intervention's deliveries as its stream has them (read, never locked), for whoever may see the intervention
 * ({@link InterventionAccess}). Who reported and who verified (token subjects), and why Dinas Sosial reported for
 * another, are for programme staff only.
 */
@ApplicationScoped
public class DeliveryQueries {

    /** The answer and the intervention's version (the ETag). */
    public record Answer(long version, Map<String, Object> body) {
    }

    private final AggregateStore aggregates;
    private final InterventionAggregate interventions;
    private final InterventionAccess access;
    private final Pool pool;

    public DeliveryQueries(AggregateStore aggregates, InterventionAggregate interventions, InterventionAccess access,
                           Pool pool) {
        this.aggregates = aggregates;
        this.interventions = interventions;
        this.access = access;
        this.pool = pool;
    }

    /** Every delivery of the intervention, in the order reported, and the amounts they add up to. */
    public Uni<Answer> deliveries(Caller caller, UUID interventionId) {
        return visible(caller, interventionId).map(loaded -> {
            Intervention s = loaded.state();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("interventionId", s.id().toString());
            body.put("stage", s.stage().name());
            body.put("planned", DeliveryAnswers.amount(s.plan().amount()));
            body.put("delivered", DeliveryAnswers.amount(s.delivered()));
            body.put("remaining", DeliveryAnswers.amount(s.plan().amount().remainderAfter(s.delivered())));
            body.put("deliveries", s.deliveries().stream().map(d -> view(d, staff(caller))).toList());
            return new Answer(loaded.version(), body);
        });
    }

    /** One delivery of the intervention. */
    public Uni<Answer> delivery(Caller caller, UUID interventionId, UUID deliveryId) {
        return visible(caller, interventionId).map(loaded -> loaded.state().delivery(deliveryId)
                .map(d -> new Answer(loaded.version(), view(d, staff(caller))))
                .orElseThrow(() -> new RuleBroken("deliveryId", "delivery-unknown", "no such delivery of this intervention")));
    }

    private Uni<Loaded<Intervention>> visible(Caller caller, UUID interventionId) {
        return aggregates.load(pool, interventions, interventionId).chain(loaded -> {
            return access.requireVisible(pool, caller, loaded.state()).replaceWith(loaded);
        });
    }

    private static boolean staff(Caller caller) {
        return caller.has(Roles.DINSOS) || caller.has(Roles.TKPKD) || caller.has(Roles.AUDITOR);
    }

    private static Map<String, Object> view(DeliveryRecord record, boolean staff) {
        Delivery d = record.delivery();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deliveryId", d.deliveryId().toString());
        m.put("status", record.status().name());
        m.put("deliveredOn", d.deliveredOn().toString());
        m.put("description", d.description());
        m.put("amount", DeliveryAnswers.amount(d.amount()));
        m.put("tranche", d.tranche());
        Evidence e = d.evidence();
        m.put("evidence", e == null ? null : evidence(e));
        m.put("onBehalf", d.onBehalfReason() != null);
        Confirmation c = record.confirmation();
        if (c != null) {
            Map<String, Object> confirmation = new LinkedHashMap<>();
            confirmation.put("confirmedBy", c.confirmedBy() == null ? null : c.confirmedBy().name());
            confirmation.put("confirmedOn", c.confirmedOn() == null ? null : c.confirmedOn().toString());
            confirmation.put("method", c.method() == null ? null : c.method().name());
            if (staff) confirmation.put("verifiedBy", c.verifiedBy());
            m.put("confirmation", confirmation);
        }
        if (staff) {
            m.put("reportedBy", d.reportedBy());
            m.put("onBehalfReason", d.onBehalfReason());
        }
        return m;
    }

    private static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documentNumber", e.documentNumber());
        m.put("photoReference", e.photoReference());
        m.put("photoSha256", e.photoSha256());
        return m;
    }
}
