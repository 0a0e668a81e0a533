package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.HouseholdEvent.HouseholdClassified;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdErased;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdGraduated;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdMergedAway;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdMoved;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdNeedsMet;
import id.desatumis.assistance.domain.HouseholdEvent.MemberErased;
import id.desatumis.assistance.domain.HouseholdEvent.NeedCancelled;
import id.desatumis.assistance.domain.HouseholdEvent.NeedClosed;
import id.desatumis.assistance.domain.HouseholdEvent.NeedIdentified;
import id.desatumis.assistance.domain.HouseholdEvent.NeedListedAgain;
import id.desatumis.assistance.domain.HouseholdEvent.NeedMet;
import id.desatumis.assistance.domain.HouseholdEvent.NeedPlanned;
import id.desatumis.assistance.domain.HouseholdEvent.NeedReopened;
import id.desatumis.assistance.domain.HouseholdEvent;
import id.desatumis.assistance.domain.NeedsOfHousehold;
import id.desatumis.assistance.persistence.HouseholdRows;
import id.desatumis.assistance.persistence.NeedRows;
import id.desatumis.assistance.persistence.ReferenceCodeRows;
import id.desatumis.kit.aggregate.AggregateType;
import id.desatumis.kit.aggregate.EventTypes;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.aggregate.PayloadSealing;
import id.desatumis.kit.crypto.SubjectKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A household's needs as the kit's pipeline stores them (stream {@code household-<householdId>}), with the households
 * and needs tables written in the same transaction, set-based for a whole batch. A household that is gone (erased,
 * merged into another) also loses its reference code. A closure's note is sealed under the household's key.
 */
@ApplicationScoped
public class HouseholdAggregate implements AggregateType<NeedsOfHousehold, HouseholdEvent> {

    public static final String CATEGORY = "household";

    static final EventTypes<HouseholdEvent> TYPES = EventTypes.of(HouseholdEvent.class)
            .type("HouseholdClassified", 1, HouseholdClassified.class)
            .type("NeedIdentified", 1, NeedIdentified.class)
            .type("NeedListedAgain", 1, NeedListedAgain.class)
            .type("NeedCancelled", 1, NeedCancelled.class)
            .type("NeedClosed", 1, NeedClosed.class)
            .type("NeedPlanned", 1, NeedPlanned.class)
            .type("NeedMet", 1, NeedMet.class)
            .type("NeedReopened", 1, NeedReopened.class)
            .type("HouseholdGraduated", 1, HouseholdGraduated.class)
            .type("HouseholdMoved", 1, HouseholdMoved.class)
            .type("HouseholdMergedAway", 1, HouseholdMergedAway.class)
            .type("HouseholdErased", 1, HouseholdErased.class)
            .type("MemberErased", 1, MemberErased.class)
            .type("HouseholdNeedsMet", 1, HouseholdNeedsMet.class)
            .build();

    private final HouseholdRows households;
    private final NeedRows needs;
    private final ReferenceCodeRows codes;
    private final PayloadSealing sealing;

    public HouseholdAggregate(HouseholdRows households, NeedRows needs, ReferenceCodeRows codes, SubjectKeys keys) {
        this.households = households;
        this.needs = needs;
        this.codes = codes;
        this.sealing = new HouseholdTextSealing(keys, (client, streams) -> Uni.createFrom().item(byStream(streams)));
    }

    public static String streamIdOf(UUID householdId) {
        return CATEGORY + "-" + householdId;
    }

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public NeedsOfHousehold initial() {
        return NeedsOfHousehold.NONE;
    }

    @Override
    public NeedsOfHousehold evolve(NeedsOfHousehold state, HouseholdEvent event) {
        return NeedsOfHousehold.evolve(state, event);
    }

    @Override
    public EventTypes<HouseholdEvent> eventTypes() {
        return TYPES;
    }

    @Override
    public PayloadSealing sealing() {
        return sealing;
    }

    /** The households as the relay reads them: no contract carries a note, so none is opened. */
    public AggregateType<NeedsOfHousehold, HouseholdEvent> forPublishing() {
        return openedWith(HouseholdTextSealing.UNOPENED);
    }

    /** The household of each stream is in its id (its events name it too). */
    private static Map<String, UUID> byStream(List<String> streamIds) {
        Map<String, UUID> out = new HashMap<>();
        streamIds.forEach(s -> out.put(s, UUID.fromString(s.substring(CATEGORY.length() + 1))));
        return out;
    }

    @Override
    public Uni<Void> updateInlineModels(SqlConnection tx, Loaded<NeedsOfHousehold> after, List<HouseholdEvent> events) {
        return updateInlineModels(tx, List.of(new Changed<>(after, events)));
    }

    @Override
    public Uni<Void> updateInlineModels(SqlConnection tx, List<Changed<NeedsOfHousehold, HouseholdEvent>> changes) {
        List<HouseholdRows.Written> written = changes.stream()
                .map(c -> new HouseholdRows.Written(c.after().state(), c.after().version())).toList();
        List<UUID> gone = changes.stream().filter(c -> c.after().state().standing().gone())
                .map(c -> c.after().state().householdId()).toList();
        return households.write(tx, written)
                .chain(() -> needs.write(tx, changes.stream().map(c -> c.after().state()).toList()))
                .chain(() -> codes.forget(tx, gone));
    }
}
