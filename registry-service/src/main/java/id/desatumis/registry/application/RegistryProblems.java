package id.desatumis.registry.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The registry's own problem types, served at /problems/<slug>. */
@ApplicationScoped
public class RegistryProblems implements ProblemTypeCatalog {

    public static final ProblemType NIK_REGISTERED = new ProblemType("nik-already-registered", 409,
            "This NIK belongs to a living person already registered",
            "One living person per NIK. Dinas Sosial sees which household holds it; others are told only that it is taken.");
    public static final ProblemType KK_REGISTERED = new ProblemType("kk-already-registered", 409,
            "This KK number belongs to a registered household", "One household per KK number.");
    public static final ProblemType HOUSEHOLD_STATE = new ProblemType("household-state-conflict", 409,
            "The household's current state does not allow this", "See `errors` for the rule; read the household and retry.");

    @Override
    public List<ProblemType> types() {
        List<ProblemType> all = new java.util.ArrayList<>(List.of(NIK_REGISTERED, KK_REGISTERED, HOUSEHOLD_STATE));
        all.addAll(RuleProblems.TYPES.values());
        return all;
    }
}
