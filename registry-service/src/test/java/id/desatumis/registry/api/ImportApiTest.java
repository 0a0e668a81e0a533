package id.desatumis.registry.api;

import id.desatumis.devstack.NationalListGenerator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The national list imported with known flaws: exact counts, refused rows named, and a second run adds nothing. */
@QuarkusTest
class ImportApiTest {

    @Inject
    Pool pool;

    static final List<String> DESA = List.of("33.14.11.2001", "33.14.11.2002", "33.14.12.2001", "33.14.12.2002");

    static Response submit(String csv) {
        return given().header("Authorization", Auth.dinsos()).contentType("text/csv").body(csv).post("/imports");
    }

    static Response finished(String location) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() ->
                List.of("done", "failed").contains(given().header("Authorization", Auth.dinsos()).get(location)
                        .then().extract().<String>path("status")));
        return given().header("Authorization", Auth.dinsos()).get(location + "?size=1000");
    }

    @Test
    void anExtractWithFlawsIsImportedWithExactCountsAndASecondRunCreatesNothing() throws Exception {
        StringWriter csv = new StringWriter();
        NationalListGenerator.Expected expected = NationalListGenerator.write(csv, 3_000, 42, DESA);

        Response accepted = submit(csv.toString());
        accepted.then().statusCode(202).body("status", equalTo("received"));
        Response first = finished(accepted.header("Location"));
        first.then().statusCode(200).body("status", equalTo("done"))
                .body("rowsRead", equalTo(expected.rows()))
                .body("householdsCreated", equalTo(expected.householdsCreated()))
                .body("peopleCreated", equalTo(expected.peopleCreated()))
                .body("rowsRefused", equalTo(expected.rowsRefused()))
                .body("rowsFlagged", equalTo(expected.rowsFlagged()));
        assertThat(expected.rowsFlagged()).as("the file plants likely duplicates").isPositive();
        List<String> rules = first.jsonPath().getList("refusals.rule");
        assertThat(rules).contains("nik-serial-invalid", "desa-unknown", "kk-already-registered");
        assertThat(first.asString()).doesNotContain("Sutarno", "Dukuh");
        // a page far past the end is empty (its offset once overflowed an int into a negative: a 500)
        given().header("Authorization", Auth.dinsos()).get(accepted.header("Location") + "?page=2147483647&size=1000")
                .then().statusCode(200).body("refusals", hasSize(0));
        // each family got its reference code in the append that registered it
        long withoutCode = pool.preparedQuery("SELECT count(*) FROM household_index WHERE desa_code = ANY($1) "
                        + "AND NOT reference_code_issued").execute(Tuple.of(DESA.toArray(String[]::new)))
                .map(rows -> rows.iterator().next().getLong(0)).await().atMost(Duration.ofSeconds(10));
        assertThat(withoutCode).isZero();

        Response again = finished(submit(csv.toString()).then().statusCode(202).extract().header("Location"));
        again.then().body("status", equalTo("done")).body("householdsCreated", equalTo(0))
                .body("peopleCreated", equalTo(0)).body("rowsRefused", equalTo(expected.rows()));
    }

    @Test
    void onlyDinasSosialImportsAndAnEmptyFileIsRefused() {
        given().header("Authorization", Auth.operator(People.DESA_A)).contentType("text/csv").body("kk_number\n1")
                .post("/imports").then().statusCode(403);
        given().header("Authorization", Auth.dinsos()).contentType("text/csv").body("")
                .post("/imports").then().statusCode(400);
        given().header("Authorization", Auth.dinsos()).get("/imports/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }
}
