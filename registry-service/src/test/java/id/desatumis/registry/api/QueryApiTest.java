package id.desatumis.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Finding households, their history, and the record of who read personal data. */
@QuarkusTest
class QueryApiTest {

    @Test
    void aNikOrKkNumberFindsItsHouseholdForThoseWhoMaySeeIt() {
        var h = HouseholdLifecycleApiTest.register(People.DESA_A);
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(Map.of("nik", h.nik(1)))
                .post("/households/search").then().statusCode(200)
                .body("items[0].householdId", equalTo(h.id())).body("items[0].members.nik", hasItem(h.nik(1)));
        given().header("Authorization", Auth.operator(People.DESA_A)).contentType(ContentType.JSON)
                .body(Map.of("kkNumber", h.body().get("kkNumber"))).post("/households/search").then().statusCode(200)
                .body("items[0].householdId", equalTo(h.id()));
        // another village's operator learns nothing, not even that it exists
        given().header("Authorization", Auth.operator(People.DESA_B)).contentType(ContentType.JSON)
                .body(Map.of("nik", h.nik(1))).post("/households/search").then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("nik", h.nik(1), "kkNumber", h.body().get("kkNumber"))).post("/households/search")
                .then().statusCode(400);
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(Map.of("nik", "12"))
                .post("/households/search").then().statusCode(400).body("errors[0].rule", equalTo("nik-format"));
        given().header("Authorization", Auth.role("partner")).contentType(ContentType.JSON).body(Map.of("nik", h.nik(1)))
                .post("/households/search").then().statusCode(403);
    }

    @Test
    void aNameIsFoundWithinADesaInAnyCaseWithOrWithoutAccentsUntilItIsErased() {
        String desa = "33.14.04.2002";
        var body = People.household(desa);
        @SuppressWarnings("unchecked")
        var wife = ((java.util.List<Map<String, Object>>) body.get("members")).get(1);
        wife.put("name", "Ngatini Rahayu");
        String id = given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(body).post("/households")
                .then().statusCode(201).extract().path("householdId");
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("name", "NGATÍNI", "desaCode", desa)).post("/households/search").then().statusCode(200)
                .body("items.householdId", hasItem(id));
        given().header("Authorization", Auth.operator(desa)).contentType(ContentType.JSON)
                .body(Map.of("name", "rahayu", "desaCode", desa)).post("/households/search").then().statusCode(200)
                .body("items.householdId", hasItem(id));
        given().header("Authorization", Auth.operator(People.DESA_A)).contentType(ContentType.JSON)
                .body(Map.of("name", "rahayu", "desaCode", desa)).post("/households/search").then().statusCode(403);
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("name", "n", "desaCode", desa)).post("/households/search").then().statusCode(400);
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("legalBasis", "permintaan subjek data")).post("/households/" + id + "/erasure").then().statusCode(200);
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("name", "Ngatini", "desaCode", desa)).post("/households/search").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void aDesasHouseholdsArePagedAndFilteredWithoutPersonalData() {
        String desa = "33.14.02.2002";
        for (int i = 0; i < 3; i++) HouseholdLifecycleApiTest.register(desa);
        given().header("Authorization", Auth.role("opd")).get("/households?desaCode=" + desa + "&size=2").then()
                .statusCode(200).body("items.size()", equalTo(2)).body("total", greaterThanOrEqualTo(3))
                .body("items[0].memberCount", equalTo(3)).body("items[0].kkNumber", nullValue());
        given().header("Authorization", Auth.role("opd")).get("/households?desaCode=" + desa + "&minMembers=4").then()
                .statusCode(200).body("total", equalTo(0));
        given().header("Authorization", Auth.operator(People.DESA_A)).get("/households?desaCode=" + desa).then().statusCode(403);
        given().header("Authorization", Auth.dinsos()).get("/households?desaCode=" + desa + "&size=0").then().statusCode(400);
    }

    @Test
    void theDesilTravelsFromRegistrationToTheListsAndTheTopic() {
        String desa = "33.14.02.2003";
        var body = People.household(desa);
        body.put("desil", "1");
        String id = given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(body).post("/households")
                .then().statusCode(201).extract().path("householdId");
        HouseholdLifecycleApiTest.register(desa); // without a desil
        given().header("Authorization", Auth.dinsos()).get("/households/" + id).then().body("desil", equalTo(1));
        given().header("Authorization", Auth.role("tkpkd")).get("/households?desaCode=" + desa + "&desil=1").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].householdId", equalTo(id))
                .body("items[0].desil", equalTo(1));
        given().header("Authorization", Auth.role("tkpkd")).get("/households?desaCode=" + desa + "&desil=0").then()
                .statusCode(400);
    }

    @Test
    void theHistoryListsEveryChangeAndPersonalReadsAreRecordedForTheAuditor() {
        var h = HouseholdLifecycleApiTest.register(People.DESA_A);
        var baby = People.member("CHILD", "F", LocalDate.now().minusMonths(1));
        baby.remove("nik");
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(baby)
                .post("/households/" + h.id() + "/members").then().statusCode(200);
        given().header("Authorization", Auth.dinsos()).header("X-Access-Purpose", "verifikasi musyawarah desa")
                .get("/households/" + h.id() + "/history").then().statusCode(200)
                .body("size()", equalTo(3)).body("[0].type", equalTo("HouseholdRegistered"))
                .body("[1].type", equalTo("ReferenceCodeIssued"))
                .body("[2].type", equalTo("MemberAdded")).body("[2].actor", equalTo("staf-dinsos"))
                .body("[2].change.member.name", equalTo(baby.get("name")));
        given().header("Authorization", Auth.role("auditor")).get("/households/" + h.id() + "/history").then()
                .statusCode(200).body("[1].change", nullValue()).body("[2].change", nullValue());

        given().header("Authorization", Auth.role("auditor")).get("/audit/personal-data-access?householdId=" + h.id())
                .then().statusCode(200).body("[0].actor", equalTo("staf-dinsos"))
                .body("[0].purpose", equalTo("verifikasi musyawarah desa")).body("[0].action", equalTo("history"));
        given().header("Authorization", Auth.dinsos()).get("/audit/personal-data-access").then().statusCode(403);
    }
}
