package id.desatumis.monitoring.messaging;

import id.desatumis.kit.inbox.Inbox;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.monitoring.application.LiveChanges;
import id.desatumis.monitoring.config.ProjectionSettings;
import id.desatumis.monitoring.persistence.ConsumerLags;
import id.desatumis.monitoring.persistence.EngineLock;
import id.desatumis.monitoring.persistence.GenerationFreshness;
import id.desatumis.monitoring.persistence.GenerationPositions;
import id.desatumis.monitoring.persistence.GenerationScope;
import id.desatumis.monitoring.persistence.Generations;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The projection engine: one instance of the service (the holder of {@link EngineLock}) runs a loop per generation
 * ({@link GenerationSupervisor}); the others serve reads, measure the live generation's lag ({@link FollowerLag}),
 * and take over when the lock frees. On taking the lead it prepares the generations ({@link GenerationStartup}).
 */
@ApplicationScoped
public class ProjectionEngine {

    private static final Logger LOG = Logger.getLogger(ProjectionEngine.class);
    private static final long SUPERVISE_MILLIS = 500;

    private final ProjectionSettings settings;
    private final EngineLock lock;
    private final Generations generations;
    private final GenerationStartup startup;
    private final FollowerLag followerLag;
    private final LiveChanges liveChanges;
    private final RegionCatalog regions;
    private final LoopContext.Template loopTemplate;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile GenerationSupervisor supervisor;
    /** Released to supervise at once rather than at the next tick: a rebuild asked for, a rebuild caught up. */
    private final Semaphore due = new Semaphore(0);

    public ProjectionEngine(ProjectionSettings settings, EngineLock lock, Generations generations,
                            GenerationStartup startup, Inbox inbox,
                            EngineParts parts, GenerationScope scope, GenerationPositions positions,
                            GenerationFreshness freshness, LiveChanges liveChanges, ConsumerLags lags,
                            EngineMetrics metrics, RegionCatalog regions) {
        this.settings = settings;
        this.lock = lock;
        this.generations = generations;
        this.startup = startup;
        this.followerLag = new FollowerLag(settings, generations, positions, lags, parts.topics());
        this.liveChanges = liveChanges;
        this.regions = regions;
        this.loopTemplate = new LoopContext.Template(settings, inbox, parts, scope, positions, freshness, liveChanges, lags,
                metrics, this::superviseNow);
    }

    void onStart(@Observes StartupEvent event) {
        if (settings.enabled()) start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (running) return;
        running = true;
        thread = new Thread(this::run, "projection-engine");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops every loop (each after its batch under way) and frees the lock. */
    public synchronized void stop() {
        running = false;
        Thread t = thread;
        if (t == null) return;
        try {
            // it notices within a pause, then lets each loop finish its batch: no interrupt in the middle of one
            t.join(60_000);
            if (t.isAlive()) t.interrupt();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    /**
     * Looks at the generations now, on this instance if it leads (a rebuild asked for starts reading at once, a
     * caught-up one switches); another instance's supervisor sees them at its next tick.
     */
    public void superviseNow() {
        due.release();
    }

    /** Whether this instance runs the loops. */
    public boolean leading() {
        return supervisor != null;
    }

    /** The loops this instance runs (none when another instance leads). */
    public List<LoopStatus> loops() {
        GenerationSupervisor s = supervisor;
        return s == null ? List.of() : s.statuses();
    }

    private void run() {
        EngineLock.Held held = null;
        long backoff = settings.backoff().toMillis();
        while (running) {
            try {
                if (held == null) {
                    held = lock.tryAcquire().orElse(null);
                    if (held == null) {
                        followerLag.measure(); // another instance runs the loops
                        Thread.sleep(settings.leadershipInterval().toMillis());
                        continue;
                    }
                    followerLag.close();
                    LOG.infof("this instance runs the projection's loops (lock held by backend %d)", held.backendPid());
                    startup.prepare();
                    supervisor = new GenerationSupervisor(generations, loopTemplate.forLeader(held.backendPid()), this::switched);
                }
                if (!held.alive()) throw new IllegalStateException("the projection lock's connection is gone");
                supervisor.supervise();
                backoff = settings.backoff().toMillis();
                if (due.tryAcquire(SUPERVISE_MILLIS, TimeUnit.MILLISECONDS)) due.drainPermits();
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException | java.sql.SQLException e) {
                if (!running) break;
                LOG.warnf("projection engine: %s; the loops stop and the lock is taken again in %d ms", e.getMessage(), backoff);
                held = release(held);
                sleepQuietly(backoff);
                backoff = Math.min(backoff * 2, settings.maxBackoff().toMillis());
            }
        }
        release(held);
        followerLag.close();
    }

    /** After a switch every desa may show other figures: the dashboards re-read them all. */
    private void switched(int generation) {
        liveChanges.committed(regions.sragenDesa().stream().map(r -> r.code()).collect(Collectors.toSet()));
    }

    private EngineLock.Held release(EngineLock.Held held) {
        GenerationSupervisor s = supervisor;
        supervisor = null;
        if (s != null) s.stopAll();
        if (held != null) held.close();
        return null;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
