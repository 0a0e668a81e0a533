package id.desatumis.monitoring.application;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * The desa whose figures just changed, told after each batch the live projection committed: the dashboard's
 * server-sent events. Nothing is kept: a subscriber hears what is committed after it subscribed, and re-reads the
 * figures through the APIs.
 */
@ApplicationScoped
public class LiveChanges {

    private final BroadcastProcessor<Set<String>> changes = BroadcastProcessor.create();

    /** Called by the projection engine once a batch of the live generation is committed. */
    public void committed(Set<String> desaCodes) {
        if (!desaCodes.isEmpty()) changes.onNext(Set.copyOf(desaCodes));
    }

    public Multi<Set<String>> stream() {
        return changes;
    }
}
