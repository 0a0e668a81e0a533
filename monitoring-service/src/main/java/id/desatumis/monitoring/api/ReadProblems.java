package id.desatumis.monitoring.api;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static id.desatumis.kit.api.ProblemType.fieldRule;

/** The rules of the read APIs' parameters (paths and queries), each answered 400 naming the parameter. */
@ApplicationScoped
public class ReadProblems implements ProblemTypeCatalog {

    public static final int MAX_PAGE = 100_000;
    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    static final String AREA_CODE = "area-code";
    static final String DESA_CODE = "desa-code";
    static final String AS_OF = "as-of";
    static final String COHORT = "cohort-out-of-range";
    static final String TUNTAS = "tuntas-status";
    static final String PAGE = "page-out-of-range";
    static final String SIZE = "size-out-of-range";
    static final String HOUSEHOLD_ID = "household-id";

    private static final List<ProblemType> TYPES = List.of(
            fieldRule(AREA_CODE, "Not an area code", "An area is the regency (33.14), a kecamatan (33.14.07) or a desa "
                    + "(33.14.07.2003), by its Kemendagri code."),
            fieldRule(DESA_CODE, "Not a desa code", "A desa is named by its Kemendagri code, such as 33.14.07.2003."),
            fieldRule(AS_OF, "Not an instant", "asOf is an ISO-8601 instant, such as 2023-01-01T00:00:00Z."),
            fieldRule(COHORT, "Not an intake year", "A cohort is named by its intake year, from 2000 to 2100."),
            fieldRule(TUNTAS, "Not a tuntas status", "tuntas is one of OPEN, READY or DECLARED."),
            fieldRule(PAGE, "No such page", "page is a whole number from 0 (the first page) to " + MAX_PAGE + "."),
            fieldRule(SIZE, "Page size out of range", "size is a whole number from 1 to " + MAX_SIZE + "."),
            fieldRule(HOUSEHOLD_ID, "Not a household id", "A household is named by the registry's id, a uuid."));

    @Override
    public List<ProblemType> types() {
        return TYPES;
    }
}
