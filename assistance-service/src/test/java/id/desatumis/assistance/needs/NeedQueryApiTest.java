package id.desatumis.assistance.needs;

import id.desatumis.assistance.Auth;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Reading needs: one household's, and pages by desa, kind and status; who may read which. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class NeedQueryApiTest {

    /** A desa of its own for this test class, so that its lists hold only its households. */
    static final String DESA = "33.14.01.2001";

    @BeforeAll
    static void topics() throws Exception {
        Upstream.topicsExist();
    }

    static ValidatableResponse list(String token, String query) {
        return given().header("Authorization", token).get("/needs?" + query).then();
    }

    static Upstream assessedIn(String desa) {
        Upstream h = new Upstream();
        h.desa = desa;
        h.needsIdentified(Upstream.house(), h.school());
        Needs.once(h.householdId, j -> j.getList("needs").size() == 2);
        return h;
    }

    @Test
    void aHouseholdsNeedsAreReadByProgrammeStaffAndItsDesasOperatorOnly() {
        Upstream h = assessedIn(DESA);
        String path = "/households/" + h.householdId + "/needs";

        for (String reader : List.of(Auth.dinsos(), Auth.tkpkd(), Auth.auditor(), Auth.operator(DESA))) {
            given().header("Authorization", reader).get(path).then().statusCode(200)
                    .body("householdId", equalTo(h.householdId.toString())).body("needs.kind", hasItem("EDUCATION"));
        }
        given().header("Authorization", Auth.operator(Upstream.OTHER_DESA)).get(path).then().statusCode(404);
        given().header("Authorization", Auth.opd("DPUPR")).get(path).then().statusCode(403);
        given().header("Authorization", Auth.partner(UUID.randomUUID())).get(path).then().statusCode(403);
        given().get(path).then().statusCode(401);
        given().header("Authorization", Auth.dinsos()).get("/households/" + UUID.randomUUID() + "/needs").then().statusCode(404);
        given().header("Authorization", Auth.dinsos()).get("/households/x/needs").then().statusCode(404);
    }

    @Test
    void needsArePagedByDesaKindAndStatus() {
        Upstream first = assessedIn(DESA);
        Upstream second = assessedIn(DESA);

        var all = list(Auth.dinsos(), "desa=" + DESA + "&kind=EDUCATION&status=IDENTIFIED&size=200").statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> items = all.getList("items");
        assertThat(items).extracting(i -> i.get("householdId"))
                .contains(first.householdId.toString(), second.householdId.toString());
        assertThat(items).allSatisfy(i -> assertThat(i).containsEntry("kind", "EDUCATION").containsEntry("desaCode", DESA));
        long total = all.getLong("total");
        assertThat(total).isEqualTo(items.size());

        var page = list(Auth.operator(DESA), "kind=EDUCATION&size=1&page=1").statusCode(200).extract().jsonPath();
        assertThat(page.getList("items")).hasSize(1);
        assertThat(page.getLong("total")).isGreaterThanOrEqualTo(2);
        assertThat(page.getInt("page")).isEqualTo(1);
    }

    @Test
    void anOperatorListsItsOwnDesaOnlyAndOfficesAndPartnersAreRefused() {
        assessedIn(DESA);

        list(Auth.operator(Upstream.OTHER_DESA), "desa=" + DESA).statusCode(404);
        var own = list(Auth.operator(Upstream.OTHER_DESA), "size=200").statusCode(200).extract().jsonPath();
        assertThat(own.getList("items.desaCode", String.class)).allMatch(Upstream.OTHER_DESA::equals);
        list(Auth.opd("DPUPR"), "desa=" + DESA).statusCode(403);
        list(Auth.partner(UUID.randomUUID()), "desa=" + DESA).statusCode(403);
        given().get("/needs").then().statusCode(401);
    }

    @Test
    void eachParameterIsCheckedAndNamed() {
        list(Auth.dinsos(), "desa=33.99.99.9999&kind=BICYCLES&status=LOST&page=-1&size=201").statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("desa")).body("errors.rule", hasItem("desa-unknown"))
                .body("errors.rule", hasItem("kind-unknown")).body("errors.rule", hasItem("need-status-unknown"))
                .body("errors.rule", hasItem("page-out-of-range")).body("errors.rule", hasItem("size-out-of-range"));
    }
}
