package id.desatumis.assistance.bench;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.ToLongFunction;

/**
 * One need's way through the programme as its client saw it, in {@link System#nanoTime()}: the plan sent and
 * answered, the intervention first seen RESOURCED (partner-service's answer applied), its delivery sent and answered,
 * its verification sent and answered.
 */
final class Journey {

    final UUID needId;
    volatile UUID interventionId;
    volatile String deliveryId;
    volatile long planSent;
    volatile long planned;
    volatile long resourced;
    volatile long deliverSent;
    volatile long delivered;
    volatile long verifySent;
    volatile long verified;

    Journey(UUID needId) {
        this.needId = needId;
    }

    /** Percentiles (in milliseconds) of one span over journeys. */
    record Spread(double p50, double p99, double max) {

        static Spread of(List<Journey> journeys, ToLongFunction<Journey> from, ToLongFunction<Journey> to) {
            double[] millis = journeys.stream().mapToDouble(j -> (to.applyAsLong(j) - from.applyAsLong(j)) / 1e6).toArray();
            return of(millis);
        }

        static Spread of(double[] millis) {
            if (millis.length == 0) return new Spread(Double.NaN, Double.NaN, Double.NaN);
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return new Spread(percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1]);
        }

        private static double percentile(double[] sorted, int p) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }
    }

    /** Journeys completed per second: from the first plan sent to the last verification answered. */
    static double perSecond(List<Journey> journeys) {
        long first = journeys.stream().mapToLong(j -> j.planSent).min().orElseThrow();
        long last = journeys.stream().mapToLong(j -> j.verified).max().orElseThrow();
        return journeys.size() / ((last - first) / 1e9);
    }
}
