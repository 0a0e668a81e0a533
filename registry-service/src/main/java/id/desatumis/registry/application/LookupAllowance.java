package id.desatumis.registry.application;

import id.desatumis.kit.api.ProblemException;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Caller;
import id.desatumis.registry.config.LookupSettings;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each caller's allowance of lookups by NIK or KK number, in windows of a minute, held by this instance (behind a
 * load balancer of n instances a caller gets up to n times as many). A request past the allowance is refused whole,
 * 429 with Retry-After, and still counts: a caller that keeps asking stays refused until the window turns.
 */
@ApplicationScoped
public class LookupAllowance {

    private static final int WINDOWS_KEPT = 10_000;

    private record Window(long minute, long used) {
    }

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public LookupAllowance(LookupSettings settings, Clock clock) {
        this.perMinute = settings.perMinute();
        this.clock = clock;
    }

    /** Takes {@code identifiers} lookups from the caller's allowance, or refuses the request with 429. */
    public void take(Caller caller, int identifiers) {
        long now = clock.millis();
        long minute = now / 60_000;
        if (windows.size() > WINDOWS_KEPT) windows.values().removeIf(w -> w.minute() < minute);
        Window window = windows.compute(caller.subject(), (who, w) -> w == null || w.minute() != minute
                ? new Window(minute, identifiers) : new Window(minute, w.used() + identifiers));
        if (window.used() > perMinute) {
            long retryAfter = Math.max(1, 60 - (now / 1000) % 60);
            throw new ProblemException(Problems.TOO_MANY_REQUESTS, "at most " + perMinute
                    + " NIK or KK numbers a minute per caller; this request would make " + window.used(), List.of(),
                    Map.of("retryAfterSeconds", retryAfter), Map.of("Retry-After", Long.toString(retryAfter)));
        }
    }
}
