package id.desatumis.assistance.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.application.PartnerChange;
import id.desatumis.assistance.application.PartnerReferenceUpdates;
import id.desatumis.kit.inbox.BatchProjection;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.kit.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What assistance-service knows of partner-service, from its published events only: actors
 * ({@code desatumis.partner.partner.v1}), the responsibility matrix ({@code .responsibility.v1}), forum decisions
 * ({@code .forum.v1}) and pledges ({@code .pledge.v1}). A poll's batch is applied in one transaction with its
 * deduplication marks and its freshness (platform-kit's {@link Inbox}): each event once per stream, however often
 * delivered.
 */
@ApplicationScoped
public class PartnerReferenceConsumer implements BatchProjection<PartnerChange> {

    private final Inbox inbox;
    private final PartnerReferenceUpdates updates;
    private final ObjectMapper mapper;

    public PartnerReferenceConsumer(Inbox inbox, PartnerReferenceUpdates updates, ObjectMapper mapper) {
        this.inbox = inbox;
        this.updates = updates;
        this.mapper = mapper;
    }

    @Incoming("partner-reference")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.apply(PartnerReferenceUpdates.CONSUMER, records, this);
    }

    @Override
    public Optional<PartnerChange> read(ConsumedEvent event) {
        return Optional.ofNullable(PartnerReferenceEvents.of(event, mapper));
    }

    @Override
    public Uni<Void> apply(SqlConnection tx, List<Change<PartnerChange>> fresh) {
        OffsetDateTime latest = null;
        for (Change<PartnerChange> c : fresh) {
            OffsetDateTime at = c.event().time();
            if (at != null && (latest == null || at.isAfter(latest))) latest = at;
        }
        return updates.apply(tx, fresh.stream().map(Change::change).toList(), latest);
    }
}
