package id.desatumis.partner.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The rules of the query endpoints' parameters (kinds of need and areas are the shared rules). */
@ApplicationScoped
public class QueryProblems implements ProblemTypeCatalog {

    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = 100_000;

    @Override
    public List<ProblemType> types() {
        return List.of(
                new ProblemType("page-out-of-range", 400, "No such page",
                        "page is a whole number from 0 (the first page) to " + MAX_PAGE + "."),
                new ProblemType("size-out-of-range", 400, "Page size out of range",
                        "size is a whole number from 1 to " + MAX_SIZE + "."),
                new ProblemType("date-format", 400, "Not a date", "Dates are ISO 8601 calendar dates: 2026-03-31."),
                new ProblemType("period-reversed", 400, "The period ends before it starts",
                        "to is the same day as from or a later one."),
                new ProblemType("partner-type-unknown", 400, "No such type of partner",
                        "OPD, PEMDES, CSR, BUMN, BUMD, BAZNAS, LAZ, NGO, UNIVERSITY or COMMUNITY."),
                new ProblemType("id-format", 400, "Not an id", "Ids are UUIDs."),
                new ProblemType("decision-number-format", 400, "Not a decision number",
                        "A decision number is 1 to 120 characters, for example MD/33.14.07.2003/2026/004."));
    }
}
