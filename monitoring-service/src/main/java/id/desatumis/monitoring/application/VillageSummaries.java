package id.desatumis.monitoring.application;

import id.desatumis.monitoring.domain.Freshness;
import id.desatumis.monitoring.persistence.HouseholdsTable;
import id.desatumis.monitoring.persistence.ProjectionReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A desa's registry counts (households listed, their members) as the projection has them, and how fresh they are. */
@ApplicationScoped
public class VillageSummaries {

    /** The counts and the projection's freshness. */
    public record Summary(int households, int members, Freshness freshness) {
    }

    private final ProjectionReads reads;
    private final HouseholdsTable households;

    public VillageSummaries(ProjectionReads reads, HouseholdsTable households) {
        this.reads = reads;
        this.households = households;
    }

    public Uni<Summary> of(String desaCode) {
        return reads.read(tx -> households.count(tx, desaCode).chain(c -> reads.freshness(tx)
                .map(fresh -> new Summary(c.households(), c.members(), fresh))));
    }
}
