package id.desatumis.partner.domain;

import java.util.List;

/**
 * Where a pledge may be used: the whole regency, a list of kecamatan, or a list of desa (all areas of one level).
 */
public record AreaScope(Area.Level level, List<String> codes) {

    public AreaScope {
        codes = List.copyOf(codes);
    }

    public List<Area> areas() {
        return codes.stream().map(c -> new Area(c, level)).toList();
    }

    public boolean coversDesa(String desaCode) {
        return areas().stream().anyMatch(a -> a.coversDesa(desaCode));
    }
}
