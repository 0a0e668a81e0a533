package id.desatumis.assistance.reference;

import id.desatumis.assistance.Auth;
import id.desatumis.assistance.PartnerService;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The read endpoints of the reference data, over REST: what they answer, and to whom. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class ReferenceApiTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    /** In the kecamatan the planning tests' random desa never fall in (their leads would outrank this test's). */
    static final String DESA = "33.14.20.2001";
    static final String NEIGHBOUR = "33.14.20.2002";

    @Inject
    Clock clock;

    @BeforeAll
    static void topicsExist() throws Exception {
        PartnerService.topicsExist();
    }

    @Test
    void actorsArePagedByNameAndType() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) PartnerService.registered("UNIVERSITY", "Universitas " + tag + " " + i, null);
        await().atMost(PATIENCE).until(() -> given().header("Authorization", Auth.dinsos())
                .get("/actors?type=UNIVERSITY&size=200").then().statusCode(200).extract().jsonPath()
                .getList("items.name", String.class).stream().filter(n -> n.contains(tag)).count() == 3);

        as(Auth.dinsos()).get("/actors?type=UNIVERSITY&page=0&size=2").then().statusCode(200)
                .body("items", hasSize(2)).body("items.type", everyItem(equalTo("UNIVERSITY")))
                .body("page", equalTo(0)).body("size", equalTo(2)).body("total", greaterThanOrEqualTo(3))
                .body("freshness.lastEventAt", notNullValue()).body("freshness.appliedAt", notNullValue());
        as(Auth.dinsos()).get("/actors?type=UNIVERSITY&page=1&size=2").then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(1));
        as(Auth.dinsos()).get("/actors").then().statusCode(200).body("size", equalTo(50));
    }

    @Test
    void anOfficeIsListedWithItsCodeAndStatus() {
        String code = "DINKES-" + UUID.randomUUID().toString().substring(0, 8);
        UUID office = PartnerService.registered("OPD", "Dinas Kesehatan " + code, code);
        PartnerService.suspended(office);
        await().atMost(PATIENCE).until(() -> as(Auth.dinsos()).get("/actors?type=OPD&size=200").then().extract()
                .jsonPath().getList("items.findAll { it.opdCode == '" + code + "' && !it.active }").size() == 1);
        as(Auth.tkpkd()).get("/actors?type=OPD&size=200").then().statusCode(200)
                .body("items.find { it.opdCode == '" + code + "' }.partnerId", equalTo(office.toString()))
                .body("items.find { it.opdCode == '" + code + "' }.type", equalTo("OPD"));
    }

    @Test
    void listParametersOutsideTheirRulesAreNamed() {
        as(Auth.dinsos()).get("/actors?type=BANK").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/actor-type-unknown")).body("errors[0].field", equalTo("type"));
        as(Auth.dinsos()).get("/actors?page=-1").then().statusCode(400)
                .body("type", equalTo("/problems/page-out-of-range")).body("errors[0].field", equalTo("page"));
        as(Auth.dinsos()).get("/actors?size=201").then().statusCode(400)
                .body("type", equalTo("/problems/size-out-of-range")).body("errors[0].field", equalTo("size"));
        as(Auth.dinsos()).get("/actors?page=x&size=0&type=opd").then().statusCode(400)
                .body("type", equalTo("/problems/validation-failed")).body("errors", hasSize(3));
    }

    @Test
    void whoMayListActors() {
        given().get("/actors").then().statusCode(401).contentType("application/problem+json");
        for (String token : List.of(Auth.dinsos(), Auth.tkpkd(), Auth.auditor(), Auth.operator(DESA))) {
            as(token).get("/actors").then().statusCode(200);
        }
        for (String token : List.of(Auth.opd("DPUPR"), Auth.partner(UUID.randomUUID()))) {
            as(token).get("/actors").then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        }
    }

    @Test
    void theLeadTodayIsAnsweredWithTheAreaItWasAssignedFor() {
        LocalDate today = LocalDate.now(clock);
        UUID lead = PartnerService.registered("OPD", "DPU PR Sragen", "DPUPR-" + UUID.randomUUID());
        UUID supporting = PartnerService.registered("CSR", "Bank Jateng", null);
        String decision = PartnerService.decision("33.14", "RESPONSIBILITY");
        PartnerService.assigned("HOUSE_REPAIR", "33.14.20", lead, List.of(supporting), decision, today.minusDays(5));
        await().atMost(PATIENCE).until(() -> lead.toString().equals(as(Auth.dinsos())
                .get("/responsibility-leads/HOUSE_REPAIR/" + DESA).then().statusCode(200).extract().path("lead.partnerId")));

        as(Auth.operator(DESA)).get("/responsibility-leads/HOUSE_REPAIR/" + DESA).then().statusCode(200)
                .body("kind", equalTo("HOUSE_REPAIR")).body("desaCode", equalTo(DESA)).body("on", equalTo(today.toString()))
                .body("lead.name", equalTo("DPU PR Sragen")).body("lead.type", equalTo("OPD")).body("lead.active", equalTo(true))
                .body("areaCode", equalTo("33.14.20")).body("areaLevel", equalTo("KECAMATAN"))
                .body("supportingPartnerIds", equalTo(List.of(supporting.toString())))
                .body("decisionNumber", equalTo(decision)).body("effectiveFrom", equalTo(today.minusDays(5).toString()))
                .body("freshness.lastEventAt", notNullValue());
    }

    @Test
    void nobodyLeadingIsAnAnswerToo() {
        as(Auth.auditor()).get("/responsibility-leads/SKILLS_TRAINING/33.14.20.2007").then().statusCode(200)
                .body("lead", nullValue()).body("areaCode", nullValue()).body("supportingPartnerIds", hasSize(0));
    }

    @Test
    void whoMayAskWhoLeadsAndWhere() {
        String path = "/responsibility-leads/HOUSE_REPAIR/" + DESA;
        given().get(path).then().statusCode(401).contentType("application/problem+json");
        for (String token : List.of(Auth.dinsos(), Auth.tkpkd(), Auth.auditor(), Auth.operator(DESA))) {
            as(token).get(path).then().statusCode(200);
        }
        for (String token : List.of(Auth.opd("DPUPR"), Auth.partner(UUID.randomUUID()))) {
            as(token).get(path).then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        }
        // an operator of another desa learns nothing of this one, not even that it is there
        as(Auth.operator(NEIGHBOUR)).get(path).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void aKindOrDesaThatIsNoneIsNotFound() {
        for (String path : List.of("/responsibility-leads/FLYING_CARS/" + DESA, "/responsibility-leads/house_repair/" + DESA,
                "/responsibility-leads/HOUSE_REPAIR/33.14.99.9999", "/responsibility-leads/HOUSE_REPAIR/33.14.20",
                "/responsibility-leads/HOUSE_REPAIR/%00")) {
            as(Auth.dinsos()).get(path).then().statusCode(404).contentType("application/problem+json");
        }
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", token);
    }
}
