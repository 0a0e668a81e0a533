package id.desatumis.monitoring.application;

import id.desatumis.kit.region.Region;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.monitoring.domain.Freshness;
import id.desatumis.monitoring.domain.Funnel;
import id.desatumis.monitoring.domain.TuntasStatus;
import id.desatumis.monitoring.persistence.FunnelQueries;
import id.desatumis.monitoring.persistence.ProjectionReads;
import id.desatumis.monitoring.persistence.TuntasQueries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** The funnel of an area, and the list of its desa with their tuntas status. */
@ApplicationScoped
public class AreaFigures {

    /** An area's funnel, as of an instant. */
    public record AreaFunnel(String areaCode, Area.Level level, String name, Funnel.Households households,
                             Funnel.Needs needs, Freshness freshness) {
    }

    /** A desa of an area's list (named, so that the OpenAPI document has it as a component its words reach). */
    @Schema(name = "DesaFigures")
    public record DesaFigures(String desaCode, String name, String kecamatanCode, String kecamatanName,
                              Integer intakeYear, long listed, long verifiedPoor, long needsOpen, long needsSettled,
                              TuntasStatus tuntas) {
    }

    private final ProjectionReads reads;
    private final FunnelQueries funnels;
    private final TuntasQueries tuntas;
    private final RegionCatalog regions;

    public AreaFigures(ProjectionReads reads, FunnelQueries funnels, TuntasQueries tuntas, RegionCatalog regions) {
        this.reads = reads;
        this.funnels = funnels;
        this.tuntas = tuntas;
        this.regions = regions;
    }

    /** The area's funnel (of a cohort's desa only, when one is named) as of an instant (null: now). */
    public Uni<AreaFunnel> funnel(Area area, Integer cohort, OffsetDateTime asOf) {
        return reads.read(tx -> funnels.funnel(tx, area.desaCodes(), cohort, asOf).chain(f -> reads.freshness(tx)
                .map(fresh -> new AreaFunnel(area.code(), area.level(), area.name(), f.households(), f.needs(), fresh))));
    }

    /** A page of the area's desa (of a cohort, in a tuntas status, when named), by code. */
    public Uni<Page<DesaFigures>> desa(Area area, Integer cohort, TuntasStatus status, int page, int size) {
        return reads.read(tx -> funnels.desaRows(tx, area.desaCodes()).chain(rows -> tuntas.statuses(tx, area.desaCodes())
                .chain(statuses -> reads.freshness(tx).map(fresh -> Page.of(rows.stream()
                        .filter(r -> cohort == null || cohort.equals(r.intakeYear()))
                        .map(r -> figures(r, statuses.getOrDefault(r.desaCode(), TuntasStatus.OPEN)))
                        .filter(d -> status == null || status == d.tuntas())
                        .toList(), page, size, fresh)))));
    }

    private DesaFigures figures(FunnelQueries.DesaRow r, TuntasStatus status) {
        Region desa = regions.sragenRegion(r.desaCode()).orElseThrow();
        Region kecamatan = regions.sragenRegion(desa.parentCode()).orElseThrow();
        return new DesaFigures(r.desaCode(), desa.name(), kecamatan.code(), kecamatan.name(), r.intakeYear(),
                r.listed(), r.verifiedPoor(), r.needsOpen(), r.needsSettled(), status);
    }
}
