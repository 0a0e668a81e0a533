package id.desatumis.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Likely duplicates are accepted and flagged; Dinas Sosial resolves each flag once, with a reason. */
@QuarkusTest
class DuplicateReviewApiTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> member(Map<String, Object> body, int i) {
        return ((List<Map<String, Object>>) body.get("members")).get(i);
    }

    private static Response register(Map<String, Object> body) {
        return given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(body).post("/households");
    }

    @Test
    void theSameNameAndBirthDateInADesaIsFlaggedAndResolvedOnce() {
        String desa = "33.14.03.2002";
        var first = People.household(desa);
        member(first, 1).put("name", "Sri Wahyuni");
        String firstId = register(first).then().statusCode(201).extract().path("householdId");

        var second = People.household(desa);
        member(second, 1).put("name", "  SRI  Wahyuní ");
        member(second, 1).put("birthDate", member(first, 1).get("birthDate"));
        member(second, 1).put("nik", member(first, 1).get("nik").toString().substring(0, 12) + "9" + "876");
        Response created = register(second);
        created.then().statusCode(201);
        List<String> flags = created.jsonPath().getList("likelyDuplicateFlags");
        assertThat(flags).hasSize(1);

        given().header("Authorization", Auth.dinsos()).get("/duplicate-flags?desaCode=" + desa).then().statusCode(200)
                .body("flagId", hasItem(flags.get(0)))
                .body("find { it.flagId == '" + flags.get(0) + "' }.otherHouseholdId", equalTo(firstId))
                .body("find { it.flagId == '" + flags.get(0) + "' }.reason", equalTo("same-name-and-birth-date"));
        given().header("Authorization", Auth.operator(desa)).get("/duplicate-flags?desaCode=" + desa).then().statusCode(403);

        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("outcome", "dismissed", "reason", "kakak beradik, orang yang berbeda"))
                .post("/duplicate-flags/" + flags.get(0) + "/resolution").then().statusCode(200);
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("outcome", "merged", "reason", "lagi"))
                .post("/duplicate-flags/" + flags.get(0) + "/resolution").then().statusCode(409)
                .body("type", equalTo("/problems/flag-resolved"));
        given().header("Authorization", Auth.dinsos()).get("/duplicate-flags?desaCode=" + desa + "&status=dismissed")
                .then().body("flagId", hasItem(flags.get(0)));
        given().header("Authorization", Auth.dinsos()).get("/households/" + created.jsonPath().getString("householdId") + "/history")
                .then().body("type", hasItem("LikelyDuplicateFlagged")).body("type", hasItem("DuplicateFlagResolved"));
    }

    @Test
    void aReviewersReasonDoesNotOutliveTheErasureOfThePeopleItIsAbout() {
        String desa = "33.14.03.2003";
        var first = People.household(desa);
        String firstId = register(first).then().statusCode(201).extract().path("householdId");
        var second = People.household(desa);
        member(second, 1).put("name", member(first, 1).get("name"));
        member(second, 1).put("birthDate", member(first, 1).get("birthDate"));
        Response created = register(second);
        String secondId = created.jsonPath().getString("householdId");
        String flag = created.jsonPath().<String>getList("likelyDuplicateFlags").get(0);
        String words = "kembar Ibu Zubaidah " + UUID.randomUUID();
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("outcome", "dismissed", "reason", words))
                .post("/duplicate-flags/" + flag + "/resolution").then().statusCode(200);
        given().header("Authorization", Auth.dinsos()).get("/duplicate-flags?desaCode=" + desa + "&status=dismissed")
                .then().body("find { it.flagId == '" + flag + "' }.resolutionReason", equalTo(words));

        // the person alone: the flag stays (ids, outcome), the words go
        String memberId = given().header("Authorization", Auth.dinsos())
                .get("/households/" + secondId).then().statusCode(200).extract().path("members[1].memberId");
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("legalBasis", "UU 27/2022 pasal 8"))
                .post("/households/" + secondId + "/members/" + memberId + "/erasure").then().statusCode(200);
        given().header("Authorization", Auth.dinsos()).get("/duplicate-flags?desaCode=" + desa + "&status=dismissed")
                .then().body("find { it.flagId == '" + flag + "' }.status", equalTo("dismissed"))
                .body("find { it.flagId == '" + flag + "' }.resolutionReason", nullValue());

        // the household: its flags go
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(Map.of("legalBasis", "UU 27/2022 pasal 8")).post("/households/" + firstId + "/erasure").then().statusCode(200);
        given().header("Authorization", Auth.dinsos()).get("/duplicate-flags?desaCode=" + desa + "&status=dismissed")
                .then().body("flagId", not(hasItem(flag)));
    }

    @Test
    void aMemberAddedLaterWhoLooksLikeSomeoneRegisteredIsFlaggedAndTheHouseholdListedAsFlagged() {
        String desa = "33.14.03.2003";
        var first = People.household(desa);
        register(first).then().statusCode(201);
        String secondId = register(People.household(desa)).then().statusCode(201).extract().path("householdId");
        var lookalike = People.member("OTHER_RELATIVE", "F", java.time.LocalDate.parse((String) member(first, 2).get("birthDate")));
        lookalike.put("name", member(first, 2).get("name"));
        Response added = given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON).body(lookalike)
                .post("/households/" + secondId + "/members");
        added.then().statusCode(200);
        assertThat(added.jsonPath().getList("likelyDuplicateFlags")).hasSize(1);
        given().header("Authorization", Auth.dinsos()).get("/households?desaCode=" + desa + "&flagged=true").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].householdId", equalTo(secondId));
        given().header("Authorization", Auth.dinsos()).get("/households?desaCode=" + desa + "&flagged=false").then()
                .statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aNikOneTranspositionAwayFromARegisteredOneIsFlagged() {
        var first = People.household(People.DESA_A);
        register(first).then().statusCode(201);
        String nik = member(first, 0).get("nik").toString();
        // swap two different digits of the serial: the date stays valid, the NIK is one slip away
        char[] c = nik.toCharArray();
        int i = c[14] != c[15] ? 14 : c[13] != c[14] ? 13 : 12;
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        var second = People.household(People.DESA_A);
        member(second, 0).put("nik", new String(c));
        member(second, 0).put("birthDate", member(first, 0).get("birthDate"));
        member(second, 0).put("name", "Nama Lain Sekali");
        Response created = register(second);
        created.then().statusCode(201);
        assertThat(created.jsonPath().getList("likelyDuplicateFlags")).hasSize(1);
        given().header("Authorization", Auth.dinsos()).get("/duplicate-flags?desaCode=" + People.DESA_A).then()
                .body("reason", hasItem("nik-transposition"));
    }
}
