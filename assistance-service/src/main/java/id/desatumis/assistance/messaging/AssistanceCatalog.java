package id.desatumis.assistance.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.kit.aggregate.AggregateEventCatalog;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateType;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.outbox.PublicRecord;
import io.vertx.mutiny.sqlclient.SqlClient;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/**
 * A catalog of assistance-service: one aggregate's events published on {@link AssistanceTopics#INTERVENTION}
 * (every stream of the service, keyed by its stream id), under the service's source. What is published and how it
 * maps to its contract is the subclass's; declare each subclass {@code @Singleton} (see the kit's
 * {@link AggregateEventCatalog}).
 */
abstract class AssistanceCatalog<S, E> extends AggregateEventCatalog<S, E> {

    private final ObjectMapper mapper;

    AssistanceCatalog(AggregateStore aggregates, SqlClient client, AggregateType<S, E> type, Set<String> published,
                      ObjectMapper mapper) {
        super(aggregates, client, type, published);
        this.mapper = mapper;
    }

    @Override
    public final String source() {
        return AssistanceTopics.SOURCE;
    }

    @Override
    public final Set<String> topics() {
        return Set.of(AssistanceTopics.INTERVENTION);
    }

    /** The contract, as the topic's record of this CloudEvents type. */
    protected final Optional<PublicRecord> publish(String cloudEventType, Object contract) {
        return PublicRecord.of(AssistanceTopics.INTERVENTION, cloudEventType, mapper, contract);
    }

    /** When the event was recorded, as the contracts' ISO-8601 instant. */
    protected static String recordedAt(StoredEvent stored) {
        return DateTimeFormatter.ISO_INSTANT.format(stored.recordedAt().toInstant());
    }
}
