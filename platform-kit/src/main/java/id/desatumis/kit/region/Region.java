package id.desatumis.kit.region;

/** A Kemendagri region: dotted code, name, level, and whether the code is current or a former one. */
public record Region(String code, String name, String level, boolean current) {
    public static final String KECAMATAN = "kecamatan";
    public static final String DESA = "desa_kelurahan";

    /** {@code 33.14.07} for {@code 33.14.07.2003}. */
    public String parentCode() {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }
}
