package id.desatumis.monitoring.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.registry.HouseholdAbsorbedV1;
import id.desatumis.contracts.registry.HouseholdErasedV1;
import id.desatumis.contracts.registry.HouseholdMergedV1;
import id.desatumis.contracts.registry.HouseholdMovedV1;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.MemberAddedV1;
import id.desatumis.contracts.registry.MemberDiedV1;
import id.desatumis.contracts.registry.MemberMovedOutV1;
import id.desatumis.contracts.registry.MembersSplitOffV1;
import id.desatumis.contracts.registry.PersonErasedV1;
import id.desatumis.kit.inbox.BatchProjection;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.kit.inbox.Inbox;
import id.desatumis.monitoring.domain.SummaryChange;
import id.desatumis.monitoring.domain.SummaryChanges;
import id.desatumis.monitoring.persistence.VillageSummaryStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the village summary from the registry's household events, a batch of records at a time in one transaction
 * (platform-kit's {@link Inbox}): each event applied once however often it comes back, the batch's changes summed per
 * desa and written as one statement. An unknown type is skipped; a malformed known one stops the channel loudly.
 */
@ApplicationScoped
public class RegistryHouseholdConsumer implements BatchProjection<List<SummaryChange>> {

    private static final String PROJECTION = "the village summary";
    static final String CONSUMER = "monitoring.village-summary";

    private final Inbox inbox;
    private final VillageSummaryStore summaries;
    private final ObjectMapper mapper;

    public RegistryHouseholdConsumer(Inbox inbox, VillageSummaryStore summaries, ObjectMapper mapper) {
        this.inbox = inbox;
        this.summaries = summaries;
        this.mapper = mapper;
    }

    @Incoming("registry-household")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.apply(CONSUMER, records, this);
    }

    @Override
    public Optional<List<SummaryChange>> read(ConsumedEvent event) {
        return Optional.ofNullable(changesOf(event));
    }

    @Override
    public Uni<Void> apply(SqlConnection tx, List<Change<List<SummaryChange>>> fresh) {
        SummaryChanges sum = new SummaryChanges();
        OffsetDateTime latest = null;
        for (Change<List<SummaryChange>> c : fresh) {
            c.change().forEach(change -> sum.add(change, c.event().time()));
            latest = SummaryChanges.latest(latest, c.event().time());
        }
        return summaries.add(tx, sum.perDesa(), fresh.size(), latest);
    }

    /** The counts an event changes; null for a type this projection does not use. */
    private List<SummaryChange> changesOf(ConsumedEvent event) {
        switch (event.type()) {
            case HouseholdRegisteredV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, HouseholdRegisteredV1.class, PROJECTION);
                return List.of(new SummaryChange(e.desaCode(), 1, e.memberCount()));
            }
            case MemberAddedV1.CE_TYPE -> {
                return List.of(new SummaryChange(event.payloadAs(mapper, MemberAddedV1.class, PROJECTION).desaCode(), 0, 1));
            }
            case MemberDiedV1.CE_TYPE -> {
                return List.of(new SummaryChange(event.payloadAs(mapper, MemberDiedV1.class, PROJECTION).desaCode(), 0, -1));
            }
            case MemberMovedOutV1.CE_TYPE -> {
                return List.of(new SummaryChange(event.payloadAs(mapper, MemberMovedOutV1.class, PROJECTION).desaCode(), 0, -1));
            }
            case MembersSplitOffV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, MembersSplitOffV1.class, PROJECTION);
                return List.of(new SummaryChange(e.desaCode(), 0, -e.memberIds().size()));
            }
            case HouseholdMovedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, HouseholdMovedV1.class, PROJECTION);
                return e.fromDesaCode().equals(e.toDesaCode()) ? List.of() : List.of(
                        new SummaryChange(e.fromDesaCode(), -1, -e.memberCount()),
                        new SummaryChange(e.toDesaCode(), 1, e.memberCount()));
            }
            case HouseholdMergedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, HouseholdMergedV1.class, PROJECTION);
                return List.of(new SummaryChange(e.desaCode(), -1, -e.memberCount()));
            }
            case HouseholdAbsorbedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, HouseholdAbsorbedV1.class, PROJECTION);
                return List.of(new SummaryChange(e.desaCode(), 0, e.members().size()));
            }
            case PersonErasedV1.CE_TYPE -> {
                return List.of(new SummaryChange(event.payloadAs(mapper, PersonErasedV1.class, PROJECTION).desaCode(), 0, -1));
            }
            case HouseholdErasedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, HouseholdErasedV1.class, PROJECTION);
                return List.of(new SummaryChange(e.desaCode(), -1, -e.memberCount()));
            }
            default -> {
                return null;
            }
        }
    }
}
