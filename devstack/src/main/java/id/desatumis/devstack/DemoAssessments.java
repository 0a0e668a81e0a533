package id.desatumis.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import id.desatumis.devstack.DemoHouseholds.Registered;
import id.desatumis.devstack.DemoProgramme.PovertyClass;
import id.desatumis.devstack.DemoProgramme.Village;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Step 3: every listed household assessed, its form synced by the desa's operator in batches of 500 (as an enumerator's
 * tablet would), then verified or rejected by Dinas Sosial on the musyawarah desa's decision. Which households come
 * out in which class, and which of the poor the forum confirms, is drawn once per desa (a fixed shuffle), so that the
 * counts are exactly the study's. Households found not poor are verified too (the forum confirmed the list whole).
 */
final class DemoAssessments {

    /** What the forum decides about a household: its class on assessment, and whether it is verified. */
    record Target(PovertyClass povertyClass, boolean verified) {
    }

    private static final List<String> REJECTIONS = List.of(
            "Musyawarah desa: rumah tangga dinilai mampu, memiliki usaha dan aset yang cukup",
            "Musyawarah desa: kondisi rumah tidak sesuai dengan hasil pengecekan ulang",
            "Musyawarah desa: anggota rumah tangga berpenghasilan tetap di atas UMK");

    private final DemoContext demo;
    private final Map<String, Target> targets = new HashMap<>();
    private final Map<String, DemoForms.Form> forms = new HashMap<>();

