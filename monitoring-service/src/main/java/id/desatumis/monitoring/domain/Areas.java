package id.desatumis.monitoring.domain;

import java.util.List;

/** Dotted Kemendagri codes: regency {@code 33.14}, kecamatan {@code 33.14.07}, desa {@code 33.14.07.2003}. */
final class Areas {

    private Areas() {
    }

    static boolean isRegency(String code) {
        return code != null && code.chars().filter(c -> c == '.').count() == 1;
    }

    /** The desa, its kecamatan and its regency: the areas whose decisions hold in the desa. */
    static List<String> desaAndWider(String desaCode) {
        String kecamatan = desaCode.substring(0, desaCode.lastIndexOf('.'));
        String regency = kecamatan.substring(0, kecamatan.lastIndexOf('.'));
        return List.of(desaCode, kecamatan, regency);
    }
}
