package id.desatumis.assistance.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The rules of a page of any list of the service: {@code page} from 0, {@code size} from 1 to {@value #MAX_SIZE}. */
@ApplicationScoped
public class PagingProblems implements ProblemTypeCatalog {

    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = 100_000;
    public static final int DEFAULT_SIZE = 50;

    @Override
    public List<ProblemType> types() {
        return List.of(
                new ProblemType("page-out-of-range", 400, "No such page",
                        "page is a whole number from 0 (the first page) to " + MAX_PAGE + "."),
                new ProblemType("size-out-of-range", 400, "Page size out of range",
                        "size is a whole number from 1 to " + MAX_SIZE + "."));
    }
}
