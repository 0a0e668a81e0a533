package id.desatumis.partner.views;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.partner.Auth;
import id.desatumis.partner.domain.PartnerType;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

/** GET /partners and /partners/{id}: paged by type, with freshness; a partner's or an office's token sees its own. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class PartnerQueryApiTest {

    @Inject
    Streams streams;
    @Inject
    ViewsDb db;

    @Test
    void partnersOfATypeComePagedByNameWithTheirTotalAndTheReadModelsFreshness() {
        List<UUID> ours = new ArrayList<>();
        for (int i = 0; i < 3; i++) ours.add(streams.registered(PartnerType.BUMD, "BUMD " + i + " " + UUID.randomUUID(), null));
        UUID other = streams.registered(PartnerType.NGO, "NGO " + UUID.randomUUID(), null);
        db.awaitProjected("partner-" + other);

        long total = given().header("Authorization", Auth.tkpkd()).get("/partners?type=BUMD&size=1").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(1)).body("items.size()", equalTo(1))
                .body("freshness.lastEventAt", notNullValue()).body("freshness.eventsBehind", notNullValue())
                .header("X-Projection-Events-Behind", notNullValue()).header("X-Projection-Last-Event-At", notNullValue())
                .extract().jsonPath().getLong("total");
        assertThat(total).isGreaterThanOrEqualTo(3);

        List<String> seen = new ArrayList<>();
        for (int page = 0; page * 2 < total; page++) {
            JsonPath body = given().header("Authorization", Auth.dinsos()).get("/partners?type=BUMD&size=2&page=" + page)
                    .then().statusCode(200).body("total", equalTo((int) total)).extract().jsonPath();
            seen.addAll(body.getList("items.partnerId"));
            assertThat(body.getList("items.type", String.class)).containsOnly("BUMD");
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize((int) total)
                .containsAll(ours.stream().map(UUID::toString).toList()).doesNotContain(other.toString());
        // by name: ours ("BUMD 0 ...", "BUMD 1 ...", "BUMD 2 ...") in that order, whatever the database's collation
        assertThat(seen.stream().filter(id -> ours.contains(UUID.fromString(id))).toList())
                .containsExactlyElementsOf(ours.stream().map(UUID::toString).toList());
    }

    @Test
    void onePartnerWithItsStatusAndFreshness() {
        UUID opd = streams.registered(PartnerType.OPD, "Dinas Pendidikan", "DISDIK-" + UUID.randomUUID());
        db.awaitProjected("partner-" + opd);
        given().header("Authorization", Auth.auditor()).get("/partners/" + opd).then().statusCode(200)
                .body("partnerId", equalTo(opd.toString())).body("type", equalTo("OPD"))
                .body("name", equalTo("Dinas Pendidikan")).body("status", equalTo("ACTIVE")).body("version", equalTo(1))
                .body("contactRole", equalTo("Kepala Bidang")).body("freshness.eventsBehind", notNullValue());
        given().header("Authorization", Auth.dinsos()).get("/partners/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aPartnerOrOfficeTokenSeesItsOwnPartnerOnlyAndOthersAreAbsent() {
        String opdCode = "DINKES-" + UUID.randomUUID();
        UUID office = streams.registered(PartnerType.OPD, "Dinas Kesehatan", opdCode);
        UUID csr = streams.registered(PartnerType.CSR, "PT Pabrik Gula", null);
        db.awaitProjected("partner-" + office, "partner-" + csr);

        given().header("Authorization", Auth.partner(csr)).get("/partners").then().statusCode(200)
                .body("total", equalTo(1)).body("items.partnerId", equalTo(List.of(csr.toString())));
        given().header("Authorization", Auth.partner(csr)).get("/partners?type=OPD").then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", Auth.partner(csr)).get("/partners/" + csr).then().statusCode(200);
        given().header("Authorization", Auth.partner(csr)).get("/partners/" + office).then().statusCode(404);
        given().header("Authorization", Auth.opd(opdCode)).get("/partners").then().statusCode(200)
                .body("items.partnerId", equalTo(List.of(office.toString())));
        given().header("Authorization", Auth.opd(opdCode)).get("/partners/" + office).then().statusCode(200);
        given().header("Authorization", Auth.opd(opdCode)).get("/partners/" + csr).then().statusCode(404);
        // a token whose partner is not registered sees none
        given().header("Authorization", Auth.partner(UUID.randomUUID())).get("/partners").then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", Auth.opd("NO-SUCH-OFFICE")).get("/partners/" + office).then().statusCode(404);
    }

    @Test
    void programmeStaffAndVillageOperatorsReadEveryPartnerAndThePublicNothing() {
        UUID csr = streams.registered(PartnerType.CSR, "PLN UP3 Sragen", null);
        db.awaitProjected("partner-" + csr);
        for (String token : List.of(Auth.dinsos(), Auth.tkpkd(), Auth.auditor(), Auth.operator("33.14.07.2003"))) {
            given().header("Authorization", token).get("/partners/" + csr).then().statusCode(200);
            given().header("Authorization", token).get("/partners").then().statusCode(200);
        }
        given().get("/partners").then().statusCode(401).contentType("application/problem+json");
        given().get("/partners/" + csr).then().statusCode(401);
    }

    @Test
    void badParametersAreNamedWithTheirRule() {
        given().header("Authorization", Auth.dinsos()).get("/partners?type=SULTAN").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("type"))
                .body("errors[0].rule", equalTo("partner-type-unknown"));
        given().header("Authorization", Auth.dinsos()).get("/partners?page=-1&size=201").then().statusCode(400)
                .body("errors.field", hasItems("page", "size"))
                .body("errors.rule", hasItems("page-out-of-range", "size-out-of-range"));
        given().header("Authorization", Auth.dinsos()).get("/partners?page=x&size=0").then().statusCode(400)
                .body("errors.field", hasItems("page", "size"));
        given().header("Authorization", Auth.dinsos()).get("/partners?size=1.5").then().statusCode(400)
                .body("errors[0].rule", equalTo("size-out-of-range"));
        // an id that is no UUID names nothing, as the commands answer it too
        given().header("Authorization", Auth.dinsos()).get("/partners/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", Auth.dinsos()).get("/partners?size=200&page=0").then().statusCode(200);
    }
}
