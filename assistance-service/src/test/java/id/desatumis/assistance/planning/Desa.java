package id.desatumis.assistance.planning;

import id.desatumis.kit.region.Region;
import id.desatumis.kit.region.RegionCatalog;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** A desa of Sragen for a test, picked at random: tests share one database, and most keep to a desa of their own. */
final class Desa {

    private Desa() {
    }

    static String any(RegionCatalog regions) {
        List<Region> all = regions.sragenDesa().stream().filter(Region::current).toList();
        return all.get(ThreadLocalRandom.current().nextInt(all.size())).code();
    }

    /** Another desa than {@code not}. */
    static String other(RegionCatalog regions, String not) {
        String d = any(regions);
        return d.equals(not) ? other(regions, not) : d;
    }
}
