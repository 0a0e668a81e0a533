package id.desatumis.monitoring.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static id.desatumis.kit.api.ProblemType.stateRule;

/** The rule of the rebuild command ({@code /problems/<rule>}). */
@ApplicationScoped
public class RebuildProblems implements ProblemTypeCatalog {

    public static final ProblemType REBUILD_UNDER_WAY = stateRule("rebuild-under-way", "A rebuild is under way",
            "One rebuild of the projection at a time: the generation being rebuilt goes live once it has caught up "
                    + "with the live one (GET /admin/projections shows how far it is); ask again after that.");

    @Override
    public List<ProblemType> types() {
        return List.of(REBUILD_UNDER_WAY);
    }
}
