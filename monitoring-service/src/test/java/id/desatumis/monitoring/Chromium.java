package id.desatumis.monitoring;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the browser tests find Debian's Chromium and its driver ({@code apt-get install -y chromium chromium-driver};
 * {@code CHROMIUM} and {@code CHROMEDRIVER} point elsewhere). Without them the browser tests do not run, and say so
 * loudly: an assumption failure naming the install command, and a banner on stderr.
 */
final class Chromium {

    static final Path BINARY = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final String MISSING = "THE DASHBOARD'S BROWSER TESTS DID NOT RUN: Chromium or chromedriver is missing ("
            + BINARY + ", " + DRIVER + "). Install them with: apt-get install -y chromium chromium-driver";

    private static boolean warned;

    private Chromium() {
    }

    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /** Skips the calling test, loudly, when Chromium is not installed. */
    static void assumeInstalled() {
        if (!installed()) {
            banner();
            Assumptions.assumeTrue(false, MISSING);
        }
    }

    private static synchronized void banner() {
        if (warned) return;
        warned = true;
        String bar = "!".repeat(100);
        System.err.println("\n" + bar + "\n!! " + MISSING + "\n" + bar + "\n");
    }
}
