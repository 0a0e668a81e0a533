package id.desatumis.partner.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.partner.PartnerTopics;
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
 * A catalog of partner-service that publishes one aggregate's events on one topic: the source, the topic and the
 * writing of a contract are the same for each; what is published and how it maps is the subclass's.
 */
abstract class OneTopicCatalog<S, E> extends AggregateEventCatalog<S, E> {

    private final ObjectMapper mapper;
    private final String topic;

    OneTopicCatalog(AggregateStore aggregates, SqlClient client, AggregateType<S, E> type, Set<String> published,
                    ObjectMapper mapper, String topic) {
        super(aggregates, client, type, published);
        this.mapper = mapper;
        this.topic = topic;
    }

    @Override
    public final String source() {
        return PartnerTopics.SOURCE;
    }

    @Override
    public final Set<String> topics() {
        return Set.of(topic);
    }

    /** The contract, as the topic's record of this CloudEvents type. */
    protected final Optional<PublicRecord> publish(String cloudEventType, Object contract) {
        return PublicRecord.of(topic, cloudEventType, mapper, contract);
    }

    /** When the event was recorded, as the contracts' ISO-8601 instant. */
    protected static String recordedAt(StoredEvent stored) {
        return DateTimeFormatter.ISO_INSTANT.format(stored.recordedAt().toInstant());
    }
}
