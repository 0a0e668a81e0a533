package id.desatumis.monitoring.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The programme's funnel over some desa at some instant (see docs/indicators.md, "Funnel and tuntas"): households
 * listed, assessed, found poor, verified poor (by class), with all needs met; needs by the furthest stage they reached.
 */
public record Funnel(Households households, Needs needs) {

    /** The classes of a poor household (found poor, verified poor), in the order answers list them. */
    public static final List<String> POOR_CLASSES = List.of("EXTREME_POOR", "POOR", "NEAR_POOR");

    /** The kinds of need, in the order answers list them. */
    public static final List<String> KINDS = List.of("HOUSE_REPAIR", "ELECTRICITY", "SANITATION", "EDUCATION",
            "HEALTH_COVER", "BUSINESS_CAPITAL", "SKILLS_TRAINING", "FOOD_ASSISTANCE");

    public record Households(long listed, long assessed, long foundPoor, long verifiedPoor,
                             Map<String, Long> verifiedPoorByClass, long allNeedsMet) {
        public Households {
            verifiedPoorByClass = ordered(POOR_CLASSES, verifiedPoorByClass);
        }
    }

    /** Cumulative: a need counts at every stage up to the furthest it reached (a verified need is planned too). */
    public record Needs(long identified, Map<String, Long> identifiedByKind, long planned, long resourced,
                        long delivered, long verified, long disputed, long cancelled, long closed) {
        public Needs {
            identifiedByKind = ordered(KINDS, identifiedByKind);
        }
    }

    /** Every one of the known keys in their order (0 when absent), then any other key found, in its own order. */
    public static Map<String, Long> ordered(List<String> known, Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        known.forEach(k -> ordered.put(k, counts.getOrDefault(k, 0L)));
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> ordered.putIfAbsent(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(ordered);
    }
}
