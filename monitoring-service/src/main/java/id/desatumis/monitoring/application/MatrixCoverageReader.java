package id.desatumis.monitoring.application;

import id.desatumis.kit.region.Region;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.monitoring.domain.CollaborationIndicators.MatrixCoverage;
import id.desatumis.monitoring.domain.IndicatorScope;
import id.desatumis.monitoring.domain.MatrixCoverageRule;
import id.desatumis.monitoring.domain.NeedKind;
import id.desatumis.monitoring.persistence.MatrixQueries;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Coverage of the responsibility matrix over the desa of a scope (its area, its cohort), as in force on its day. */
@ApplicationScoped
public class MatrixCoverageReader {

    private final MatrixQueries queries;
    private final RegionCatalog regions;
    private final MatrixCoverageRule rule;

    public MatrixCoverageReader(MatrixQueries queries, RegionCatalog regions) {
        this.queries = queries;
        this.regions = regions;
        Map<String, List<String>> kecamatanOf = new LinkedHashMap<>();
        for (Region k : regions.sragenKecamatan()) {
            kecamatanOf.put(k.code(), regions.desaOf(k.code()).stream().map(Region::code).toList());
        }
        this.rule = new MatrixCoverageRule(RegionCatalog.SRAGEN, kecamatanOf);
    }

    /** Runs in the caller's read transaction. */
    public Uni<MatrixCoverage> of(SqlConnection tx, IndicatorScope scope) {
        Uni<Set<String>> cohort = scope.cohort() == null ? Uni.createFrom().nullItem()
                : queries.cohortDesa(tx, scope.cohort()).map(HashSet::new);
        return cohort.chain(cohortDesa -> queries.ledOn(tx, scope.matrixDay()).map(led -> {
            Set<String> cells = new HashSet<>();
            led.forEach(l -> cells.add(l.kind() + "@" + l.areaCode()));
            return rule.of(NeedKind.names(), desaOf(scope.areaCode(), cohortDesa), cells);
        }));
    }

    /** The desa in the area (every one for none) and, with a cohort, in it; by kecamatan. */
    private Map<String, List<String>> desaOf(String area, Set<String> cohort) {
        Map<String, List<String>> scope = new LinkedHashMap<>();
        for (Region k : regions.sragenKecamatan()) {
            List<String> desa = regions.desaOf(k.code()).stream().map(Region::code)
                    .filter(d -> area == null || d.equals(area) || d.startsWith(area + "."))
                    .filter(d -> cohort == null || cohort.contains(d)).toList();
            if (!desa.isEmpty()) scope.put(k.code(), desa);
        }
        return scope;
    }
}
