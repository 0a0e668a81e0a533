package id.desatumis.monitoring.api;

/** The words of the read APIs' parameters, shared by the resources' OpenAPI annotations. */
final class ParamWords {

    static final String AREA = "An area's Kemendagri code: the regency (33.14), a kecamatan (33.14.07) or a desa "
            + "(33.14.07.2003); another form is 400, a code Sragen lacks 404";
    static final String DESA = "A desa's Kemendagri code; another form is 400, a code that is no Sragen desa 404";
    static final String DESA_404 = "A desa's Kemendagri code; one that is no Sragen desa is 404";
    static final String COHORT = "Only the desa of the intake of this year (2000 to 2100)";
    static final String PAGE = "The page, from 0 (default 0, at most 100000)";
    static final String SIZE = "Items per page, 1 to 500 (default 50)";
    static final String YEAR_FORM = "^[0-9]{4}$";
    static final String WHOLE = "^[0-9]+$";
    static final String UUID_FORM = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    static final String CSV = "The same figures as CSV (UTF-8, a header line), when Accept prefers text/csv";
    static final String JSON_OR_CSV = " JSON by default; CSV when the Accept header prefers text/csv.";

    private ParamWords() {
    }
}
