package id.desatumis.monitoring.application;

import id.desatumis.kit.region.Region;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.monitoring.domain.Freshness;
import id.desatumis.monitoring.domain.Funnel;
import id.desatumis.monitoring.domain.TuntasStatus;
import id.desatumis.monitoring.persistence.CohortQueries;
import id.desatumis.monitoring.persistence.FunnelQueries;
import id.desatumis.monitoring.persistence.ProjectionReads;
import id.desatumis.monitoring.persistence.TuntasQueries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cohorts (yearly intakes of desa), and one cohort's baseline beside its current figures. */
@ApplicationScoped
public class CohortFigures {

    /** A desa of a cohort, and where it stands now. */
    public record CohortDesa(String desaCode, String name, OffsetDateTime joinedAt, String decisionNumber,
                             TuntasStatus tuntas) {
    }

    /** How many of a cohort's desa are in each tuntas status. */
    public record TuntasCounts(long open, long ready, long declared) {
    }

    /** A cohort: its desa, its funnel as each desa joined (summed) and now, and its tuntas counts. */
    public record CohortDetail(int intakeYear, List<CohortDesa> desa, Funnel baseline, Funnel current,
                               TuntasCounts tuntas, Freshness freshness) {
    }

    private final ProjectionReads reads;
    private final CohortQueries cohorts;
    private final FunnelQueries funnels;
    private final TuntasQueries tuntas;
    private final RegionCatalog regions;

    public CohortFigures(ProjectionReads reads, CohortQueries cohorts, FunnelQueries funnels, TuntasQueries tuntas,
                         RegionCatalog regions) {
        this.reads = reads;
        this.cohorts = cohorts;
        this.funnels = funnels;
        this.tuntas = tuntas;
        this.regions = regions;
    }

    /** Every cohort by year, with its desa and the decisions that chose them. */
    public Uni<List<CohortQueries.Cohort>> all() {
        return reads.read(cohorts::all);
    }

    /** One cohort; empty when no desa joined in that year. */
    public Uni<Optional<CohortDetail>> of(int intakeYear) {
        return reads.read(tx -> cohorts.members(tx, intakeYear).chain(members -> {
            if (members.isEmpty()) return Uni.createFrom().item(Optional.<CohortDetail>empty());
            List<String> codes = members.stream().map(CohortQueries.Member::desaCode).toList();
            return Uni.combine().all().unis(funnels.baseline(tx, codes, intakeYear),
                            funnels.funnel(tx, codes, intakeYear, null), tuntas.statuses(tx, codes), reads.freshness(tx))
                    .with((baseline, current, statuses, fresh) ->
                            Optional.of(detail(intakeYear, members, baseline, current, statuses, fresh)));
        }));
    }

    private CohortDetail detail(int year, List<CohortQueries.Member> members, Funnel baseline, Funnel current,
                                Map<String, TuntasStatus> statuses, Freshness freshness) {
        List<CohortDesa> desa = members.stream().map(m -> new CohortDesa(m.desaCode(),
                regions.sragenRegion(m.desaCode()).map(Region::name).orElse(null), m.joinedAt(), m.decisionNumber(),
                statuses.getOrDefault(m.desaCode(), TuntasStatus.OPEN))).toList();
        TuntasCounts counts = new TuntasCounts(count(desa, TuntasStatus.OPEN), count(desa, TuntasStatus.READY),
                count(desa, TuntasStatus.DECLARED));
        return new CohortDetail(year, desa, baseline, current, counts, freshness);
    }

    private static long count(List<CohortDesa> desa, TuntasStatus status) {
        return desa.stream().filter(d -> d.tuntas() == status).count();
    }
}
