package id.desatumis.partner.matrix;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.TopicRecords;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.partner.Auth;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.PartnerType;
import id.desatumis.partner.persistence.Responsibilities;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static id.desatumis.partner.matrix.MatrixRequests.assign;
import static id.desatumis.partner.matrix.MatrixRequests.assignment;
import static id.desatumis.partner.matrix.MatrixRequests.clear;
import static id.desatumis.partner.matrix.MatrixRequests.clearance;
import static id.desatumis.partner.matrix.MatrixRequests.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The matrix over REST against the real database and Kafka. Each test works in cells (kind and area) of its own, with
 * dates far ahead where it sets a kecamatan or the regency, so no other test's lead of today is touched.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class MatrixApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Inject
    Pool pool;

    @Inject
    Responsibilities responsibilities;

    @Test
    void theMostSpecificLeadInForceAnswersWhoLeadsInADesaAndTheSagaAsksTheSame() {
        UUID regency = MatrixFixture.partner(pool, PartnerType.OPD);
        UUID kecamatan = MatrixFixture.partner(pool, PartnerType.BAZNAS);
        UUID desa = MatrixFixture.partner(pool, PartnerType.CSR);
        UUID helper = MatrixFixture.partner(pool, PartnerType.UNIVERSITY);
        String kind = "SKILLS_TRAINING";
        assign(Auth.tkpkd(), kind, "33.14", assignment(regency, List.of(), MatrixFixture.decision(pool, "33.14"), "2091-01-01"))
                .statusCode(201).header("ETag", "\"1\"").header("Location", "/matrix/SKILLS_TRAINING/33.14");
        assign(Auth.dinsos(), kind, "33.14.18", assignment(kecamatan, List.of(),
                MatrixFixture.decision(pool, "33.14.18"), "2091-01-01")).statusCode(201);
        String decision = MatrixFixture.decision(pool, "33.14.18.2003");
        assign(Auth.tkpkd(), kind, "33.14.18.2003", assignment(desa, List.of(helper), decision, "2091-01-01"))
                .statusCode(201).body("leadPartnerId", equalTo(desa.toString())).body("version", equalTo(1));

        get(Auth.tkpkd(), "/matrix/SKILLS_TRAINING/33.14.18.2003?at=2091-02-01").statusCode(200)
                .body("gap", equalTo(false)).body("areaName", equalTo("Blangu"))
                .body("lead.partnerId", equalTo(desa.toString())).body("lead.type", equalTo("CSR"))
                .body("lead.status", equalTo("ACTIVE")).body("supporting.partnerId", contains(helper.toString()))
                .body("decisionNumber", equalTo(decision)).body("effectiveFrom", equalTo("2091-01-01"))
                .body("fromAreaCode", equalTo("33.14.18.2003")).body("fromAreaLevel", equalTo("DESA"));
        get(Auth.tkpkd(), "/matrix/SKILLS_TRAINING/33.14.18.2004?at=2091-02-01").statusCode(200)
                .body("lead.partnerId", equalTo(kecamatan.toString())).body("fromAreaLevel", equalTo("KECAMATAN"));
        get(Auth.tkpkd(), "/matrix/SKILLS_TRAINING/33.14.19.2001?at=2091-02-01").statusCode(200)
                .body("lead.partnerId", equalTo(regency.toString())).body("fromAreaCode", equalTo("33.14"));
        get(Auth.tkpkd(), "/matrix/SKILLS_TRAINING/33.14.18?at=2091-02-01").statusCode(200)
                .body("lead.partnerId", equalTo(kecamatan.toString()));
        get(Auth.tkpkd(), "/matrix/SKILLS_TRAINING/33.14.18.2003?at=2090-12-31").statusCode(200)
                .body("gap", equalTo(true)).body("lead", nullValue());

        assertThat(leadOf(NeedKind.SKILLS_TRAINING, "33.14.18.2003", "2091-02-01")).contains(desa);
        assertThat(leadOf(NeedKind.SKILLS_TRAINING, "33.14.18.2005", "2091-02-01")).contains(kecamatan);
        assertThat(leadOf(NeedKind.SKILLS_TRAINING, "33.14.20.2001", "2091-02-01")).contains(regency);
        assertThat(leadOf(NeedKind.SKILLS_TRAINING, "33.14.18.2003", "2090-12-31")).isEmpty();
    }

    @Test
    void aClearedDesaLeadGivesWayToTheKecamatansAndTheHistoryKeepsWhoAnsweredWhen() {
        UUID kecamatan = MatrixFixture.partner(pool, PartnerType.OPD);
        UUID desa = MatrixFixture.partner(pool, PartnerType.LAZ);
        assign(Auth.tkpkd(), "EDUCATION", "33.14.19", assignment(kecamatan, List.of(),
                MatrixFixture.decision(pool, "33.14.19"), "2092-01-01")).statusCode(201);
        String assigned = MatrixFixture.decision(pool, "33.14.19.2002");
        assign(Auth.tkpkd(), "EDUCATION", "33.14.19.2002", assignment(desa, List.of(), assigned, "2092-01-01")).statusCode(201);
        String cleared = MatrixFixture.decision(pool, "33.14.19.2002");
        clear(Auth.dinsos(), "EDUCATION", "33.14.19.2002", clearance(cleared, "2092-06-01", "the LAZ left the programme"))
                .statusCode(200).header("ETag", "\"2\"").body("leadPartnerId", nullValue());

        get(Auth.auditor(), "/matrix/EDUCATION/33.14.19.2002?at=2092-03-01").statusCode(200)
                .body("lead.partnerId", equalTo(desa.toString()));
        get(Auth.auditor(), "/matrix/EDUCATION/33.14.19.2002?at=2092-06-01").statusCode(200)
                .body("lead.partnerId", equalTo(kecamatan.toString())).body("fromAreaCode", equalTo("33.14.19"));
        get(Auth.auditor(), "/matrix/EDUCATION/33.14.19.2002/history").statusCode(200).header("ETag", "\"2\"")
                .body("version", equalTo(2)).body("entries.change", contains("ASSIGNED", "CLEARED"))
                .body("entries[0].lead.partnerId", equalTo(desa.toString()))
                .body("entries[0].decisionNumber", equalTo(assigned)).body("entries[0].recordedBy", equalTo("sekretariat-tkpkd"))
                .body("entries[1].lead", nullValue()).body("entries[1].reason", equalTo("the LAZ left the programme"))
                .body("entries[1].decisionNumber", equalTo(cleared)).body("entries[1].effectiveFrom", equalTo("2092-06-01"))
                .body("entries[1].recordedBy", equalTo("staf-dinsos"));
    }

    @Test
    void aLeadAssignedFromAPastDayLeadsTodayByDefault() {
        UUID lead = MatrixFixture.partner(pool, PartnerType.PEMDES);
        assign(Auth.tkpkd(), "FOOD_ASSISTANCE", "33.14.18.2006", assignment(lead, List.of(),
                MatrixFixture.decision(pool, "33.14.18.2006"), "2026-01-01")).statusCode(201);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        get(Auth.tkpkd(), "/matrix/FOOD_ASSISTANCE/33.14.18.2006").statusCode(200)
                .body("at", equalTo(today.toString())).body("lead.partnerId", equalTo(lead.toString()));
        assertThat(responsibilities.leadOf(pool, NeedKind.FOOD_ASSISTANCE, "33.14.18.2006", today)
                .await().atMost(PATIENCE)).contains(lead);
    }

    @Test
    void ifMatchGuardsTheCellAndAnIdempotencyKeyReplaysTheFirstAnswer() {
        UUID first = MatrixFixture.partner(pool, PartnerType.NGO);
        UUID second = MatrixFixture.partner(pool, PartnerType.NGO);
        String decision = MatrixFixture.decision(pool, "33.14.18.2007");
        var body = assignment(first, List.of(), decision, "2093-01-01");
        String key = UUID.randomUUID().toString();
        given().header("Authorization", Auth.tkpkd()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/matrix/HEALTH_COVER/33.14.18.2007/assignments").then().statusCode(201);
        given().header("Authorization", Auth.tkpkd()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/matrix/HEALTH_COVER/33.14.18.2007/assignments").then().statusCode(201)
                .header("Idempotent-Replayed", "true").header("ETag", "\"1\"");
        given().header("Authorization", Auth.tkpkd()).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(assignment(second, List.of(), decision, "2093-02-01"))
                .post("/matrix/HEALTH_COVER/33.14.18.2007/assignments").then().statusCode(412)
                .body("currentVersion", equalTo(1));
        given().header("Authorization", Auth.tkpkd()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(assignment(second, List.of(first), decision, "2093-02-01"))
                .post("/matrix/HEALTH_COVER/33.14.18.2007/assignments").then().statusCode(200).header("ETag", "\"2\"");
        get(Auth.tkpkd(), "/matrix/HEALTH_COVER/33.14.18.2007/history").statusCode(200).body("entries.size()", equalTo(2));
    }

    @Test
    void theMatrixListsTheEntriesInForcePagedAndByKindOrActor() {
        UUID office = MatrixFixture.partner(pool, PartnerType.OPD);
        UUID other = MatrixFixture.partner(pool, PartnerType.BUMN);
        assign(Auth.tkpkd(), "ELECTRICITY", "33.14.20.2001", assignment(office, List.of(),
                MatrixFixture.decision(pool, "33.14.20.2001"), "2094-01-01")).statusCode(201);
        assign(Auth.tkpkd(), "SANITATION", "33.14.20.2002", assignment(other, List.of(office),
                MatrixFixture.decision(pool, "33.14.20.2002"), "2094-01-01")).statusCode(201);
        get(Auth.tkpkd(), "/matrix?at=2094-01-01&partnerId=" + office).statusCode(200).body("total", equalTo(2))
                .body("items.areaCode", containsInAnyOrder("33.14.20.2001", "33.14.20.2002"));
        get(Auth.tkpkd(), "/matrix?at=2094-01-01&partnerId=" + office + "&size=1&page=1").statusCode(200)
                .body("total", equalTo(2)).body("size", equalTo(1)).body("items.size()", equalTo(1));
        get(Auth.tkpkd(), "/matrix?at=2094-01-01&kind=SANITATION&partnerId=" + office).statusCode(200)
                .body("total", equalTo(1)).body("items[0].lead.partnerId", equalTo(other.toString()))
                .body("items[0].supporting[0].partnerId", equalTo(office.toString()))
                .body("items[0].areaName", equalTo("Ngepringan"));
        get(Auth.tkpkd(), "/matrix?at=2093-12-31&partnerId=" + office).statusCode(200).body("total", equalTo(0));
        get(Auth.tkpkd(), "/matrix?at=2094-01-01").statusCode(200).body("items.kind", everyItem(not(nullValue())));
    }

    @Test
    void gapsAreTheKindsAndAreasNobodyLeadsThereOrAbove() {
        UUID lead = MatrixFixture.partner(pool, PartnerType.OPD);
        String path = "/matrix/gaps?kind=BUSINESS_CAPITAL&within=33.14.20&at=2095-01-01";
        int areasOfJenar = 1 + 7;
        get(Auth.tkpkd(), path).statusCode(200).body("total", equalTo(areasOfJenar))
                .body("byKind.BUSINESS_CAPITAL", equalTo(areasOfJenar)).body("items[0].areaCode", equalTo("33.14.20"))
                .body("items[0].areaLevel", equalTo("KECAMATAN")).body("items[1].areaName", equalTo("Japoh"));
        get(Auth.tkpkd(), path + "&size=3&page=2").statusCode(200).body("items.size()", equalTo(2))
                .body("total", equalTo(areasOfJenar));
        assign(Auth.tkpkd(), "BUSINESS_CAPITAL", "33.14.20.2003", assignment(lead, List.of(),
                MatrixFixture.decision(pool, "33.14.20.2003"), "2095-01-01")).statusCode(201);
        get(Auth.tkpkd(), path).statusCode(200).body("total", equalTo(areasOfJenar - 1))
                .body("items.areaCode", not(hasItem("33.14.20.2003")));
        assign(Auth.tkpkd(), "BUSINESS_CAPITAL", "33.14.20", assignment(lead, List.of(),
                MatrixFixture.decision(pool, "33.14.20"), "2095-01-01")).statusCode(201);
        get(Auth.tkpkd(), path).statusCode(200).body("total", equalTo(0));
        get(Auth.tkpkd(), "/matrix/gaps?kind=BUSINESS_CAPITAL&within=33.14.20&at=2094-12-31").statusCode(200)
                .body("total", equalTo(areasOfJenar));
    }

    @Test
    void assignmentsAndClearingsArePublishedOnTheResponsibilityTopic() {
        UUID lead = MatrixFixture.partner(pool, PartnerType.BAZNAS);
        UUID helper = MatrixFixture.partner(pool, PartnerType.COMMUNITY);
        assign(Auth.tkpkd(), "HOUSE_REPAIR", "33.14.18.2005", assignment(lead, List.of(helper),
                MatrixFixture.decision(pool, "33.14.18.2005"), "2096-01-01")).statusCode(201);
        clear(Auth.tkpkd(), "HOUSE_REPAIR", "33.14.18.2005", clearance(MatrixFixture.decision(pool, "33.14.18.2005"),
                "2096-02-01", "Baznas moved its budget")).statusCode(200);
        var records = TopicRecords.withKey(PartnerTopics.RESPONSIBILITY, "responsibility-HOUSE_REPAIR-33.14.18.2005", 2,
                Duration.ofSeconds(60));
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_type"))
                .containsExactly("id.desatumis.partner.ResponsibilityAssigned.v1", "id.desatumis.partner.ResponsibilityCleared.v1");
        assertThat(TopicRecords.header(records.get(0), "ce_source")).isEqualTo("/desatumis/partner");
        assertThat(records.get(0).value()).contains("\"leadPartnerId\":\"" + lead + "\"")
                .contains("\"supportingPartnerIds\":[\"" + helper + "\"]").contains("\"effectiveFrom\":\"2096-01-01\"")
                .doesNotContain("sekretariat-tkpkd");
        assertThat(records.get(1).value()).contains("\"reason\":\"Baznas moved its budget\"")
                .contains("\"areaCode\":\"33.14.18.2005\"");
    }

    private Optional<UUID> leadOf(NeedKind kind, String desa, String day) {
        return responsibilities.leadOf(pool, kind, desa, LocalDate.parse(day)).await().atMost(PATIENCE);
    }
}
