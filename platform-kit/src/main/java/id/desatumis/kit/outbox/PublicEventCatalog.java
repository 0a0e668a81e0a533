package id.desatumis.kit.outbox;

import id.desatumis.kit.eventstore.StoredEvent;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a service publishes. Each service declares one: the topics it writes, its CloudEvents source,
 * and the mapping of each public stored event type to its contract in event-contracts. An event type
 * the catalog maps to empty is internal: stored, never published. Personal data is stripped here.
 */
public interface PublicEventCatalog {

    /** {@code /desatumis/<service>} */
    String source();

    /** The topics this service writes; the relay creates them (retention forever). */
    Set<String> topics();

    Optional<PublicRecord> toPublic(StoredEvent event);

    /**
     * A batch at once, in order; a catalog that needs the database to map (keys, lookups) overrides this to do
     * it once per batch rather than once per event.
     */
    default List<Optional<PublicRecord>> toPublic(List<StoredEvent> events) {
        return events.stream().map(this::toPublic).toList();
    }
}
