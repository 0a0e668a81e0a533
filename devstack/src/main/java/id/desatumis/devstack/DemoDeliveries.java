package id.desatumis.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import id.desatumis.devstack.DemoAllocation.Assignment;
import id.desatumis.devstack.DemoAllocation.Fate;
import id.desatumis.devstack.DemoPlanBodies.Part;
import id.desatumis.devstack.DemoProgramme.Village;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One intervention driven from where it stands to its fate, one command at a time: the responsible actor reports each
 * part with its evidence (its own office's, partner's or village operator's token), the desa's secretary confirms it
 * with the household or disputes it, Dinas Sosial resolves a dispute or cancels. It starts from the stage the list
 * shows and reads the deliveries only when some were reported before, so a second run does nothing that was done.
 */
final class DemoDeliveries {

    private static final Set<Fate> DISPUTING = Set.of(Fate.DISPUTED, Fate.ACCEPTED, Fate.REDELIVERED, Fate.WRITTEN_OFF);
    private static final Set<String> AT_REST = Set.of("PLANNED", "RESERVATION_REQUESTED", "RESOURCED", "CANCELLED", "VERIFIED", "WRITTEN_OFF");

    /** A delivery as far as the loader follows it. */
    private static final class Delivery {
        final String id;
        String status;
        final Part part;

        Delivery(String id, String status, Part part) {
            this.id = id;
            this.status = status;
            this.part = part;
        }
    }

    private final DemoContext demo;
    private final DemoActors actors;

    DemoDeliveries(DemoContext demo, DemoActors actors) {
        this.demo = demo;
        this.actors = actors;
    }

    String drive(Assignment a, JsonNode item) {
        String id = item.path("interventionId").asText();
        String url = demo.assistance + "/interventions/" + id;
        Village v = DemoInterventions.village(a.need().desaCode());
        DemoPledges.Pledge pledge = "PLEDGE".equals(a.programme().source())
                ? DemoPledges.spec(DemoInterventions.pledgeKey(a.programme(), v)) : null;
        List<Part> parts = DemoPlanBodies.parts(a, pledge);
        String[] stage = {item.path("stage").asText()};
        List<Delivery> deliveries = new ArrayList<>();
        if (!AT_REST.contains(stage[0]) || ("RESOURCED".equals(stage[0]) && a.fate() == Fate.REDELIVERED)) {
            for (JsonNode d : demo.http.get(url, demo.tokens.dinsos()).body().path("deliveries")) {
                JsonNode amount = d.path("amount");
                deliveries.add(new Delivery(d.path("deliveryId").asText(), d.path("status").asText(), new Part(
                        amount.has("rupiah") ? amount.path("rupiah").asLong() : null, amount.has("units") ? amount.path("units").asLong() : null,
                        d.has("tranche") ? d.path("tranche").asInt() : null)));
            }
        }
        String operator = demo.tokens.operator(v.desaCode(), "sekdes");
        for (int step = 0; step < 12; step++) {
            Fate fate = a.fate();
            List<Delivery> counted = deliveries.stream().filter(d -> Set.of("REPORTED", "VERIFIED", "DISPUTED").contains(d.status)).toList();
            List<Delivery> reported = deliveries.stream().filter(d -> "REPORTED".equals(d.status)).toList();
            boolean disputedOnce = deliveries.stream().anyMatch(d -> "VOIDED".equals(d.status));
            DemoHttp.Answer r;
            Delivery on = null;
            if (Set.of("VERIFIED", "CANCELLED", "WRITTEN_OFF").contains(stage[0])) return stage[0];
            if (fate == Fate.CANCELLED) {
                if (!Set.of("PLANNED", "RESERVATION_REQUESTED", "RESOURCED").contains(stage[0])) return stage[0];
                r = demo.http.post(url + "/cancellation", demo.tokens.dinsos(),
                        Map.of("reason", "Rumah tangga sudah dibantu program lain sebelum pelaksanaan"), null);
            } else if ("DISPUTED".equals(stage[0])) {
                String resolution = switch (fate) {
                    case ACCEPTED -> "ACCEPT";
                    case REDELIVERED -> "REDELIVER";
                    case WRITTEN_OFF -> "WRITE_OFF";
                    default -> null;
                };
                on = deliveries.stream().filter(d -> "DISPUTED".equals(d.status)).findFirst().orElse(null);
                if (resolution == null || on == null) return stage[0];
                r = demo.http.post(url + "/deliveries/" + on.id + "/resolution", demo.tokens.dinsos(),
                        Map.of("resolution", resolution, "reason", DemoEvidence.resolutionReason(resolution)), null);
            } else if (Set.of("PLANNED", "RESERVATION_REQUESTED").contains(stage[0])
                    || Set.of(Fate.DUE_TODAY, Fate.RESOURCED).contains(fate)) {
                return stage[0];
            } else if (counted.size() < (fate == Fate.PARTIAL ? 1 : parts.size())) {
                Part next = next(parts, counted);
                r = demo.http.post(url + "/deliveries", actors.reporterToken(actors.byId(item.path("actorId").asText())),
                        DemoEvidence.delivery(demo, a, next), null);
                if (r.ok()) deliveries.add(new Delivery(r.text("deliveryId"), r.text("deliveryStatus"), next));
            } else if (DISPUTING.contains(fate) && !disputedOnce && reported.size() == 1) {
                on = reported.get(0);
                r = demo.http.post(url + "/deliveries/" + on.id + "/dispute", operator, DemoEvidence.dispute(fate), null);
            } else if (fate != Fate.DELIVERED && !reported.isEmpty()) {
                on = reported.get(0);
                r = demo.http.post(url + "/deliveries/" + on.id + "/verification", operator, DemoEvidence.confirmation(demo, a), null);
            } else {
                return stage[0];
            }
            if (!r.ok()) throw new IllegalStateException(a.programme().key() + " " + a.fate() + " at " + stage[0] + ": " + r);
            stage[0] = r.text("stage");
            if (on != null && r.text("deliveryStatus") != null) on.status = r.text("deliveryStatus");
        }
        return stage[0];
    }

    /** The first part not delivered: the lowest tranche not paid, or the next part in order. */
    private static Part next(List<Part> parts, List<Delivery> counted) {
        if (parts.get(0).tranche() != null) {
            for (Part p : parts) {
                if (counted.stream().noneMatch(d -> p.tranche().equals(d.part.tranche()))) return p;
            }
        }
        return parts.get(counted.size());
    }
}
