package id.desatumis.registry.api;

/**
 * The patterns, enumerations and examples the OpenAPI document gives the registry's fields, as the domain's rules
 * check them (Nik, KkNumber, FieldRules, Relationship, Sex): one place, so every body says the same.
 */
public final class ApiPatterns {

    private ApiPatterns() {
    }

    /** Nik: 16 digits (then its kecamatan code, date and serial are checked: see the rules named in the problem). */
    public static final String NIK = "^[0-9]{16}$";
    /** KkNumber: 16 digits (then its kecamatan code and serial). */
    public static final String KK = "^[0-9]{16}$";
    /** FieldRules.desa: a dotted Kemendagri desa code, then one of Sragen's (33.14) 208 desa and kelurahan. */
    public static final String DESA = "^33\\.14\\.[0-9]{2}\\.[0-9]{4}$";
    /** A Sragen kecamatan code. */
    public static final String KECAMATAN = "^33\\.14\\.[0-9]{2}$";
    /** A DTSEN decile as text. */
    public static final String DESIL = "^([1-9]|10)$";

    public static final String NIK_EXAMPLE = "3314072104790003";
    public static final String KK_EXAMPLE = "3314072711260001";
    public static final String DESA_EXAMPLE = "33.14.07.2001";
    public static final String KECAMATAN_EXAMPLE = "33.14.07";
    public static final String MEMBER_ID_EXAMPLE = "1d7e3b9a-0c44-4a4f-8f0e-5b2a9c6d3e81";
    public static final String HOUSEHOLD_ID_EXAMPLE = "8a3c1f52-6e2b-4d8f-9b1a-2f4e6c8d0a17";

    /** Relationship's values, as the KK's "status hubungan dalam keluarga" lists them. */
    public static final String HEAD = "HEAD";
    public static final String HUSBAND = "HUSBAND";
    public static final String WIFE = "WIFE";
    public static final String CHILD = "CHILD";
    public static final String CHILD_IN_LAW = "CHILD_IN_LAW";
    public static final String GRANDCHILD = "GRANDCHILD";
    public static final String PARENT = "PARENT";
    public static final String PARENT_IN_LAW = "PARENT_IN_LAW";
    public static final String OTHER_RELATIVE = "OTHER_RELATIVE";
    public static final String HOUSEHOLD_HELPER = "HOUSEHOLD_HELPER";
    public static final String OTHER = "OTHER";

    public static final String RELATIONSHIP_WORDS = "The member's relationship to the head, as on the KK (kepala keluarga, "
            + "suami, istri, anak, menantu, cucu, orang tua, mertua, famili lain, pembantu, lainnya); read in any case";
    public static final String SEX_WORDS = "M (laki-laki) or F (perempuan), as on the KK; read in any case";
    public static final String PURPOSE_WORDS = "Why personal data is read, recorded in the personal-data access log with "
            + "the read (at most 200 characters kept; \"not stated\" when absent)";
    public static final String PURPOSE_EXAMPLE = "verifikasi calon penerima bantuan";
    public static final String IF_MATCH_WORDS = "Optional: the household's version as its ETag; a stale one is 412 (with the "
            + "current version), a malformed one 400";
    public static final String IDEMPOTENCY_WORDS = "Optional (IETF httpapi draft): 1 to 255 visible ASCII characters, scoped to "
            + "the caller, method and path, kept 24 hours: the same key and body replays the first answer, another body is "
            + "422, while the first runs 409";
}
