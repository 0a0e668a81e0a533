package id.desatumis.monitoring.messaging;

import id.desatumis.monitoring.persistence.Generation;
import id.desatumis.monitoring.persistence.Generations;
import id.desatumis.monitoring.persistence.ProjectionDdl;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * What an instance does on taking the lead, before any loop runs: a live generation exists (the first one is created
 * from {@code projection/*.sql}), and a rebuild runs beside it if those files changed since it was built (their
 * SHA-256 differs from its {@code ddl_hash}). A rebuild left from other files (an older release's) is given up for
 * one from these.
 */
@ApplicationScoped
public class GenerationStartup {

    private static final Logger LOG = Logger.getLogger(GenerationStartup.class);
    private static final Duration DB = Duration.ofSeconds(30);

    private final Generations generations;

    public GenerationStartup(Generations generations) {
        this.generations = generations;
    }

    void prepare() {
        ProjectionDdl ddl = ProjectionDdl.load();
        Optional<Generation> live = generations.live().await().atMost(DB);
        if (live.isEmpty()) {
            Generation g = generations.create(ddl, Generation.State.LIVE, "startup").await().atMost(DB);
            LOG.infof("generation %d created (the first): its loop reads every topic from the start", g.number());
            return;
        }
        Optional<Generation> building = generations.building().await().atMost(DB);
        if (building.isPresent() && !building.get().ddlHash().equals(ddl.hash())) {
            generations.retire(building.get().number()).await().atMost(DB);
            LOG.infof("generation %d was being rebuilt from other projection/*.sql files: given up", building.get().number());
            building = Optional.empty();
        }
        if (!live.get().ddlHash().equals(ddl.hash()) && building.isEmpty()) {
            Generation g = generations.create(ddl, Generation.State.BUILDING, "startup: projection/*.sql changed").await().atMost(DB);
            LOG.infof("projection/*.sql changed since generation %d was built: generation %d is rebuilt beside it",
                    live.get().number(), g.number());
        }
    }
}
