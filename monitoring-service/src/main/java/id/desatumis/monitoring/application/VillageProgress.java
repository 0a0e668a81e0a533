package id.desatumis.monitoring.application;

import id.desatumis.monitoring.domain.VillageSummary;
import id.desatumis.monitoring.messaging.ConsumerLag;
import id.desatumis.monitoring.persistence.VillageSummaryStore;
import id.desatumis.monitoring.persistence.VillageSummaryStore.Freshness;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/** A desa's progress as the projection has it, with how fresh the projection is (its last event and consumer lag). */
@ApplicationScoped
public class VillageProgress {

    /** The summary, the projection's freshness, and the consumer's lag behind the registry's topic. */
    public record Progress(VillageSummary summary, Freshness freshness, Long consumerLag) {
    }

    private final VillageSummaryStore summaries;
    private final ConsumerLag lag;
    private final Pool pool;

    public VillageProgress(VillageSummaryStore summaries, ConsumerLag lag, Pool pool) {
        this.summaries = summaries;
        this.lag = lag;
        this.pool = pool;
    }

    public Uni<Progress> of(String desaCode) {
        return Uni.combine().all().unis(summaries.find(pool, desaCode), summaries.freshness(pool))
                .with((s, f) -> new Progress(s, f, lag.registryHouseholdLag()));
    }
}
