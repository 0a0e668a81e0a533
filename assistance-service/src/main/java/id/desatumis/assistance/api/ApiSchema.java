package id.desatumis.assistance.api;

/**
 * What the OpenAPI document says the same way on every operation of the service: the shapes of the values it reads
 * (patterns as the field readers check them) and realistic examples from Sragen. Constants only, for annotations.
 */
final class ApiSchema {

    /** One of Sragen's desa (Kabupaten Sragen is 33.14); the service accepts no other regency's. */
    static final String DESA_PATTERN = "^33\\.14\\.[0-9]{2}\\.[0-9]{4}$";
    static final String DESA_EXAMPLE = "33.14.07.2003";
    static final String UUID_EXAMPLE = "5b3f7c1e-2a4d-4c8b-9e6f-0d1a2b3c4d5e";
    static final String DATE_EXAMPLE = "2026-08-17";
    static final String DATE_TIME_EXAMPLE = "2026-08-17T09:30:00+07:00";
    /** As {@code InterventionFields} reads a forum decision's number. */
    static final String DECISION_PATTERN = "^[A-Za-z0-9./_-]{1,100}$";
    static final String DECISION_EXAMPLE = "MD/33.14.07.2003/2026/004";
    static final String SHA256_PATTERN = "^[0-9a-fA-F]{64}$";
    /** As {@code BudgetLineTerms} reads an office code (the {@code opd} claim of its staff's tokens). */
    static final String OPD_CODE_PATTERN = "^[A-Za-z0-9._-]{2,30}$";
    static final String OPD_CODE_EXAMPLE = "DPUPR";
    /** As {@code BudgetLineTerms} reads a budget code. */
    static final String BUDGET_CODE_PATTERN = "^[0-9A-Z]{1,10}(\\.[0-9A-Z]{1,10}){0,15}$";
    static final String BUDGET_CODE_EXAMPLE = "1.06.02.2.01.0001";
    /** {@code FieldProblems.MAX_RUPIAH}, as a number the annotations take. */
    static final String MAX_RUPIAH = "1000000000000000";
    static final String ETAG = "ETag";
    static final String ETAG_DESCRIPTION = "The version of what the answer is about, quoted (\"7\"): send it as If-Match "
            + "with the next command on it";
    static final String LOCATION = "Location";
    static final String IDEMPOTENCY_DESCRIPTION = "Optional: 1 to 255 visible ASCII characters, scoped to the caller, "
            + "method and path and kept 24 hours. The same key and body replay the first answer (Idempotent-Replayed: "
            + "true); another body is 422; while the first request runs, 409";
    static final String IDEMPOTENCY_PATTERN = "^[\\x21-\\x7e]{1,255}$";
    static final String IF_MATCH_DESCRIPTION = "Optional: the version last read (its ETag, \"7\"); a stale one is 412 "
            + "with the current version";
    static final String PAGE_DESCRIPTION = "The page, from 0 (default 0)";
    static final String SIZE_DESCRIPTION = "Items per page, 1 to 200 (default 50)";

    private ApiSchema() {
    }
}
