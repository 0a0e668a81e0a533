package id.desatumis.monitoring.application;

import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.monitoring.domain.ForumSummary;
import id.desatumis.monitoring.domain.NeedStages;
import id.desatumis.monitoring.persistence.DesaForumsQueries;
import id.desatumis.monitoring.persistence.DesaNeedsQueries;
import id.desatumis.monitoring.persistence.ProjectionReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** A desa page's needs by kind and stage, and the forums that concern it. */
@ApplicationScoped
public class DesaFigures {

    private final ProjectionReads reads;
    private final DesaNeedsQueries needs;
    private final DesaForumsQueries forums;

    public DesaFigures(ProjectionReads reads, DesaNeedsQueries needs, DesaForumsQueries forums) {
        this.reads = reads;
        this.needs = needs;
        this.forums = forums;
    }

    public Uni<Fresh<List<NeedStages>>> needs(String desaCode) {
        return Fresh.read(reads, tx -> needs.byKind(tx, desaCode));
    }

    /** The forums held for the desa, its kecamatan and the regency (their decisions hold for it), latest first. */
    public Uni<Fresh<PageOf<ForumSummary>>> forums(String desaCode, int page, int size) {
        String kecamatan = desaCode.substring(0, desaCode.lastIndexOf('.'));
        return Fresh.read(reads, tx -> forums.of(tx, List.of(desaCode, kecamatan, RegionCatalog.SRAGEN), page, size)
                .map(p -> new PageOf<>(p.forums(), page, size, p.total())));
    }

}
