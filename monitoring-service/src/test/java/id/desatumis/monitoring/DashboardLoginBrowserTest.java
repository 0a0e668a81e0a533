package id.desatumis.monitoring;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's login and logout in a real browser: the token pasted once, then only an HttpOnly cookie. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class DashboardLoginBrowserTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aPastedTokenSignsInAndSigningOutSignsOut() throws Exception {
        String token = DevStack.shared().tokens().builder("auditor-bpk").role("auditor").validFor(1800).sign();
        try (DashboardBrowser browser = DashboardBrowser.desktop(base)) {
            browser.open("/dasbor/aktor.html");
            browser.until(d -> d.getCurrentUrl().contains("/dasbor/masuk.html?lanjut=%2Fdasbor%2Faktor.html"));
            browser.pasteToken(token);
            browser.until(d -> d.getCurrentUrl().endsWith("/dasbor/aktor.html"));
            assertThat(browser.until(d -> d.findElement(By.id("pengguna"))).getText()).contains("auditor-bpk", "Auditor");
            // the token is nowhere a script could read it
            assertThat(browser.js("return document.cookie")).asString().doesNotContain(token.substring(0, 20));
            assertThat(browser.js("return localStorage.length + sessionStorage.length")).isEqualTo(0L);
            assertThat(browser.driver.manage().getCookieNamed("dasbor").isHttpOnly()).isTrue();
            assertThat(browser.driver.manage().getCookieNamed("dasbor").getSameSite()).isEqualTo("Strict");

            browser.driver.findElement(By.id("keluar")).click();
            browser.until(d -> d.getCurrentUrl().endsWith("/dasbor/masuk.html"));
            assertThat(browser.driver.manage().getCookieNamed("dasbor")).isNull();
            browser.open("/dasbor/aktor.html");
            browser.until(d -> d.getCurrentUrl().contains("/dasbor/masuk.html"));
        }
    }

    @Test
    void aTokenThatIsNotValidIsRefusedOnTheLoginPage() throws Exception {
        try (DashboardBrowser browser = DashboardBrowser.desktop(base)) {
            browser.open("/dasbor/masuk.html");
            browser.until(d -> d.findElement(By.name("token"))).sendKeys("bukan.token.sah");
            browser.driver.findElement(By.cssSelector("#masuk button[type=submit]")).click();
            String message = browser.until(d -> {
                String text = d.findElement(By.id("salah")).getText();
                return text.isEmpty() ? null : text;
            });
            assertThat(message).startsWith("Token tidak dapat dipakai");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/dasbor/masuk.html");
            assertThat(browser.driver.manage().getCookieNamed("dasbor")).isNull();
        }
    }

    @Test
    void theLoginPageIsLightAndClean() throws Exception {
        try (DashboardBrowser browser = DashboardBrowser.desktop(base)) {
            browser.open("/dasbor/masuk.html");
            browser.until(d -> d.findElement(By.name("token")));
            long bytes = browser.transferred();
            System.out.printf("dasbor: the login page's first view transferred %,d bytes%n", bytes);
            assertThat(bytes).isPositive().isLessThan(500_000);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
