package id.desatumis.assistance.needs;

import id.desatumis.contracts.registry.ReferenceCodes;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public status lookup over REST: a household's kinds and stages by its reference code; unknown, mistyped and
 * replaced codes answered alike; the rate limit per client address (tests name theirs in X-Forwarded-For, which the
 * test profile trusts; the limit is 3 an hour there).
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class StatusLookupApiTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @BeforeAll
    static void topics() throws Exception {
        Upstream.topicsExist();
    }

    /** A client address of its own, so that each test has its own bucket. */
    static String client() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51.100." + n + ", 10.0.0." + (n % 250 + 1);
    }

    static Response lookUp(String client, String code) {
        return given().header("X-Forwarded-For", client).header("X-Correlation-Id", "lookup-test")
                .contentType("application/json").body(Map.of("referenceCode", code)).post("/status-lookups");
    }

    /** A household with needs, once its code is known here. */
    static Upstream withCode(String code) {
        Upstream h = new Upstream();
        h.needsIdentified(Upstream.house(), h.school());
        h.codeIssued(ReferenceCodes.hash(code));
        Needs.once(h.householdId, j -> j.getList("needs").size() == 2);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> lookUp(client(), code).statusCode() == 200);
        return h;
    }

    @Test
    void aHouseholdReadsItsNeedsAsKindsAndStagesOnly() {
        String code = Codes.issue();
        withCode(code);

        Response answer = lookUp(client(), Codes.printed(code));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        List<Map<String, Object>> needs = answer.jsonPath().getList("needs");
        assertThat(needs).containsExactlyInAnyOrder(Map.of("kind", "EDUCATION", "stage", "IDENTIFIED"),
                Map.of("kind", "HOUSE_REPAIR", "stage", "IDENTIFIED"));
        assertThat(answer.jsonPath().getBoolean("allNeedsMet")).isFalse();
        assertThat(answer.asString()).doesNotContain("Id\"", "memberId", "rupiah");
    }

    @Test
    void unknownMistypedAndMalformedCodesGetTheSameAnswerByteForByte() {
        String code = Codes.issue();
        withCode(code);

        Response unknown = lookUp(client(), Codes.issue());
        Response wrongCheck = lookUp(client(), Codes.wrongCheck(code));
        Response malformed = lookUp(client(), "not a code at all");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(wrongCheck.statusCode()).isEqualTo(unknown.statusCode());
        assertThat(malformed.statusCode()).isEqualTo(unknown.statusCode());
        assertThat(wrongCheck.asByteArray()).isEqualTo(unknown.asByteArray());
        assertThat(malformed.asByteArray()).isEqualTo(unknown.asByteArray());
        assertThat(unknown.contentType()).isEqualTo(wrongCheck.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aReissuedCodeReplacesTheOldOneWhichStopsWorking() {
        String lost = Codes.issue();
        Upstream h = withCode(lost);
        String fresh = Codes.issue();

        h.codeIssued(ReferenceCodes.hash(fresh));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> lookUp(client(), fresh).statusCode() == 200);
        assertThat(lookUp(client(), lost).asByteArray()).isEqualTo(lookUp(client(), Codes.issue()).asByteArray());
    }

    @Test
    void aClientPastItsLimitIsRefusedWith429AndRetryAfterWhileOthersAreNot() {
        String client = client();
        for (int i = 0; i < 3; i++) assertThat(lookUp(client, Codes.issue()).statusCode()).isEqualTo(404);

        Response refused = lookUp(client, Codes.issue());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("/problems/too-many-lookups");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(lookUp(client(), Codes.issue()).statusCode()).isEqualTo(404);
    }

    @Test
    void aLookupWithoutACodeIsRefusedNamingTheField() {
        given().header("X-Forwarded-For", client()).contentType("application/json").body("{}").post("/status-lookups")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("X-Forwarded-For", client()).contentType("application/json")
                .body(Map.of("referenceCode", "A".repeat(65))).post("/status-lookups").then().statusCode(400);
        given().header("X-Forwarded-For", client()).contentType("application/json").body("{\"referenceCode\":")
                .post("/status-lookups").then().statusCode(400);
    }
}
