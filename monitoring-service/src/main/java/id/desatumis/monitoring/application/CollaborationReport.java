package id.desatumis.monitoring.application;

import id.desatumis.monitoring.domain.ActorGroup;
import id.desatumis.monitoring.domain.CollaborationIndicators;
import id.desatumis.monitoring.domain.CollaborationIndicators.ResourceShare;
import id.desatumis.monitoring.domain.IndicatorScope;
import id.desatumis.monitoring.domain.Interval;
import id.desatumis.monitoring.domain.Ratios;
import id.desatumis.monitoring.persistence.CollaborationQueries;
import id.desatumis.monitoring.persistence.CollaborationQueries.Delivered;
import id.desatumis.monitoring.persistence.CollaborationTrend;
import id.desatumis.monitoring.persistence.ProjectionReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The collaboration indicators over one scope, read in one transaction of the live projection. */
@ApplicationScoped
public class CollaborationReport {

    private final ProjectionReads reads;
    private final CollaborationQueries queries;
    private final CollaborationTrend trend;
    private final MatrixCoverageReader matrix;

    public CollaborationReport(ProjectionReads reads, CollaborationQueries queries, CollaborationTrend trend,
                               MatrixCoverageReader matrix) {
        this.reads = reads;
        this.queries = queries;
        this.trend = trend;
        this.matrix = matrix;
    }

    public Uni<Fresh<CollaborationIndicators>> of(IndicatorScope scope, Interval interval) {
        return Fresh.read(reads, tx -> queries.deliveredByPartnerType(tx, scope).chain(delivered ->
                queries.forumParticipation(tx, scope).chain(participation ->
                queries.decisionVenues(tx, scope).chain(venues ->
                queries.pledgeFulfilment(tx, scope).chain(pledges ->
                queries.disputesPerHundredDeliveries(tx, scope).chain(disputes ->
                matrix.of(tx, scope).chain(coverage ->
                trend.of(tx, scope, interval).map(overTime -> new CollaborationIndicators(shares(delivered),
                        participation, venues, pledges, disputes, coverage, overTime)))))))));
    }

    /** Every actor group, in order (UNKNOWN only when something was delivered by an actor not registered yet). */
    static List<ResourceShare> shares(List<Delivered> delivered) {
        Map<ActorGroup, long[]> sums = new EnumMap<>(ActorGroup.class);
        long total = 0;
        for (Delivered d : delivered) {
            long[] s = sums.computeIfAbsent(ActorGroup.of(d.partnerType()), g -> new long[3]);
            s[0] += d.rupiah();
            s[1] += d.units();
            s[2] += d.interventions();
            total += d.rupiah();
        }
        List<ResourceShare> out = new ArrayList<>();
        for (ActorGroup g : ActorGroup.values()) {
            long[] s = sums.get(g);
            if (s == null && g == ActorGroup.UNKNOWN) continue;
            if (s == null) s = new long[3];
            out.add(new ResourceShare(g.name(), s[0], s[1], (int) s[2], Ratios.of(s[0], total)));
        }
        return out;
    }
}
