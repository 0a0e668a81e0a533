package id.desatumis.registry.domain;

/** The official region codes the rules check against (Kemendagri, never BPS). */
public interface RegionReference {

    /** One of Kabupaten Sragen's desa or kelurahan, by dotted code. */
    boolean isSragenDesa(String dottedCode);

    /** A kecamatan of Indonesia, current or former, by its six digits without dots. */
    boolean isKecamatanDigits(String sixDigits);
}
