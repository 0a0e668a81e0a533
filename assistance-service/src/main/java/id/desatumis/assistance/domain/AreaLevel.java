package id.desatumis.assistance.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The levels of a dotted Kemendagri code, read from its shape: the regency ({@code 33.14}), a kecamatan
 * ({@code 33.14.07}) or a desa ({@code 33.14.07.2003}). Whether the code exists is the region catalog's business.
 */
public enum AreaLevel {
    REGENCY, KECAMATAN, DESA;

    /** The level of a code by its number of parts, or null for a code of no level. */
    public static AreaLevel of(String code) {
        if (code == null) return null;
        return switch (code.split("\\.", -1).length) {
            case 2 -> REGENCY;
            case 3 -> KECAMATAN;
            case 4 -> DESA;
            default -> null;
        };
    }

    /**
     * A desa and the areas that hold it, most specific first: {@code 33.14.01.2001} gives
     * {@code [33.14.01.2001, 33.14.01, 33.14]}.
     */
    public static List<String> desaAndWider(String desaCode) {
        List<String> out = new ArrayList<>();
        String code = desaCode;
        out.add(code);
        while (code.indexOf('.') != code.lastIndexOf('.')) {
            code = code.substring(0, code.lastIndexOf('.'));
            out.add(code);
        }
        return List.copyOf(out);
    }
}
