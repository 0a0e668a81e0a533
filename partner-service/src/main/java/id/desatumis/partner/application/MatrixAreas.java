package id.desatumis.partner.application;

import id.desatumis.kit.region.Region;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.partner.domain.Area;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The areas of the matrix, from the official codes: Kabupaten Sragen, its 20 kecamatan and 208 desa/kelurahan, each
 * kecamatan followed by its desa (the order the gaps are listed in).
 */
@ApplicationScoped
public class MatrixAreas {

    private final List<Area> all;
    private final Map<String, Area> byCode = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    public MatrixAreas(RegionCatalog regions) {
        List<Area> areas = new ArrayList<>();
        add(areas, new Area(RegionCatalog.SRAGEN, Area.Level.REGENCY), regions);
        for (Region kecamatan : regions.sragenKecamatan()) {
            add(areas, new Area(kecamatan.code(), Area.Level.KECAMATAN), regions);
            regions.desaOf(kecamatan.code()).forEach(d -> add(areas, new Area(d.code(), Area.Level.DESA), regions));
        }
        this.all = Collections.unmodifiableList(areas);
    }

    private void add(List<Area> areas, Area area, RegionCatalog regions) {
        areas.add(area);
        byCode.put(area.code(), area);
        names.put(area.code(), regions.sragenRegion(area.code()).map(Region::name).orElse(area.code()));
    }

    /** The area of an official code of Sragen (the regency, a kecamatan or a desa); empty for any other code. */
    public Optional<Area> of(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public List<Area> all() {
        return all;
    }

    public String name(String code) {
        return names.get(code);
    }
}