    DemoAssessments(DemoContext demo, List<Registered> households) {
        this.demo = demo;
        for (Village v : DemoProgramme.ASSESSED) {
            List<Registered> of = households.stream().filter(h -> h.village().equals(v)).toList();
            if (of.size() != v.listed()) throw new IllegalStateException(v.name() + ": " + of.size() + " households, not " + v.listed());
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < of.size(); i++) order.add(i);
            Collections.shuffle(order, new Random(v.desaCode().hashCode()));
            int rank = 0;
            for (PovertyClass c : PovertyClass.values()) {
                int found = c == PovertyClass.NOT_POOR ? of.size() - v.found().total() : v.found().of(c);
                int verified = c == PovertyClass.NOT_POOR ? found : v.verified().of(c);
                for (int k = 0; k < found; k++, rank++) {
                    Registered h = of.get(order.get(rank));
                    targets.put(h.householdId(), new Target(c, k < verified));
                    forms.put(h.householdId(), DemoForms.form(h, c));
                }
            }
        }
    }

    Target target(String householdId) {
        return targets.get(householdId);
    }

    /** The needs the policy derives for each verified-poor household, by household id. */
    Map<String, List<DemoForms.Need>> verifiedNeeds() {
        Map<String, List<DemoForms.Need>> out = new HashMap<>();
        targets.forEach((id, t) -> {
            if (t.verified() && t.povertyClass() != PovertyClass.NOT_POOR) out.put(id, forms.get(id).needs());
        });
        return out;
    }

    void submit(List<Registered> households) {
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        List<String> desaOfBatch = new ArrayList<>();
        for (Village v : DemoProgramme.ASSESSED) {
            List<Map<String, Object>> items = households.stream().filter(h -> h.village().equals(v))
                    .map(h -> forms.get(h.householdId()).body()).toList();
            for (int i = 0; i < items.size(); i += 500) {
                batches.add(items.subList(i, Math.min(items.size(), i + 500)));
                desaOfBatch.add(v.desaCode());
            }
        }
        Map<String, Integer> outcomes = Collections.synchronizedMap(new TreeMap<>());
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < batches.size(); i++) indexes.add(i);
        demo.run.each("assessment: form batches", indexes, i -> {
            DemoHttp.Answer a = demo.http.post(demo.assessment + "/assessments:batch",
                    demo.tokens.operator(desaOfBatch.get(i), "tgr"), Map.of("items", batches.get(i)), null);
            if (!a.ok()) throw new IllegalStateException("batch " + i + ": " + a);
            a.body().path("counts").fields().forEachRemaining(e -> outcomes.merge(e.getKey(), e.getValue().asInt(), Integer::sum));
            for (JsonNode r : a.body().path("results")) {
                if ("REFUSED".equals(r.path("outcome").asText())) demo.run.say("  refused form: " + r.path("problem"));
            }
            return "sent";
        });
        demo.run.say("assessment: forms " + outcomes);
        for (Village v : DemoProgramme.ASSESSED) {
            DemoHttp.Answer f = demo.http.await(funnel(v), demo.tokens.dinsos(),
                    a -> a.body().path("assessed").asInt() == v.listed(), Duration.ofMinutes(3));
            if (f.body().path("assessed").asInt() != v.listed()) demo.run.fail(v.name() + ": assessed " + f.body().path("assessed"));
        }
    }

    /** Dinas Sosial works through each desa's verification queue on the musyawarah desa's decision. */
    void verify() {
        List<String[]> waiting = new ArrayList<>();
        for (Village v : DemoProgramme.ASSESSED) {
            for (int offset = 0; ; offset += 500) {
                DemoHttp.Answer q = demo.http.get(demo.assessment + "/villages/" + v.desaCode() + "/verification-queue?limit=500&offset="
                        + offset, demo.tokens.dinsos());
                if (!q.ok()) throw new IllegalStateException("verification queue of " + v.name() + ": " + q);
                for (JsonNode i : q.body().path("items")) {
                    waiting.add(new String[] {v.desaCode(), i.path("assessmentId").asText(), i.path("householdId").asText()});
                }
                if (q.body().path("items").size() < 500) break;
            }
        }
        String verifier = demo.tokens.dinsos("dinsos-verifikator");
        demo.run.each("assessment: verification", waiting, w -> {
            Target t = targets.get(w[2]);
            if (t == null) return "not the demo's";
            Village v = DemoProgramme.ASSESSED.stream().filter(x -> x.desaCode().equals(w[0])).findFirst().orElseThrow();
            String url = demo.assessment + "/assessments/" + w[1];
            DemoHttp.Answer a = t.verified()
                    ? demo.http.post(url + "/verification", verifier, DemoHttp.map("forumDate", v.verificationForum().toString(),
                            "decisionNumber", v.verificationDecision()), "demo-verify-" + w[1])
                    : demo.http.post(url + "/rejection", verifier,
                            DemoHttp.map("reason", REJECTIONS.get(Math.floorMod(w[2].hashCode(), REJECTIONS.size()))), "demo-reject-" + w[1]);
            if (a.ok()) return t.verified() ? "verified" : "rejected";
            if (a.is("not-waiting")) return "decided already";
            throw new IllegalStateException("assessment " + w[1] + ": " + a);
        });
    }

    /** The figures as assessment-service counts them, checked against the study's. */
    void check() {
        for (Village v : DemoProgramme.ASSESSED) {
            DemoHttp.Answer f = demo.http.await(funnel(v), demo.tokens.dinsos(),
                    a -> a.body().path("waitingForVerification").asInt(-1) == 0, Duration.ofSeconds(30));
            JsonNode b = f.body().path("byClass");
            int found = b.path("EXTREME_POOR").asInt() + b.path("POOR").asInt() + b.path("NEAR_POOR").asInt();
            int rejected = f.body().path("rejected").asInt();
            int verifiedPoor = f.body().path("verifiedPoor").asInt();
            demo.run.say(String.format("assessment: %s listed %d, assessed %d, found poor %d (extreme %d, poor %d, near-poor %d), "
                            + "verified poor %d, rejected %d", v.name(), f.body().path("listed").asInt(), f.body().path("assessed").asInt(),
                    found, b.path("EXTREME_POOR").asInt(), b.path("POOR").asInt(), b.path("NEAR_POOR").asInt(), verifiedPoor, rejected));
            if (found != v.found().total() || verifiedPoor != v.verified().total() || rejected != v.found().total() - v.verified().total()
                    || f.body().path("assessed").asInt() != v.listed()) {
                demo.run.fail(v.name() + ": the assessment figures are not the study's");
            }
        }
    }

    private String funnel(Village v) {
        return demo.assessment + "/villages/" + v.desaCode() + "/funnel";
    }
}
