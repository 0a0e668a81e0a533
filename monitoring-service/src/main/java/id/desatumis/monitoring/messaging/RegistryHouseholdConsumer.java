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
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.kit.inbox.Inbox;
import id.desatumis.monitoring.domain.SummaryChange;
import id.desatumis.monitoring.persistence.VillageSummaryStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Keeps the village summary from the registry's household events. Ordered and idempotent: each event is
 * applied once (the inbox), an unknown type is skipped, a malformed known one stops the channel loudly.
 */
@ApplicationScoped
public class RegistryHouseholdConsumer {

    private static final String PROJECTION = "the village summary";
    static final String CONSUMER = "monitoring.village-summary";
    private static final Logger LOG = Logger.getLogger(RegistryHouseholdConsumer.class);

    private final Inbox inbox;
    private final VillageSummaryStore summaries;
    private final ObjectMapper mapper;

    public RegistryHouseholdConsumer(Inbox inbox, VillageSummaryStore summaries, ObjectMapper mapper) {
        this.inbox = inbox;
        this.summaries = summaries;
        this.mapper = mapper;
    }

    @Incoming("registry-household")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        ConsumedEvent event = ConsumedEvent.from(record);
        List<SummaryChange> changes = changesOf(event);
        if (changes == null) {
            LOG.debugf("skipping %s: not an event this projection uses", event.type());
            return Uni.createFrom().voidItem();
        }
        return inbox.applyOnce(CONSUMER, event.id(), tx -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (SummaryChange c : changes) {
                chain = chain.chain(() -> summaries.add(tx, c.desaCode(), c.households(), c.members(), event.time()));
            }
            return chain.chain(() -> summaries.applied(tx, event.time()));
        }).replaceWithVoid();
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
