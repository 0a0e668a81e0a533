package id.desatumis.devstack;

import id.desatumis.devstack.DemoProgrammes.Programme;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Which programme takes each verified need, and how far it gets: every need is keyed by its desa, household number,
 * kind and member (never by the random ids a fresh registry hands out), the needs of a kind in a desa are put in an
 * order drawn from those keys, and the programmes' shares, then the fates' shares, are cut from that order exactly. So
 * every run on a fresh platform gives the same counts.
 */
final class DemoAllocation {

    /** How far an intervention gets. */
    enum Fate {
        /** Cancelled before delivery: the need is open again. */
        CANCELLED,
        /** Resourced, nothing delivered, due today: overdue from tomorrow. */
        DUE_TODAY,
        RESOURCED,
        /** A first part (or tranche) delivered and verified; the rest not yet. */
        PARTIAL,
        /** Delivered in full, the village has not confirmed it yet. */
        DELIVERED,
        /** The village disputed the last delivery; Dinas Sosial has not resolved it yet. */
        DISPUTED,
        /** Disputed, then accepted by Dinas Sosial. */
        ACCEPTED,
        /** Disputed, delivered again, verified. */
        REDELIVERED,
        /** Disputed and written off: the need is open again. */
        WRITTEN_OFF,
        VERIFIED,
        /** Not planned: closed because the household refused the assistance. */
        CLOSED,
        UNPLANNED
    }

    record Need(String needId, String householdId, String memberId, String kind, String desaCode, String status,
                String interventionId, String key) {
    }

    record Assignment(Need need, Programme programme, Fate fate) {
    }

    private static final Map<Fate, Double> DELIVERED_FATES = shares(Fate.CANCELLED, 0.02, Fate.DUE_TODAY, 0.06, Fate.RESOURCED, 0.10,
            Fate.PARTIAL, 0.08, Fate.DELIVERED, 0.09, Fate.DISPUTED, 0.015, Fate.ACCEPTED, 0.015, Fate.REDELIVERED, 0.01,
            Fate.WRITTEN_OFF, 0.005);
    private static final Map<Fate, Double> UNDELIVERED_FATES = shares(Fate.DUE_TODAY, 0.3);
    private static final double CLOSED_SHARE = 0.04;

    private DemoAllocation() {
    }

    static List<Assignment> allocate(List<Need> needs) {
        Map<String, List<Need>> groups = new TreeMap<>();
        for (Need n : needs) groups.computeIfAbsent(n.desaCode() + "|" + n.kind(), k -> new ArrayList<>()).add(n);
        List<Assignment> out = new ArrayList<>();
        for (List<Need> group : groups.values()) {
            group.sort(Comparator.comparingLong(n -> order(n.key())));
            Need first = group.get(0);
            List<Programme> programmes = DemoProgrammes.of(first.kind(), first.desaCode());
            int from = 0;
            double cumulative = 0;
            for (Programme p : programmes) {
                cumulative += p.share();
                int to = (int) Math.round(group.size() * cumulative);
                List<Need> share = group.subList(from, to);
                List<Fate> fates = cut(share.size(), p.deliver() ? DELIVERED_FATES : UNDELIVERED_FATES, p.deliver() ? Fate.VERIFIED : Fate.RESOURCED);
                for (int i = 0; i < share.size(); i++) out.add(new Assignment(share.get(i), p, fates.get(i)));
                from = to;
            }
            List<Need> rest = group.subList(from, group.size());
            List<Fate> fates = cut(rest.size(), shares(Fate.CLOSED, CLOSED_SHARE), Fate.UNPLANNED);
            for (int i = 0; i < rest.size(); i++) out.add(new Assignment(rest.get(i), null, fates.get(i)));
        }
        return out;
    }

    /** {@code n} fates: each share cut in order (rounded on the running total), the rest {@code otherwise}. */
    private static List<Fate> cut(int n, Map<Fate, Double> shares, Fate otherwise) {
        List<Fate> out = new ArrayList<>();
        double cumulative = 0;
        for (Map.Entry<Fate, Double> e : shares.entrySet()) {
            cumulative += e.getValue();
            int to = (int) Math.round(n * cumulative);
            while (out.size() < to) out.add(e.getKey());
        }
        while (out.size() < n) out.add(otherwise);
        return out;
    }

    private static long order(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
    }

    private static Map<Fate, Double> shares(Object... fatesAndShares) {
        Map<Fate, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < fatesAndShares.length; i += 2) m.put((Fate) fatesAndShares[i], (Double) fatesAndShares[i + 1]);
        return m;
    }
}
