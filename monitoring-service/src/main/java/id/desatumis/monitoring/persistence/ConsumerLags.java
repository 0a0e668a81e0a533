package id.desatumis.monitoring.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each generation's consumer lag (records on its topics not applied yet: end offsets minus positions over every
 * partition it reads), kept in memory by the one measuring it after each poll, so that a query never waits for Kafka.
 */
@ApplicationScoped
public class ConsumerLags {

    /** Not measured (yet, or any more): no loop of this instance reads the generation. */
    public static final long UNKNOWN = -1;

    private final Map<Integer, Long> lags = new ConcurrentHashMap<>();

    public void measured(int generation, long lag) {
        lags.put(generation, lag);
    }

    public void forget(int generation) {
        lags.remove(generation);
    }

    public long of(int generation) {
        return lags.getOrDefault(generation, UNKNOWN);
    }
}
