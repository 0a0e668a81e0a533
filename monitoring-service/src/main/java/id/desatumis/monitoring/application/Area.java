package id.desatumis.monitoring.application;

import id.desatumis.kit.region.Region;
import id.desatumis.kit.region.RegionCatalog;

import java.util.List;
import java.util.Optional;

/**
 * An area the figures are read over: the regency (Kabupaten Sragen), one of its kecamatan, or one of its desa, with
 * the desa it holds.
 */
public record Area(String code, Level level, String name, List<String> desaCodes) {

    public enum Level { REGENCY, KECAMATAN, DESA }

    public Area {
        desaCodes = List.copyOf(desaCodes);
    }

    /** The Sragen area of this code; empty when the catalog has none. */
    public static Optional<Area> of(RegionCatalog regions, String code) {
        return regions.sragenRegion(code).map(r -> switch (r.level()) {
            case Region.DESA -> new Area(r.code(), Level.DESA, r.name(), List.of(r.code()));
            case Region.KECAMATAN -> new Area(r.code(), Level.KECAMATAN, r.name(), codes(regions.desaOf(r.code())));
            default -> new Area(r.code(), Level.REGENCY, r.name(), codes(regions.sragenDesa()));
        });
    }

    private static List<String> codes(List<Region> desa) {
        return desa.stream().map(Region::code).toList();
    }
}
