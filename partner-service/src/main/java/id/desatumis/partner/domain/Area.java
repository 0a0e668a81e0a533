package id.desatumis.partner.domain;

import java.util.Objects;

/**
 * A place by its dotted Kemendagri code: the regency ({@code 33.14}), a kecamatan ({@code 33.14.07}) or a desa
 * ({@code 33.14.07.2003}). Its level is read from the code's shape; whether the code exists is the region catalog's
 * business, checked where a request comes in.
 */
public record Area(String code, Level level) {

    public enum Level {
        REGENCY, KECAMATAN, DESA;

        /** Most specific first: the one that wins in the responsibility matrix. */
        public int specificity() {
            return ordinal();
        }
    }

    public Area {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
    }

    /** The area of a code, or null for a code of another shape. */
    public static Area of(String code) {
        if (code == null) return null;
        String[] parts = code.split("\\.", -1);
        for (String p : parts) {
            if (p.isEmpty() || !p.chars().allMatch(Character::isDigit)) return null;
        }
        return switch (parts.length) {
            case 2 -> parts[0].length() == 2 && parts[1].length() == 2 ? new Area(code, Level.REGENCY) : null;
            case 3 -> parts[2].length() == 2 ? new Area(code, Level.KECAMATAN) : null;
            case 4 -> parts[3].length() == 4 ? new Area(code, Level.DESA) : null;
            default -> null;
        };
    }

    /** Whether this area is the other or holds it (the regency holds its kecamatan, a kecamatan its desa). */
    public boolean covers(Area other) {
        return other.code.equals(code) || other.code.startsWith(code + ".");
    }

    /** Whether this area is the desa of that code or holds it. */
    public boolean coversDesa(String desaCode) {
        return desaCode.equals(code) || desaCode.startsWith(code + ".");
    }
}
