package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.Confirmation;
import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.Intervention.DeliveryRecord;
import id.desatumis.assistance.domain.Plan;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.assistance.domain.Source;
import id.desatumis.assistance.domain.Tranche;
import id.desatumis.kit.api.CommandResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an intervention is answered. A command's answer holds ids, figures, codes and dates only (it is kept for
 * Idempotency-Key replays); the detail read by staff adds the reasons given and every delivery with its evidence and
 * the village's confirmation.
 */
public final class InterventionAnswers {

    private InterventionAnswers() {
    }

    static CommandResult of(int status, Intervention s, long version) {
        return new CommandResult(status, location(s), version, summary(s, version));
    }

    /** The intervention, its plan and where it stands, without free text. */
    static Map<String, Object> summary(Intervention s, long version) {
        Plan p = s.plan();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("interventionId", s.id().toString());
        body.put("stage", s.stage().name());
        body.put("version", version);
        body.put("unplanned", s.unplanned());
        body.put("plannedOn", s.plannedOn().toString());
        Map<String, Object> plan = new LinkedHashMap<>();
        putId(plan, "needId", p.needId());
        plan.put("householdId", p.householdId().toString());
        putId(plan, "memberId", p.memberId());
        plan.put("kind", p.kind().name());
        plan.put("desaCode", p.desaCode());
        plan.put("actorId", p.actorId().toString());
        plan.put("source", source(p.source()));
        plan.put("amount", amount(p.amount()));
        if (!p.tranches().isEmpty()) plan.put("tranches", tranches(p.tranches()));
        if (p.dueDate() != null) plan.put("dueDate", p.dueDate().toString());
        if (p.decisionNumber() != null) plan.put("decisionNumber", p.decisionNumber());
        if (p.override() != null) plan.put("override", Map.of("existingInterventionId", p.override().existingInterventionId().toString()));
        body.put("plan", plan);
        body.put("delivered", amount(s.delivered()));
        putId(body, "pendingRequestId", s.pendingRequest());
        putId(body, "reservationId", s.reservation());
        if (s.lastRefusal() != null) body.put("lastRefusal", s.lastRefusal());
        return body;
    }

    /** The summary, the reasons given with the plan, and every delivery. */
    static Map<String, Object> detail(Intervention s, long version) {
        Map<String, Object> body = summary(s, version);
        @SuppressWarnings("unchecked") Map<String, Object> plan = (Map<String, Object>) body.get("plan");
        Plan p = s.plan();
        if (p.actorReason() != null) plan.put("actorReason", p.actorReason());
        if (p.override() != null) {
            // the reason is sealed under the household's key: null once the household is erased
            Map<String, Object> override = new LinkedHashMap<>();
            override.put("existingInterventionId", p.override().existingInterventionId().toString());
            if (p.override().reason() != null) override.put("reason", p.override().reason());
            plan.put("override", override);
        }
        body.put("deliveries", s.deliveries().stream().map(InterventionAnswers::delivery).toList());
        return body;
    }

    static String location(Intervention s) {
        return "/interventions/" + s.id();
    }

    private static Map<String, Object> delivery(DeliveryRecord r) {
        var d = r.delivery();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("deliveryId", d.deliveryId().toString());
        out.put("status", r.status().name());
        out.put("deliveredOn", d.deliveredOn().toString());
        if (d.description() != null) out.put("description", d.description());
        out.put("amount", amount(d.amount()));
        if (d.tranche() != null) out.put("tranche", d.tranche());
        if (d.evidence() != null) {
            Map<String, Object> evidence = new LinkedHashMap<>();
            if (d.evidence().documentNumber() != null) evidence.put("documentNumber", d.evidence().documentNumber());
            if (d.evidence().photoReference() != null) evidence.put("photoReference", d.evidence().photoReference());
            if (d.evidence().photoSha256() != null) evidence.put("photoSha256", d.evidence().photoSha256());
            out.put("evidence", evidence);
        }
        out.put("reportedBy", d.reportedBy());
        if (d.onBehalfReason() != null) out.put("onBehalfReason", d.onBehalfReason());
        Confirmation c = r.confirmation();
        if (c != null) {
            out.put("confirmation", Map.of("confirmedBy", c.confirmedBy().name(), "confirmedOn", c.confirmedOn().toString(),
                    "method", c.method().name(), "verifiedBy", c.verifiedBy()));
        }
        return out;
    }

    private static Map<String, Object> source(Source s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", s.type().name());
        putId(out, "pledgeId", s.pledgeId());
        putId(out, "budgetLineId", s.budgetLineId());
        if (s.budgetCode() != null) out.put("code", s.budgetCode());
        if (s.programme() != null) out.put("programme", s.programme());
        return out;
    }

    private static Map<String, Object> amount(Quantity q) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (q.rupiah() != null) out.put("rupiah", q.rupiah());
        if (q.units() != null) out.put("units", q.units());
        return out;
    }

    private static List<Map<String, Object>> tranches(List<Tranche> tranches) {
        return tranches.stream().map(t -> Map.<String, Object>of("number", t.number(), "rupiah", t.rupiah(),
                "due", t.due().toString())).toList();
    }

    private static void putId(Map<String, Object> out, String key, Object id) {
        if (id != null) out.put(key, id.toString());
    }
}
