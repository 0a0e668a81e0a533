package id.desatumis.devstack;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What every step of the demo shares: the services' addresses, the HTTP client, the callers' tokens, the clock and the
 * run's progress. The services are on their fixed local ports (README, "Ports").
 */
final class DemoContext {

    /** Sragen's date: the services check "today" and "not in the future" against it. */
    static final ZoneId SRAGEN = ZoneId.of("Asia/Jakarta");

    final String registry;
    final String assessment;
    final String partner;
    final String assistance;
    final String monitoring;
    final DemoHttp http = new DemoHttp();
    final DemoRun run = new DemoRun();
    final DemoTokens tokens;
    final LocalDate today = LocalDate.now(SRAGEN);

    DemoContext(String host, Tokens tokens) {
        this.registry = host + ":8081";
        this.assessment = host + ":8082";
        this.partner = host + ":8083";
        this.assistance = host + ":8084";
        this.monitoring = host + ":8085";
        this.tokens = new DemoTokens(tokens);
    }
}
