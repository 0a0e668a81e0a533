package id.desatumis.assistance.planning;

import id.desatumis.kit.region.Region;
import id.desatumis.kit.region.RegionCatalog;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A desa of Sragen for a test, picked at random: tests share one database, and most keep to a desa of their own. Never
 * one of {@link #RESERVED_KECAMATAN}: the reference tests assert who leads there, and a scene's lead for its desa would
 * outrank theirs.
 */
final class Desa {

    /** The kecamatan the reference tests ({@code ReferenceApiTest}) keep to themselves. */
    static final String RESERVED_KECAMATAN = "33.14.20";

    private Desa() {
    }

    static String any(RegionCatalog regions) {
        List<Region> all = regions.sragenDesa().stream().filter(Region::current)
                .filter(r -> !r.code().startsWith(RESERVED_KECAMATAN + ".")).toList();
        return all.get(ThreadLocalRandom.current().nextInt(all.size())).code();
    }

    /** Another desa than {@code not}. */
    static String other(RegionCatalog regions, String not) {
        String d = any(regions);
        return d.equals(not) ? other(regions, not) : d;
    }
}
