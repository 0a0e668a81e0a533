package id.desatumis.partner.views;

/** The areas the read-model tests use: a desa, its neighbour in the same kecamatan, and a desa of another. */
final class Places {

    static final String REGENCY = "33.14";
    static final String KECAMATAN = "33.14.07";
    static final String DESA = "33.14.07.2003";
    static final String NEIGHBOUR = "33.14.07.2004";
    static final String FAR_DESA = "33.14.01.2001";

    private Places() {
    }
}
