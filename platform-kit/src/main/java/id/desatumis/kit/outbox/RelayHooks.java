package id.desatumis.kit.outbox;

import id.desatumis.kit.eventstore.StoredEvent;

import java.util.List;

/** Points where a test can stop the relay as a crash would (production uses none). */
public interface RelayHooks {
    RelayHooks NONE = new RelayHooks() {
    };

    /** Called when Kafka has acknowledged a batch and before the checkpoint moves past it. */
    default void afterSendBeforeCheckpoint(List<StoredEvent> batch) {
    }
}
