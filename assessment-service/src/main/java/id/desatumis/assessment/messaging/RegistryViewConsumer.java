package id.desatumis.assessment.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assessment.application.AssessmentAggregate;
import id.desatumis.assessment.application.HouseholdForgetting;
import id.desatumis.assessment.application.PendingForms;
import id.desatumis.assessment.persistence.RegistryView.Joining;
import id.desatumis.assessment.persistence.RegistryView.MemberRef;
import id.desatumis.assessment.persistence.RegistryView;
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
import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.inbox.BatchProjection;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.kit.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keeps the local view of the registry from its household events, and in the same transaction records (or refuses)
 * the forms that waited for the household. A batch of records at a time in one transaction (platform-kit's
 * {@link Inbox}): each event applied once, in its household's order; an unknown type is skipped, a malformed known one
 * stops the channel loudly.
 */
@ApplicationScoped
public class RegistryViewConsumer implements BatchProjection<RegistryViewConsumer.ViewChange> {

    private static final String PROJECTION = "the registry view";
    static final String CONSUMER = "assessment.registry-view";
    private static final Logger LOG = Logger.getLogger(RegistryViewConsumer.class);

    /**
     * What an event changes in the view, for which household; {@code joining} too when it only adds the household or
     * members (those of households without held forms are written together, see {@link #apply}).
     */
    record ViewChange(UUID householdId, Function<SqlConnection, Uni<Void>> apply, Joining joining) {

        ViewChange(UUID householdId, Function<SqlConnection, Uni<Void>> apply) {
            this(householdId, apply, null);
        }
    }

    private final Inbox inbox;
    private final RegistryView view;
    private final EventStore store;
    private final PendingForms pendingForms;
    private final HouseholdForgetting forgetting;
    private final ObjectMapper mapper;

    public RegistryViewConsumer(Inbox inbox, RegistryView view, EventStore store, PendingForms pendingForms,
                                HouseholdForgetting forgetting, ObjectMapper mapper) {
        this.inbox = inbox;
        this.view = view;
        this.store = store;
        this.pendingForms = pendingForms;
        this.forgetting = forgetting;
        this.mapper = mapper;
    }

