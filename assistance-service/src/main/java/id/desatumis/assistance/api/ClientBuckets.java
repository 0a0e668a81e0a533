package id.desatumis.assistance.api;

import id.desatumis.assistance.config.StatusLookupSettings;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address, in memory and bounded: each address may make {@code requests} lookups at once and
 * gets them back at that many per period. The least recently seen address is forgotten past {@code maxClients} (so a
 * flood of distinct addresses weakens the limit rather than exhausting memory). Per instance: several instances each
 * allow as much.
 */
@Singleton
public class ClientBuckets {

    private final int capacity;
    private final double perNano;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets;

    @Inject
    public ClientBuckets(StatusLookupSettings settings) {
        this(settings.requests(), settings.period().toNanos(), settings.maxClients(), System::nanoTime);
    }

    ClientBuckets(int capacity, long periodNanos, int maxClients, LongSupplier clock) {
        this.capacity = capacity;
        this.perNano = (double) capacity / periodNanos;
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** Takes one lookup for the address: empty when granted, else the seconds until the next one is. */
    public synchronized OptionalLong take(String address) {
        long now = clock.getAsLong();
        Bucket b = buckets.computeIfAbsent(address, a -> new Bucket(capacity, now));
        b.tokens = Math.min(capacity, b.tokens + (now - b.at) * perNano);
        b.at = now;
        if (b.tokens >= 1) {
            b.tokens -= 1;
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - b.tokens) / perNano / 1e9)));
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
