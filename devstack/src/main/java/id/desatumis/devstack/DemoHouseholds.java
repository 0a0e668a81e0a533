package id.desatumis.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import id.desatumis.devstack.DemoProgramme.Village;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Step 1: every listed household of the assessed desa registered in the registry, each with an Idempotency-Key. A
 * household registered before (the key forgotten after 24 hours: the registry answers that its KK number is held, and
 * by which household) is read again, so the later steps know every household's id and its members' ids either way.
 */
final class DemoHouseholds {

    record Member(String memberId, LocalDate birthDate, String relationship) {
    }

    record Registered(Village village, int n, String householdId, List<Member> members) {
    }

    private final DemoContext demo;

    DemoHouseholds(DemoContext demo) {
        this.demo = demo;
    }

    List<Registered> register() {
        List<Registered> out = Collections.synchronizedList(new ArrayList<>());
        List<int[]> work = new ArrayList<>();
        for (int v = 0; v < DemoProgramme.ASSESSED.size(); v++) {
            for (int n = 0; n < DemoProgramme.ASSESSED.get(v).listed(); n++) work.add(new int[] {v, n});
        }
        String token = demo.tokens.dinsos("demo-loader");
        demo.run.each("registry: households", work, w -> {
            Village v = DemoProgramme.ASSESSED.get(w[0]);
            DemoFamilies.Family family = DemoFamilies.of(v.desaCode(), w[1]);
            DemoHttp.Answer a = demo.http.post(demo.registry + "/households", token, family.json(),
                    "demo-" + v.desaCode() + "-" + w[1]);
            if (a.status() == 201) {
                List<Member> members = new ArrayList<>();
                JsonNode ids = a.body().path("memberIds");
                for (int i = 0; i < family.members().size(); i++) {
                    DemoFamilies.Person p = family.members().get(i);
                    members.add(new Member(ids.get(i).asText(), p.birthDate(), p.relationship()));
                }
                out.add(new Registered(v, w[1], a.text("householdId"), members));
                return a.replayed() ? "there already" : "registered";
            }
            if (a.status() == 409 && a.body().has("holdingHouseholdId")) {
                out.add(held(v, w[1], a.text("holdingHouseholdId"), family));
                return "there already";
            }
            if (a.status() == 422) { // registered by an earlier version of this loader, with other details
                out.add(found(v, w[1], family.kkNumber(), token));
                return "there already";
            }
            throw new IllegalStateException("household " + v.name() + " #" + w[1] + ": " + a);
        });
        out.sort(Comparator.comparing((Registered r) -> r.village().desaCode()).thenComparingInt(Registered::n));
        return out;
    }

    /**
     * A household registered before, which the registry names when its KK number is sent again: its members' ids read
     * without personal fields (as TKPKD reads them), in the order they were registered, their births from the family.
     */
    private Registered held(Village v, int n, String householdId, DemoFamilies.Family family) {
        DemoHttp.Answer a = demo.http.get(demo.registry + "/households/" + householdId, demo.tokens.tkpkd());
        JsonNode ids = a.body().path("members");
        if (!a.ok() || ids.size() < family.members().size()) throw new IllegalStateException("household " + householdId + ": " + a);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < family.members().size(); i++) {
            DemoFamilies.Person p = family.members().get(i);
            members.add(new Member(ids.get(i).path("memberId").asText(), p.birthDate(), p.relationship()));
        }
        return new Registered(v, n, householdId, members);
    }

    /** A household registered before with other details, found by its KK number (a search the registry logs, with its purpose). */
    private Registered found(Village v, int n, String kkNumber, String token) {
        DemoHttp.Answer a = demo.http.postWithPurpose(demo.registry + "/households/search", token,
                Map.of("kkNumber", kkNumber), "demo data: the household's members for its assessment form");
        JsonNode h = a.body().path("items").path(0);
        if (!a.ok() || h.isMissingNode()) throw new IllegalStateException("household " + v.name() + " #" + n + " not found: " + a);
        List<Member> members = new ArrayList<>();
        for (JsonNode m : h.path("members")) {
            members.add(new Member(m.path("memberId").asText(), LocalDate.parse(m.path("birthDate").asText()),
                    m.path("relationship").asText()));
        }
        return new Registered(v, n, h.path("householdId").asText(), members);
    }
}