    @Incoming("registry-household")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.apply(CONSUMER, records, this);
    }

    @Override
    public Optional<ViewChange> read(ConsumedEvent event) {
        try {
            return Optional.ofNullable(changeOf(event));
        } catch (IllegalArgumentException badId) {
            LOG.errorf("malformed %s event %s (%s): %s stops until it is fixed", event.type(), event.id(), badId.getMessage(),
                    PROJECTION);
            throw new ConsumedEvent.MalformedEvent("malformed " + event.type() + " " + event.id(), badId);
        }
    }

    /**
     * The assessment streams of every household in the batch are locked first, sorted, in one call: a form submitted
     * meanwhile either sees the household or is held before this transaction looks for held forms, and the appends
     * of held forms below come after their locks.
     */
    @Override
    public Uni<Void> beforeFirstWrite(SqlConnection tx, List<Change<ViewChange>> batch) {
        Set<String> streams = new TreeSet<>();
        batch.forEach(c -> streams.add(AssessmentAggregate.streamIdOf(c.change().householdId())));
        return streams.isEmpty() ? Uni.createFrom().voidItem() : store.lock(tx, streams);
    }

    /**
     * In order: what an event changes decides what a form held for the household meets, so the households with forms
     * waiting (asked once for the batch) are applied event by event and look for them after each of their events.
     * Consecutive joinings of the other households (an import's registrations) are written together, as one run.
     */
    @Override
    public Uni<Void> apply(SqlConnection tx, List<Change<ViewChange>> fresh) {
        Set<UUID> households = new HashSet<>();
        fresh.forEach(c -> households.add(c.change().householdId()));
        return pendingForms.withWaitingForms(tx, households).chain(waiting -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            List<Joining> run = new ArrayList<>();
            for (Change<ViewChange> c : fresh) {
                ViewChange change = c.change();
                if (change.joining() != null && !waiting.contains(change.householdId())) {
                    run.add(change.joining());
                    continue;
                }
                chain = joined(chain, tx, run);
                run = new ArrayList<>();
                chain = chain.chain(() -> change.apply().apply(tx));
                if (waiting.contains(change.householdId())) {
                    chain = chain.chain(() -> pendingForms.processWaiting(tx, change.householdId()));
                }
            }
            return joined(chain, tx, run);
        });
    }

    private Uni<Void> joined(Uni<Void> chain, SqlConnection tx, List<Joining> run) {
        return run.isEmpty() ? chain : chain.chain(() -> view.joined(tx, run));
    }

    private ViewChange joining(Joining j) {
        return new ViewChange(j.householdId(), tx -> view.joined(tx, List.of(j)), j);
    }

    private ViewChange changeOf(ConsumedEvent event) {
        switch (event.type()) {
            case HouseholdRegisteredV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, HouseholdRegisteredV1.class, PROJECTION);
                UUID id = UUID.fromString(e.householdId());
                return joining(new Joining(id, true, e.desaCode(), e.desil(), members(e.members())));
            }
            case MemberAddedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, MemberAddedV1.class, PROJECTION);
                UUID id = UUID.fromString(e.householdId());
                return joining(new Joining(id, false, null, null, members(List.of(e.member()))));
            }
            case MemberDiedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, MemberDiedV1.class, PROJECTION);
                UUID id = UUID.fromString(e.householdId());
                return new ViewChange(id, tx -> view.membersLeft(tx, id, List.of(UUID.fromString(e.memberId()))));
            }
            case MemberMovedOutV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, MemberMovedOutV1.class, PROJECTION);
                UUID id = UUID.fromString(e.householdId());
                return new ViewChange(id, tx -> view.membersLeft(tx, id, List.of(UUID.fromString(e.memberId()))));
            }
            case MembersSplitOffV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, MembersSplitOffV1.class, PROJECTION);
                UUID id = UUID.fromString(e.householdId());
                return new ViewChange(id, tx -> view.membersLeft(tx, id, e.memberIds().stream().map(UUID::fromString).toList()));
            }
            case HouseholdMovedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, HouseholdMovedV1.class, PROJECTION);
                UUID id = UUID.fromString(e.householdId());
                return new ViewChange(id, tx -> view.moved(tx, id, e.toDesaCode()));
            }
            case HouseholdMergedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, HouseholdMergedV1.class, PROJECTION);
                UUID id = UUID.fromString(e.householdId());
                return new ViewChange(id, tx -> view.merged(tx, id, UUID.fromString(e.survivorId())));
            }
            case HouseholdAbsorbedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, HouseholdAbsorbedV1.class, PROJECTION);
                UUID id = UUID.fromString(e.householdId());
                return joining(new Joining(id, false, null, null, members(e.members())));
            }
            case HouseholdErasedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, HouseholdErasedV1.class, PROJECTION);
                UUID id = UUID.fromString(e.householdId());
                return new ViewChange(id, tx -> view.erased(tx, id).chain(() -> forgetting.forget(tx, id, event.id())));
            }
            case PersonErasedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, PersonErasedV1.class, PROJECTION);
                UUID id = UUID.fromString(e.householdId());
                UUID member = UUID.fromString(e.memberId());
                return new ViewChange(id, tx -> view.personErased(tx, id, member)
                        .chain(() -> forgetting.forgetPerson(tx, member, event.id())));
            }
            default -> {
                return null;
            }
        }
    }

    private static List<MemberRef> members(List<HouseholdRegisteredV1.Member> members) {
        return members.stream().map(m -> new MemberRef(UUID.fromString(m.memberId()), m.sex(), m.ageBand())).toList();
    }
}
