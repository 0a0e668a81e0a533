package id.desatumis.assistance.bench;

import java.time.Duration;

/** Waiting for what a step set off by event to be done: until neither event store has grown for a second. */
final class Quiet {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private Quiet() {
    }

    static void await(RunningPlatform platform) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long last = -1;
        while (System.nanoTime() < deadline) {
            long now = EventStoreFigures.lastPosition(platform, "assistance") + EventStoreFigures.lastPosition(platform, "partner");
            if (now == last) return;
            last = now;
            Thread.sleep(1_000); // sampling other processes' progress: nothing to wait on instead
        }
        throw new IllegalStateException("the services still wrote events after " + PATIENCE);
    }
}
