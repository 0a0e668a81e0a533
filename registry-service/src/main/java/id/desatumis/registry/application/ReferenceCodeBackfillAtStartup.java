package id.desatumis.registry.application;

import id.desatumis.registry.config.ReferenceCodeSettings;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts the reference codes' backfill once the service is up (its migrations run), on a thread of its own: the
 * service answers meanwhile, and a household not reached yet answers {@code reference-code-missing}. A failed run
 * (the database away) is logged and tried again at the next start.
 */
@ApplicationScoped
public class ReferenceCodeBackfillAtStartup {

    private static final Logger LOG = Logger.getLogger(ReferenceCodeBackfillAtStartup.class);

    private final ReferenceCodeBackfill backfill;
    private final ReferenceCodeSettings settings;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "registry-reference-code-backfill");
        t.setDaemon(true);
        return t;
    });

    public ReferenceCodeBackfillAtStartup(ReferenceCodeBackfill backfill, ReferenceCodeSettings settings) {
        this.backfill = backfill;
        this.settings = settings;
    }

    void onStart(@Observes StartupEvent event) {
        if (!settings.backfillAtStartup()) return;
        worker.submit(() -> {
            try {
                int issued = backfill.run();
                if (issued > 0) LOG.infof("reference codes given to %d households registered before codes existed", issued);
            } catch (RuntimeException e) {
                LOG.errorf(e, "the reference code backfill stopped; households without a code get one at the next start");
            }
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }
}
