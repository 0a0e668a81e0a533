package id.desatumis.assistance.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The field rules every part of assistance-service shares: declared here once (a rule is one problem type across
 * the service's catalogs), named by every part that checks them. Each part declares its own rules in its own catalog.
 */
@ApplicationScoped
public class FieldProblems implements ProblemTypeCatalog {

    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = 100_000;

    private static final List<ProblemType> TYPES = List.of(
            field("page-out-of-range", "No such page", "page is a whole number from 0 (the first page) to " + MAX_PAGE + "."),
            field("size-out-of-range", "Page size out of range", "size is a whole number from 1 to " + MAX_SIZE + "."));

    @Override
    public List<ProblemType> types() {
        return TYPES;
    }

    private static ProblemType field(String rule, String title, String description) {
        return new ProblemType(rule, 400, title, description);
    }
}
