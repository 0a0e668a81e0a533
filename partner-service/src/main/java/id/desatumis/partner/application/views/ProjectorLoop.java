package id.desatumis.partner.application.views;

import id.desatumis.partner.config.ViewSettings;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Optional;

/**
 * Wakes the projector: at once after a full batch, after the poll interval otherwise, after the retry delay when a
 * batch failed (the same batch is tried again: a malformed event stops the projection loudly, it is never skipped).
 *
 * <p>Why a Vert.x timer and not quarkus-scheduler: the scheduler is not a dependency of this service, and a fixed
 * schedule cannot run again at once while batches are full. Why a new duplicated context per pass: Hibernate
 * Reactive (through Panache) keeps its session in the current Vert.x context's locals and refuses a context not
 * marked safe; a timer fires on the event loop's root context, shared with everything else on that loop. A fresh
 * duplicated context, marked safe as Quarkus marks a request's, gives each pass a session of its own that cannot
 * outlive it or leak into the next pass.
 */
@ApplicationScoped
public class ProjectorLoop {

    private static final Logger LOG = Logger.getLogger(ProjectorLoop.class);

    private final ReadModelProjector projector;
    private final ViewSettings settings;
    private final Vertx vertx;
    private volatile boolean stopped;
    /** Why the last pass failed, and since when passes fail; null while they succeed. */
    private volatile String failure;
    private volatile Instant failingSince;

    public ProjectorLoop(ReadModelProjector projector, ViewSettings settings, Vertx vertx) {
        this.projector = projector;
        this.settings = settings;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent started) {
        if (settings.enabled()) wakeIn(1);
    }

    void stop(@Observes ShutdownEvent stopping) {
        stopped = true;
    }

    /** One pass on a context of its own, for whoever needs one outside the loop (a test, say). */
    public Uni<ReadModelProjector.Pass> passOnOwnContext() {
        return Uni.createFrom().emitter(emitter -> onNewContext().runOnContext(v ->
                projector.pass().subscribe().with(emitter::complete, emitter::fail)));
    }

    private void wakeIn(long millis) {
        if (stopped) return;
        vertx.setTimer(Math.max(1, millis), id -> onNewContext().runOnContext(v -> projector.pass().subscribe().with(
                pass -> {
                    failure = null;
                    failingSince = null;
                    wakeIn(pass.more() ? 0 : settings.pollInterval().toMillis());
                },
                failed -> {
                    LOG.errorf(failed, "read models: a batch failed and is retried in %s; the projection waits until it applies",
                            settings.retryAfter());
                    failure = String.valueOf(failed.getMessage());
                    if (failingSince == null) failingSince = Instant.now();
                    wakeIn(settings.retryAfter().toMillis());
                })));
    }

    /** Why passes fail, and since when; empty while they succeed. */
    public Optional<Failing> failing() {
        String why = failure;
        Instant since = failingSince;
        return why == null || since == null ? Optional.empty() : Optional.of(new Failing(why, since));
    }

    public record Failing(String why, Instant since) {
    }

    private Context onNewContext() {
        Context pass = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(pass, true);
        return pass;
    }
}
