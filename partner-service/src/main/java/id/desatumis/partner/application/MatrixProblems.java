package id.desatumis.partner.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The rules of the responsibility matrix, served at {@code /problems/<rule>}: field rules 400, rules of the matrix's
 * current state 409. The rules it shares with the other parts (a cited decision, a named partner, a kind of need, an
 * area) are {@link SharedProblems}'.
 */
@ApplicationScoped
public class MatrixProblems implements ProblemTypeCatalog {

    @Override
    public List<ProblemType> types() {
        return List.of(
                new ProblemType("lead-also-supporting", 400, "The lead also supports",
                        "The lead actor answers for the kind of need; it is not also one of its supporting actors."),
                new ProblemType("supporting-repeated", 400, "A supporting actor named twice",
                        "Each supporting actor is named once."),
                new ProblemType("supporting-too-many", 400, "Too many supporting actors",
                        "An entry of the matrix names at most 20 supporting actors."),
                new ProblemType("effective-before-latest", 409, "Before the latest entry",
                        "The matrix keeps who answered for what when: a new entry of a kind and area takes effect on or "
                                + "after the latest one, never before it. GET its history."),
                new ProblemType("responsibility-unchanged", 409, "Assigned already",
                        "This lead with these supporting actors is the latest entry of this kind and area already."),
                new ProblemType("no-lead-to-clear", 409, "No lead to clear",
                        "The latest entry of this kind and area (not of a wider area) has no lead to clear."));
    }
}
