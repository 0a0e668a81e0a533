package id.desatumis.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The operator's way out of a parked stream (platform-kit's relay; the parking itself is proven in platform-kit's
 * UnmappableEventTest): Dinas Sosial and the auditor read what is parked, only Dinas Sosial asks for a release.
 */
@QuarkusTest
class ParkedStreamsApiTest {

    static final String LIST = "/admin/relay/parked-streams";

    @Test
    void dinsosAndTheAuditorReadWhatIsParkedAndNoOneElse() {
        given().get(LIST).then().statusCode(401).contentType("application/problem+json");
        for (String token : List.of(Auth.dinsos(), Auth.role("auditor"))) {
            given().header("Authorization", token).get(LIST).then().statusCode(200).contentType("application/json");
        }
        for (String token : List.of(Auth.role("tkpkd"), Auth.role("opd"), Auth.role("partner"), Auth.operator(People.DESA_A))) {
            given().header("Authorization", token).get(LIST).then().statusCode(403)
                    .body("type", equalTo("/problems/forbidden"));
        }
    }

    @Test
    void onlyDinsosAsksForAReleaseAndOfAParkedStreamOnly() {
        String release = LIST + "/household-00000000-0000-0000-0000-000000000000/release";
        given().post(release).then().statusCode(401);
        for (String token : List.of(Auth.role("auditor"), Auth.role("tkpkd"), Auth.operator(People.DESA_A))) {
            given().header("Authorization", token).post(release).then().statusCode(403);
        }
        given().header("Authorization", Auth.dinsos()).post(release).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
    }
}
