package id.desatumis.monitoring;

import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URI;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** With an identity provider configured, the login page links its login beside the token field. */
@QuarkusTest
@TestProfile(DashboardLoginUrlTest.WithIdentityProvider.class)
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class DashboardLoginUrlTest {

    static final String LOGIN = "https://sso.sragenkab.example/realms/desatumis/account";

    public static class WithIdentityProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("desatumis.dashboard.login-url", LOGIN);
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Test
    void theSessionNamesTheIdentityProvidersLogin() {
        given().get("/dasbor/sesi").then().statusCode(200).body("signedIn", equalTo(false)).body("loginUrl", equalTo(LOGIN));
    }

    @Test
    void theLoginPageLinksIt() throws Exception {
        try (DashboardBrowser browser = DashboardBrowser.desktop(base)) {
            browser.open("/dasbor/masuk.html");
            assertThat(browser.until(d -> d.findElement(By.id("penyedia"))).getAttribute("href")).isEqualTo(LOGIN);
            assertThat(browser.driver.findElement(By.name("token")).isDisplayed()).isTrue();
        }
    }
}
