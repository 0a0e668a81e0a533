package id.desatumis.registry.domain;

/** As on the KK: laki-laki (M) or perempuan (F). A woman's NIK carries her day of birth plus 40. */
public enum Sex {
    M, F
}
