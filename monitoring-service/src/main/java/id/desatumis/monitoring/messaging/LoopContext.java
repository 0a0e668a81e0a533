package id.desatumis.monitoring.messaging;

import id.desatumis.kit.inbox.Inbox;
import id.desatumis.monitoring.application.LiveChanges;
import id.desatumis.monitoring.config.ProjectionSettings;
import id.desatumis.monitoring.persistence.ConsumerLags;
import id.desatumis.monitoring.persistence.GenerationFreshness;
import id.desatumis.monitoring.persistence.GenerationPositions;
import id.desatumis.monitoring.persistence.GenerationScope;

/**
 * What every generation's loop works with, for one lead of this instance (its writes carry the lock's holder);
 * {@code caughtUp} asks the supervisor to look at once whether a rebuilt generation may go live.
 */
record LoopContext(ProjectionSettings settings, Inbox inbox, EngineParts parts, BatchWrites writes,
                   GenerationPositions positions, LiveChanges liveChanges, ConsumerLags lags, EngineMetrics metrics,
                   Runnable caughtUp) {

    /** Everything but the lock's holder, which each lead learns. */
    record Template(ProjectionSettings settings, Inbox inbox, EngineParts parts, GenerationScope scope,
                    GenerationPositions positions, GenerationFreshness freshness, LiveChanges liveChanges,
                    ConsumerLags lags, EngineMetrics metrics, Runnable caughtUp) {

        LoopContext forLeader(int leaderPid) {
            return new LoopContext(settings, inbox, parts, new BatchWrites(scope, positions, freshness, leaderPid),
                    positions, liveChanges, lags, metrics, caughtUp);
        }
    }
}
