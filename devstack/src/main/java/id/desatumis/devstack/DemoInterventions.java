package id.desatumis.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import id.desatumis.devstack.DemoAllocation.Assignment;
import id.desatumis.devstack.DemoAllocation.Fate;
import id.desatumis.devstack.DemoAllocation.Need;
import id.desatumis.devstack.DemoHouseholds.Registered;
import id.desatumis.devstack.DemoProgramme.Village;
import id.desatumis.devstack.DemoProgrammes.Programme;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 4b: the verified needs as assistance-service knows them (from assessment-service's NeedsIdentified), planned
 * programme by programme ({@link DemoAllocation}), each plan citing its forum decision and naming its source; then, once
 * partner-service has answered the reservations, every intervention driven to its fate ({@link DemoDeliveries}). A need
 * planned before is not planned again; a need closed with a reason where the household refused the assistance.
 */
final class DemoInterventions {

    /** Refusals that mean "not here yet": partner-service's and assessment-service's events are on their way. */
    private static final Set<String> NOT_YET = Set.of("need-unknown", "actor-unknown", "decision-unknown", "pledge-unknown",
            "pledge-not-open", "no-responsible-actor", "version-conflict", "idempotency-key-in-flight");

    private final DemoContext demo;
    private final DemoActors actors;
    private final DemoPledges pledges;
    private final Map<String, Registered> households = new HashMap<>();
    private final DemoDeliveries deliveries;

    DemoInterventions(DemoContext demo, DemoActors actors, DemoPledges pledges, List<Registered> registered) {
        this.demo = demo;
        this.actors = actors;
        this.pledges = pledges;
        registered.forEach(h -> households.put(h.householdId(), h));
        this.deliveries = new DemoDeliveries(demo, actors);
    }

    /** Waits until assistance-service knows every verified need, then reads them. */
    List<Assignment> needs(Map<String, List<DemoForms.Need>> verified) {
        List<Need> all = new ArrayList<>();
        for (Village v : DemoProgramme.ASSESSED) {
            int expected = verified.entrySet().stream().filter(e -> households.get(e.getKey()).village().equals(v))
                    .mapToInt(e -> e.getValue().size()).sum();
            DemoHttp.Answer a = demo.http.await(demo.assistance + "/needs?size=1&desa=" + v.desaCode(), demo.tokens.dinsos(),
                    r -> r.body().path("total").asInt() >= expected, Duration.ofMinutes(3));
            int known = a.body().path("total").asInt();
            demo.run.say("assistance: " + v.name() + " has " + known + " needs (the verified assessments list " + expected + ")");
            if (known != expected) demo.run.fail(v.name() + ": assistance-service knows " + known + " needs, not " + expected);
            for (JsonNode n : pages(demo.assistance + "/needs?desa=" + v.desaCode())) {
                Registered h = households.get(n.path("householdId").asText());
                if (h == null) continue;
                String member = n.path("memberId").isTextual() ? n.path("memberId").asText() : null;
                int index = member == null ? -1 : indexOf(h, member);
                all.add(new Need(n.path("needId").asText(), h.householdId(), member, n.path("kind").asText(), v.desaCode(),
                        n.path("status").asText(), n.path("interventionId").asText(null),
                        v.desaCode() + ":" + h.n() + ":" + n.path("kind").asText() + ":" + index));
            }
        }
        return DemoAllocation.allocate(all);
    }

    void plan(List<Assignment> assignments) {
        List<Assignment> open = assignments.stream().filter(a -> "IDENTIFIED".equals(a.need().status())
                && (a.programme() != null || a.fate() == Fate.CLOSED)).toList();
        demo.run.each("assistance: plans and closures", open, a -> a.programme() == null ? close(a) : plan(a));
        DemoHttp.Answer waiting = demo.http.await(demo.assistance + "/interventions?size=1&stage=RESERVATION_REQUESTED", demo.tokens.dinsos(),
                r -> r.body().path("total").asInt(-1) == 0, Duration.ofMinutes(2));
        int left = waiting.body().path("total").asInt();
        demo.run.say("assistance: partner-service answered every reservation" + (left == 0 ? "" : " but " + left));
    }

    /** Drives every planned need's intervention to its fate. */
    void deliver(List<Assignment> assignments) {
        Map<String, JsonNode> latest = new HashMap<>();
        for (Village v : DemoProgramme.ASSESSED) {
            for (JsonNode i : pages(demo.assistance + "/interventions?desa=" + v.desaCode())) latest.putIfAbsent(i.path("needId").asText(), i);
        }
        List<Object[]> work = new ArrayList<>();
        for (Assignment a : assignments) {
            JsonNode item = latest.get(a.need().needId());
            if (a.programme() != null && item != null) work.add(new Object[] {a, item});
        }
        demo.run.each("assistance: deliveries, verification, disputes", work, w -> deliveries.drive((Assignment) w[0], (JsonNode) w[1]));
    }

    private String plan(Assignment a) {
        Programme p = a.programme();
        Need n = a.need();
        Village v = village(n.desaCode());
        if (a.fate() == Fate.CANCELLED || a.fate() == Fate.WRITTEN_OFF) {
            for (JsonNode i : demo.http.get(demo.assistance + "/interventions?size=200&householdId=" + n.householdId() + "&kind=" + n.kind(),
                    demo.tokens.dinsos()).body().path("items")) {
                if (n.needId().equals(i.path("needId").asText())) return "planned before";
            }
        }
        Map<String, Object> body = DemoPlanBodies.plan(demo, a, v, actorKey(p, v) == null ? null : actors.id(actorKey(p, v)),
                "PLEDGE".equals(p.source()) ? pledges.id(pledgeKey(p, v)) : null,
                "PLEDGE".equals(p.source()) ? DemoPledges.spec(pledgeKey(p, v)) : null);
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            DemoHttp.Answer r = demo.http.post(demo.assistance + "/interventions", demo.tokens.dinsos(), body, "demo-plan-" + n.needId());
            if (r.ok()) return "planned";
            if (r.is("need-already-planned") || r.is("need-already-met")) return "planned before";
            if (!NOT_YET.contains(r.rule()) && !NOT_YET.contains(r.problem()) || System.nanoTime() > until) {
                throw new IllegalStateException("plan " + p.key() + " for " + n.key() + ": " + r);
            }
            DemoRun.pause(500);
        }
    }

    private String close(Assignment a) {
        Need n = a.need();
        DemoHttp.Answer r = demo.http.post(demo.assistance + "/households/" + n.householdId() + "/needs/" + n.needId() + "/closure",
                demo.tokens.operator(n.desaCode(), "sekdes"), DemoHttp.map("reason", "REFUSED_BY_HOUSEHOLD",
                        "note", "Rumah tangga menolak bantuan dalam musyawarah desa"), "demo-close-" + n.needId());
        if (r.ok()) return "closed";
        if (r.is("need-closed")) return "closed before";
        throw new IllegalStateException("closure of " + n.key() + ": " + r);
    }

    static String actorKey(Programme p, Village v) {
        if (p.actor() == null) return null;
        return p.actor().equals("pemdes") || p.actor().equals("tgr") ? p.actor() + "-" + v.key() : p.actor();
    }

    static String pledgeKey(Programme p, Village v) {
        return p.ref().equals("tgr") ? "tgr-" + v.key() : p.ref();
    }

    static Village village(String desaCode) {
        return DemoProgramme.ASSESSED.stream().filter(x -> x.desaCode().equals(desaCode)).findFirst().orElseThrow();
    }

    private static int indexOf(Registered h, String memberId) {
        for (int i = 0; i < h.members().size(); i++) if (h.members().get(i).memberId().equals(memberId)) return i;
        return -2;
    }

    /** Every item of a paged list (pages of 200). */
    private List<JsonNode> pages(String url) {
        List<JsonNode> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            DemoHttp.Answer a = demo.http.get(url + (url.contains("?") ? "&" : "?") + "size=200&page=" + page, demo.tokens.dinsos());
            if (!a.ok()) throw new IllegalStateException(url + ": " + a);
            a.body().path("items").forEach(out::add);
            if (a.body().path("items").size() < 200) return out;
        }
    }
}
