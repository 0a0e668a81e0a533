package id.desatumis.monitoring;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * A headless Chromium on the dashboard, through Selenium, with what the browser tests read: figures and tables by
 * their data attributes, the console, the bytes transferred, downloaded files. One fresh profile (no cache, no
 * cookies) per instance.
 */
final class DashboardBrowser implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final URI base;
    private final Path profile;
    private final Path downloads;
    final ChromeDriver driver;

    private DashboardBrowser(URI base, boolean phone) throws IOException {
        Chromium.assumeInstalled();
        this.base = base;
        this.profile = Files.createTempDirectory("dasbor-chromium");
        this.downloads = Files.createDirectories(profile.resolve("unduhan"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Chromium.BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-extensions", "--disable-background-networking", "--disable-sync",
                "--disable-component-update", "--lang=id-ID", "--user-data-dir=" + profile.resolve("profil"),
                phone ? "--window-size=390,844" : "--window-size=1280,1400");
        if (phone) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "mobile", true, "touch", true)));
        }
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Chromium.DRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    static DashboardBrowser desktop(URI base) throws IOException {
        return new DashboardBrowser(base, false);
    }

    static DashboardBrowser phone(URI base) throws IOException {
        return new DashboardBrowser(base, true);
    }

    DashboardBrowser open(String path) {
        driver.get(base.resolve(path).toString());
        return this;
    }

    /** Signs in through the login page, as a person would: pastes the token and submits. */
    DashboardBrowser signIn(String token) {
        open("/dasbor/masuk.html");
        return pasteToken(token);
    }

    /** On the login page the browser is on: pastes the token and submits. */
    DashboardBrowser pasteToken(String token) {
        WebElement field = until(d -> d.findElement(By.name("token")));
        field.sendKeys(token);
        driver.findElement(By.cssSelector("#masuk button[type=submit]")).click();
        until(d -> !d.getCurrentUrl().contains("masuk.html"));
        return this;
    }

    /** Waits until the page has loaded its figures at least {@code times} times (a live refresh counts one more). */
    DashboardBrowser loaded(int times) {
        until(d -> {
            Object n = js("return document.body.dataset.loaded || '0'");
            return Integer.parseInt(String.valueOf(n)) >= times;
        });
        return this;
    }

    DashboardBrowser loaded() {
        return loaded(1);
    }

    /** Waits until the live stream is open. */
    DashboardBrowser live() {
        until(d -> "open".equals(js("return document.body.dataset.live || ''")));
        return this;
    }

    <T> T until(Function<ChromeDriver, T> condition) {
        try {
            return new WebDriverWait(driver, PATIENCE).until(d -> condition.apply(driver));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the page did not get there: " + driver.getCurrentUrl() + ", console: "
                    + driver.manage().logs().get(LogType.BROWSER).getAll() + ", page: "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A figure's raw value (data-value of [data-field=...]), or null when the page shows none. */
    String figure(String field) {
        return (String) js("const e = document.querySelector(`[data-field='${arguments[0]}']`);"
                + " return e ? e.dataset.value : null", field);
    }

    /**
     * A table's rows, each a map of field (data-key) to raw value (data-value), in the order shown; read in one
     * script, so a live refresh cannot change the table halfway through.
     */
    @SuppressWarnings("unchecked")
    List<Map<String, String>> table(String name) {
        Object rows = js("return [...document.querySelectorAll(`table[data-table='${arguments[0]}'] tbody tr[data-row]`)]"
                + ".map(tr => Object.fromEntries([...tr.querySelectorAll('td[data-key]')]"
                + ".map(td => [td.dataset.key, td.dataset.value])))", name);
        List<Map<String, String>> out = new ArrayList<>();
        for (Object row : (List<Object>) rows) out.add(new LinkedHashMap<>((Map<String, String>) row));
        return out;
    }

    boolean refused() {
        return !driver.findElements(By.cssSelector("[data-refusal]")).isEmpty();
    }

    /** Clicks the table's "Unduh CSV" and returns the file saved. */
    String downloadCsv(String button) throws IOException {
        clear(downloads);
        driver.findElement(By.cssSelector("button[data-csv='" + button + "']")).click();
        Path file = until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The browser console's errors since the last call (network failures included). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::toString).toList();
    }

    /**
     * Bytes transferred for the page so far: the document and every resource (Resource Timing's transferSize: the
     * compressed size on the wire with headers; a size, not a timing).
     */
    long transferred() {
        Object n = js("return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                + ".reduce((t, e) => t + (e.transferSize || 0), 0)");
        return ((Number) n).longValue();
    }

    /** The whole page, not only the window: the window is made as tall as the page for the shot. */
    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Dimension window = driver.manage().window().getSize();
        long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 200, 6000)));
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        clear(profile);
        Files.deleteIfExists(profile);
    }

    private static void clear(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
        }
    }
}
