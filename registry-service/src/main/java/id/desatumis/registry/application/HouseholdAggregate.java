package id.desatumis.registry.application;

import id.desatumis.kit.aggregate.AggregateType;
import id.desatumis.kit.aggregate.EventTypes;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.aggregate.PayloadSealing;
import id.desatumis.kit.crypto.SubjectKeys;
import id.desatumis.registry.application.crypto.HouseholdSealing;
import id.desatumis.registry.application.crypto.PersonalFields;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.HouseholdEvent;
import id.desatumis.registry.domain.HouseholdEvent.DuplicateFlagResolved;
import id.desatumis.registry.domain.HouseholdEvent.HeadChanged;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdAbsorbed;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdErased;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdMergedInto;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdMoved;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdRegistered;
import id.desatumis.registry.domain.HouseholdEvent.KkNumberChanged;
import id.desatumis.registry.domain.HouseholdEvent.LikelyDuplicateFlagged;
import id.desatumis.registry.domain.HouseholdEvent.MemberAdded;
import id.desatumis.registry.domain.HouseholdEvent.MemberDied;
import id.desatumis.registry.domain.HouseholdEvent.MemberMovedOut;
import id.desatumis.registry.domain.HouseholdEvent.MembersSplitOff;
import id.desatumis.registry.domain.HouseholdEvent.PersonErased;
import id.desatumis.registry.domain.HouseholdEvent.ReferenceCodeIssued;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The household as the kit's aggregate pipeline runs it: streams {@code household-<id>}, folded by the domain, its
 * personal fields sealed per subject, and its inline read models ({@link HouseholdReadModels}) written with every
 * append. The stored names are the ones stored since the first release (the records' simple names, schema version 1):
 * existing databases read as they are, and renaming a record no longer changes what is stored.
 */
@ApplicationScoped
public class HouseholdAggregate implements AggregateType<Household.State, HouseholdEvent> {

    public static final String CATEGORY = "household";

    static final EventTypes<HouseholdEvent> EVENT_TYPES = EventTypes.of(HouseholdEvent.class)
            .type("HouseholdRegistered", 1, HouseholdRegistered.class)
            .type("MemberAdded", 1, MemberAdded.class)
            .type("MemberDied", 1, MemberDied.class)
            .type("MemberMovedOut", 1, MemberMovedOut.class)
            .type("HeadChanged", 1, HeadChanged.class)
            .type("HouseholdMoved", 1, HouseholdMoved.class)
            .type("KkNumberChanged", 1, KkNumberChanged.class)
            .type("MembersSplitOff", 1, MembersSplitOff.class)
            .type("HouseholdMergedInto", 1, HouseholdMergedInto.class)
            .type("HouseholdAbsorbed", 1, HouseholdAbsorbed.class)
            .type("HouseholdErased", 1, HouseholdErased.class)
            .type("LikelyDuplicateFlagged", 1, LikelyDuplicateFlagged.class)
            .type("DuplicateFlagResolved", 1, DuplicateFlagResolved.class)
            .type("PersonErased", 1, PersonErased.class)
            .type("ReferenceCodeIssued", 1, ReferenceCodeIssued.class)
            .build();

    private final SubjectKeys keys;
    private final HouseholdSealing sealing;
    private final HouseholdReadModels readModels;

    public HouseholdAggregate(SubjectKeys keys, HouseholdReadModels readModels) {
        this.keys = keys;
        this.sealing = new HouseholdSealing(keys, PersonalFields.EVERY_FIELD);
        this.readModels = readModels;
    }

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public Household.State initial() {
        return Household.State.EMPTY;
    }

    @Override
    public Household.State evolve(Household.State state, HouseholdEvent event) {
        return Household.evolve(state, event);
    }

    @Override
    public EventTypes<HouseholdEvent> eventTypes() {
        return EVENT_TYPES;
    }

    @Override
    public PayloadSealing sealing() {
        return sealing;
    }

    @Override
    public Uni<Void> updateInlineModels(SqlConnection tx, Loaded<Household.State> after, List<HouseholdEvent> events) {
        return readModels.update(tx, List.of(new Changed<>(after, events)));
    }

    @Override
    public Uni<Void> updateInlineModels(SqlConnection tx, List<Changed<Household.State, HouseholdEvent>> changes) {
        return readModels.update(tx, changes);
    }

    /** The household as the relay reads it: only birth dates are opened (for age bands), every other field stays sealed. */
    public AggregateType<Household.State, HouseholdEvent> forPublishing() {
        return openedWith(new HouseholdSealing(keys, Set.of("birthDate")::contains));
    }

    /** The stream of a household, {@code household-<id>}. */
    public static String stream(UUID householdId) {
        return CATEGORY + "-" + householdId;
    }
}
