package id.desatumis.kit.api;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where a rule broken becomes a problem document, for every service: each rule is its own problem
 * type, {@code /problems/<rule>}, found among the service's {@link ProblemTypeCatalog}s. A rule no catalog
 * describes is answered as a generic state conflict (409). Several broken field rules at once are
 * {@code /problems/validation-failed}, each named in {@code errors}.
 */
@ApplicationScoped
public class RuleProblems {

    private final Map<String, ProblemType> bySlug = new HashMap<>();

    public RuleProblems(Instance<ProblemTypeCatalog> catalogs) {
        Problems.ALL.forEach(t -> bySlug.put(t.slug(), t));
        catalogs.forEach(c -> c.types().forEach(t -> bySlug.put(t.slug(), t)));
    }

    public ProblemException of(RuleBroken r) {
        ProblemType type = bySlug.getOrDefault(r.rule(), Problems.STATE_CONFLICT);
        return new ProblemException(type, r.getMessage(), List.of(new FieldError(r.field(), r.rule(), r.getMessage())),
                r.details(), Map.of());
    }

    /** Rules of one request broken together: see {@link #of(List)}. */
    public ProblemException of(RulesBroken r) {
        return of(r.rules().stream().map(b -> new FieldError(b.field(), b.rule(), b.getMessage())).toList());
    }

    /** Field errors found together: one rule broken answers with that rule's type, several with validation-failed. */
    public ProblemException of(List<FieldError> errors) {
        long rules = errors.stream().map(FieldError::rule).distinct().count();
        if (rules != 1) return Problems.invalid(errors);
        ProblemType type = bySlug.getOrDefault(errors.get(0).rule(), Problems.VALIDATION);
        return new ProblemException(type, errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields break this rule",
                errors);
    }
}
