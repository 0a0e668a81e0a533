package id.desatumis.monitoring;

import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.monitoring.MonitoringTopics;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.outbox.TopicCreator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard against the real APIs, in a real browser, with the programme's events sent to Kafka as the services'
 * relays send them: what the pages show is what the APIs answer, live, exported, and only to whom may see it.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class DashboardDesaBrowserTest {

    /** Mojokerto (Kedawung): this class's own desa; Wonorejo beside it is another desa. */
    static final String DESA = "33.14.04.2006";
    static final String OTHER_DESA = "33.14.04.2007";
    /** The office code of this class's own OPD. */
    static final String OFFICE = "DPKP-DASBOR";
    static final List<String> KINDS = List.of("HOUSE_REPAIR", "SANITATION", "ELECTRICITY");

    /** Interventions planned and resourced, not yet delivered: each live test delivers one. */
    static final List<UUID> WAITING = new ArrayList<>();

    @TestHTTPResource("/")
    URI base;

    static String bearer(String role, List<String> desa) {
        return "Bearer " + DevStack.shared().tokens().mint("uji-" + role, role, desa, null, null);
    }

    static String token(String role, List<String> desa) {
        return DevStack.shared().tokens().builder("uji-" + role).role(role).desa(desa).validFor(3600).sign();
    }

    static JsonPath api(String path) {
        return given().header("Authorization", bearer("dinsos", null)).accept("application/json").get(path).then().statusCode(200).extract().jsonPath();
    }

    private static boolean underWay;

    /** Once for the class, when the application answers (RestAssured knows its port from the first test on). */
    @BeforeEach
    void aDesaWithTheProgrammeUnderWay() throws Exception {
        if (underWay) return;
        underWay = true;
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(RegistryTopics.HOUSEHOLD, AssessmentTopics.ASSESSMENT,
                AssistanceTopics.INTERVENTION, PartnerTopics.PARTNER, PartnerTopics.PLEDGE, PartnerTopics.RESERVATION,
                PartnerTopics.RESPONSIBILITY, PartnerTopics.FORUM, MonitoringTopics.DESA), 3, (short) 1);
        UUID perkim = DashboardEvents.actor("OPD", "Dinas Perumahan dan Kawasan Permukiman", OFFICE);
        UUID csr = DashboardEvents.actor("CSR", "CSR Bank Jateng", null);
        String[] classes = {"EXTREME_POOR", "POOR", "POOR", "NEAR_POOR", "POOR", "EXTREME_POOR", "POOR"};
        for (int i = 0; i < 12; i++) {
            UUID household = DashboardEvents.household(DESA, 2 + i % 4);
            if (i >= classes.length) continue;
            DashboardEvents.verifiedPoor(household, DESA, classes[i], KINDS.subList(0, 1 + i % KINDS.size()));
            UUID intervention = DashboardEvents.planned(household, DESA, "HOUSE_REPAIR", i % 2 == 0 ? perkim : csr);
            if (i < 2) {
                DashboardEvents.verified(intervention, DashboardEvents.delivered(intervention));
            } else {
                WAITING.add(intervention);
            }
        }
        DashboardEvents.forum(DESA, List.of(perkim, csr));
        await().atMost(DashboardBrowser.PATIENCE).untilAsserted(() -> {
            assertThat(api("/areas/" + DESA + "/funnel").getInt("households.listed")).isGreaterThanOrEqualTo(12);
            assertThat(api("/desa/" + DESA + "/needs").getList("rows.kind")).containsAll(KINDS);
            assertThat(api("/desa/" + DESA + "/forums").getInt("total")).isPositive();
        });
    }

    @Test
    void theFiguresOnTheDesaPageAreTheApis() throws Exception {
        try (DashboardBrowser browser = DashboardBrowser.desktop(base)) {
            browser.signIn(token("dinsos", null)).open("/dasbor/desa.html?kode=" + DESA).loaded();
            JsonPath funnel = api("/areas/" + DESA + "/funnel");
            for (String field : List.of("listed", "assessed", "foundPoor", "verifiedPoor", "allNeedsMet")) {
                assertThat(browser.figure("households." + field)).as(field)
                        .isEqualTo(String.valueOf(funnel.getInt("households." + field)));
            }
            JsonPath tuntas = api("/desa/" + DESA + "/tuntas");
            assertThat(browser.figure("tuntas.needsOpen")).isEqualTo(String.valueOf(tuntas.getInt("needsOpen")));
            assertThat(browser.figure("tuntas.status")).isEqualTo(tuntas.getString("status"));
            List<Map<String, Object>> rows = api("/desa/" + DESA + "/needs").getList("rows");
            assertThat(browser.table("kebutuhan")).hasSize(rows.size());
            for (Map<String, Object> row : rows) {
                assertThat(browser.table("kebutuhan")).anySatisfy(shown -> assertThat(shown).containsAllEntriesOf(strings(row)));
            }
            assertThat(browser.table("forum")).hasSize(api("/desa/" + DESA + "/forums").getInt("total"));
            browser.screenshot(Path.of("target", "dasbor", "desa-page.png"));
        }
    }

    @Test
    void aNewDeliveryShowsUpLiveWithoutAReload() throws Exception {
        UUID intervention;
        synchronized (WAITING) {
            intervention = WAITING.remove(0);
        }
        try (DashboardBrowser browser = DashboardBrowser.desktop(base)) {
            browser.signIn(token("dinsos", null)).open("/dasbor/desa.html?kode=" + DESA).loaded().live();
            browser.js("window.samePage = 'ya'");
            int before = delivered(browser);
            DashboardEvents.delivered(intervention);
            browser.until(d -> delivered(browser) == before + 1);
            assertThat(browser.js("return window.samePage")).isEqualTo("ya");
            assertThat(browser.table("kebutuhan").stream().filter(r -> r.get("kind").equals("HOUSE_REPAIR")).findFirst()
                    .orElseThrow().get("delivered")).isEqualTo(String.valueOf(api("/desa/" + DESA + "/needs")
                    .getInt("rows.find { it.kind == 'HOUSE_REPAIR' }.delivered")));
        }
    }

    private static int delivered(DashboardBrowser browser) {
        return browser.table("kebutuhan").stream().filter(r -> "HOUSE_REPAIR".equals(r.get("kind")))
                .mapToInt(r -> Integer.parseInt(r.get("delivered"))).findFirst().orElse(-1);
    }

    @Test
    void theCsvExportIsTheTable() throws Exception {
        try (DashboardBrowser browser = DashboardBrowser.desktop(base)) {
            browser.signIn(token("dinsos", null)).open("/dasbor/desa.html?kode=" + DESA).loaded();
            List<Map<String, String>> table = browser.table("kebutuhan");
            List<Map<String, String>> csv = csv(browser.downloadCsv("kebutuhan-" + DESA));
            assertThat(csv).hasSameSizeAs(table);
            for (int i = 0; i < table.size(); i++) {
                Map<String, String> shown = table.get(i);
                Map<String, String> exported = csv.stream().filter(r -> shown.get("kind").equals(r.get("kind")))
                        .findFirst().orElseThrow();
                assertThat(exported).containsAllEntriesOf(shown);
            }
        }
    }

    @Test
    void aVillageOperatorSeesItsOwnDesaOnly() throws Exception {
        try (DashboardBrowser browser = DashboardBrowser.desktop(base)) {
            browser.signIn(token("village-operator", List.of(DESA))).open("/dasbor/").loaded();
            List<Map<String, String>> rows = browser.table("desa");
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("listed")).isEqualTo(String.valueOf(api("/areas/" + DESA + "/funnel").getInt("households.listed")));
            assertThat(browser.driver.findElement(org.openqa.selenium.By.cssSelector("table[data-table=desa] a"))
                    .getAttribute("href")).endsWith("kode=" + DESA);

            browser.open("/dasbor/desa.html?kode=" + OTHER_DESA);
            browser.until(d -> browser.refused());
            assertThat(browser.driver.findElement(org.openqa.selenium.By.cssSelector("[data-refusal]")).getText())
                    .contains("Akses ditolak");
            assertThat(browser.driver.findElements(org.openqa.selenium.By.cssSelector("[data-field]"))).isEmpty();

            browser.open("/dasbor/desa.html?kode=" + DESA).loaded();
            assertThat(browser.refused()).isFalse();
            browser.open("/dasbor/kolaborasi.html");
            browser.until(d -> browser.refused());
        }
    }

    @Test
    void anOfficeSeesItsOwnScorecard() throws Exception {
        String token = DevStack.shared().tokens().builder("uji-opd").role("opd").opd(OFFICE).validFor(3600).sign();
        JsonPath mine = given().header("Authorization", "Bearer " + token).accept("application/json")
                .get("/scorecards/mine").then().statusCode(200).extract().jsonPath();
        try (DashboardBrowser browser = DashboardBrowser.desktop(base)) {
            browser.signIn(token).open("/dasbor/");
            browser.until(d -> d.getCurrentUrl().endsWith("/dasbor/aktor.html"));
            browser.loaded();
            assertThat(browser.driver.findElement(org.openqa.selenium.By.tagName("h1")).getText())
                    .isEqualTo("Dinas Perumahan dan Kawasan Permukiman");
            assertThat(browser.figure("interventions")).isEqualTo(String.valueOf(mine.getInt("interventions")));
            assertThat(browser.table("sumber-daya")).anySatisfy(row -> assertThat(row)
                    .containsEntry("stage", "delivered").containsEntry("rupiah", String.valueOf(mine.getLong("delivered.rupiah"))));
            assertThat(browser.driver.findElements(org.openqa.selenium.By.linkText("Kabupaten"))).isEmpty();
            browser.open("/dasbor/kolaborasi.html");
            browser.until(d -> browser.refused());
        }
    }

    /** The public report's page is checked by PublicReportBrowserTest. */
    @Test
    void noPageWritesAnErrorToTheConsole() throws Exception {
        try (DashboardBrowser browser = DashboardBrowser.desktop(base)) {
            browser.signIn(token("dinsos", null));
            String partner = api("/scorecards?size=1").getString("items[0].partnerId");
            for (String page : List.of("/dasbor/", "/dasbor/desa.html?kode=" + DESA, "/dasbor/aktor.html",
                    "/dasbor/aktor.html?id=" + partner, "/dasbor/kolaborasi.html")) {
                browser.open(page).loaded();
                assertThat(browser.consoleErrors()).as(page).isEmpty();
            }
        }
    }

    @Test
    void theFirstViewTransfersUnder500KB() throws Exception {
        for (String page : List.of("/dasbor/", "/dasbor/desa.html?kode=" + DESA, "/dasbor/kolaborasi.html")) {
            try (DashboardBrowser browser = DashboardBrowser.desktop(base)) {
                // a fresh browser holding the session cookie, as after the login page: nothing cached
                browser.open("/dasbor/sesi");
                browser.driver.manage().addCookie(new Cookie.Builder("dasbor", token("dinsos", null)).path("/")
                        .isHttpOnly(true).sameSite("Strict").build());
                browser.open(page).loaded();
                long bytes = browser.transferred();
                System.out.printf("dasbor: the first view of %s transferred %,d bytes%n", page, bytes);
                assertThat(bytes).as(page).isPositive().isLessThan(500_000);
            }
        }
    }

    @Test
    void theDesaPageFitsAPhoneScreen() throws Exception {
        try (DashboardBrowser browser = DashboardBrowser.phone(base)) {
            browser.signIn(token("dinsos", null)).open("/dasbor/desa.html?kode=" + DESA).loaded();
            assertThat(((Number) browser.js("return window.innerWidth")).intValue()).isLessThan(500);
            assertThat(((Number) browser.js("return document.documentElement.scrollWidth")).intValue())
                    .isLessThanOrEqualTo(((Number) browser.js("return window.innerWidth")).intValue());
        }
    }

    private static Map<String, String> strings(Map<String, Object> row) {
        Map<String, String> out = new LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    /** RFC 4180 as the exports write it (no field here holds a comma, a quote or a line break). */
    static List<Map<String, String>> csv(String text) {
        String[] lines = text.strip().split("\r\n");
        List<String> headers = Arrays.asList(lines[0].replace("\uFEFF", "").split(",", -1));
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) row.put(headers.get(c), cells[c]);
            rows.add(row);
        }
        return rows;
    }
}
