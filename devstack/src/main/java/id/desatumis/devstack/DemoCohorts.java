package id.desatumis.devstack;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The programme's yearly intakes recorded in monitoring-service by TKPKD, each desa citing TKPKD's decision: 2022's
 * Cemeng, Kadipiro and Jabung, 2023's three. A desa joins once: one that joined before is left as it is. Where
 * monitoring-service has no intake endpoint (404), the step is skipped and says so.
 */
final class DemoCohorts {

    private final DemoContext demo;

    DemoCohorts(DemoContext demo) {
        this.demo = demo;
    }

    void intake(int year, List<String> desaCodes, String decisionNumber) {
        String url = demo.monitoring + "/cohorts/" + year + "/intakes";
        demo.run.each("monitoring: intake " + year, desaCodes, desa -> {
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (true) {
                DemoHttp.Answer a = demo.http.post(url, demo.tokens.tkpkd(),
                        Map.of("desaCodes", List.of(desa), "decisionNumber", decisionNumber), "demo-intake-" + year + "-" + desa);
                if (a.ok()) return a.replayed() ? "joined before" : "joined";
                if (a.status() == 404 && !(a.rule() + a.problem()).contains("decision") || a.status() == 405) {
                    return "skipped: monitoring-service has no POST /cohorts/{year}/intakes yet";
                }
                if (a.is("already-joined")) return "joined before";
                // monitoring-service learns of TKPKD's decision from partner-service's events: it may not have it yet
                if (!(a.rule() + a.problem()).contains("decision") || System.nanoTime() > until) {
                    throw new IllegalStateException("intake of " + desa + " in " + year + ": " + a);
                }
                DemoRun.pause(500);
            }
        });
    }
}
