package id.desatumis.monitoring;

import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The dashboard's files: served without a login, compressed, with the libraries from their WebJars. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class DashboardPagesTest {

    @Test
    void thePagesAreServedCompressedAndKeptToTheirOwnScripts() {
        for (String page : new String[]{"/dasbor/", "/dasbor/desa.html", "/dasbor/aktor.html", "/dasbor/kolaborasi.html",
                "/dasbor/laporan.html", "/dasbor/masuk.html"}) {
            given().header("Accept-Encoding", "gzip").get(page).then().statusCode(200)
                    .contentType(startsWith("text/html")).header("Content-Encoding", equalTo("gzip"))
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .body(containsString("<html lang=\"id\">"));
        }
    }

    @Test
    void theBareAddressLeadsToTheDashboard() {
        given().redirects().follow(false).get("/dasbor").then().statusCode(301)
                .header("Location", org.hamcrest.Matchers.endsWith("/dasbor/"));
    }

    @Test
    void theLibrariesComeFromTheirWebJarsWithoutAVersionInThePath() {
        given().header("Accept-Encoding", "gzip").get("/webjars/chart.js/dist/chart.umd.min.js").then().statusCode(200)
                .header("Content-Encoding", equalTo("gzip"));
        given().header("Accept-Encoding", "gzip").get("/webjars/picocss__pico/css/pico.min.css").then().statusCode(200)
                .contentType(startsWith("text/css")).header("Content-Encoding", equalTo("gzip"));
        given().get("/dasbor/js/desa.js").then().statusCode(200).contentType(containsString("javascript"));
    }
}
