package id.desatumis.monitoring.bench;

import java.util.List;

/** Percentiles of milliseconds (nearest rank). */
record Percentiles(int n, double p50, double p90, double p99, double max) {

    static Percentiles of(List<Double> millis) {
        double[] v = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        return new Percentiles(v.length, rank(v, 0.50), rank(v, 0.90), rank(v, 0.99), v[v.length - 1]);
    }

    private static double rank(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    String brief() {
        return String.format("p50 %.1f ms, p99 %.1f ms", p50, p99);
    }

    @Override
    public String toString() {
        return String.format("p50 %7.1f ms   p90 %7.1f ms   p99 %7.1f ms   max %7.1f ms   (%,d)", p50, p90, p99, max, n);
    }
}
