package id.desatumis.registry.application;

import id.desatumis.kit.aggregate.AggregateType.Changed;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.HouseholdEvent;
import id.desatumis.registry.domain.HouseholdEvent.DuplicateFlagResolved;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdRegistered;
import id.desatumis.registry.domain.HouseholdEvent.LikelyDuplicateFlagged;
import id.desatumis.registry.domain.HouseholdEvent.MemberAdded;
import id.desatumis.registry.domain.Member;
import id.desatumis.registry.persistence.DuplicateFlags;
import id.desatumis.registry.persistence.HouseholdIndex;
import id.desatumis.registry.persistence.PersonFingerprints;
import id.desatumis.registry.persistence.PersonIdentities;
import id.desatumis.registry.persistence.PersonNames;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The household's inline read models, brought in line with its events in the appending transaction: the index
 * (desa, KK hash, size), who holds each NIK, the names for search, the likenesses and the review queue. New households
 * alone (a registration, an import's batch) are inserted set-based, a unique constraint failing the whole append;
 * any other change syncs each household from its state, in the order appended (so people leave one household before
 * they join another). An erased household is forgotten by {@link HouseholdErasure}, which knows every person it held.
 */
@ApplicationScoped
public class HouseholdReadModels {

    private final IdentityHasher hasher;
    private final HouseholdIndex households;
    private final PersonIdentities identities;
    private final PersonNames names;
    private final PersonFingerprints fingerprints;
    private final DuplicateFlags flags;

    public HouseholdReadModels(IdentityHasher hasher, HouseholdIndex households, PersonIdentities identities,
                               PersonNames names, PersonFingerprints fingerprints, DuplicateFlags flags) {
        this.hasher = hasher;
        this.households = households;
        this.identities = identities;
        this.names = names;
        this.fingerprints = fingerprints;
        this.flags = flags;
    }

    public Uni<Void> update(SqlConnection tx, List<Changed<Household.State, HouseholdEvent>> changes) {
        Uni<Void> indexes = changes.stream().allMatch(HouseholdReadModels::isRegistration)
                ? registered(tx, changes.stream().map(c -> c.after().state()).toList())
                : synced(tx, changes);
        List<HouseholdEvent> events = changes.stream().flatMap(c -> c.events().stream()).toList();
        return indexes.chain(() -> fingerprints.rememberAll(tx, likenesses(events)))
                .chain(() -> flags.openAll(tx, raised(events)))
                .chain(() -> resolved(tx, events));
    }

    /** Every lookup of the household and of the given people (the household's members over its life) goes, with flags' reasons. */
    public Uni<Void> forget(SqlConnection tx, UUID householdId, Collection<UUID> people) {
        return households.forget(tx, householdId)
                .chain(() -> identities.forget(tx, householdId, people))
                .chain(() -> names.forget(tx, householdId, people))
                .chain(() -> fingerprints.forget(tx, householdId, people))
                .chain(() -> flags.forget(tx, householdId, people));
    }

    /** One person erased: their likeness and the reasons written on their flags go (identity and name left with them as a member). */
    public Uni<Void> forgetPerson(SqlConnection tx, UUID memberId) {
        return fingerprints.forget(tx, null, List.of(memberId))
                .chain(() -> flags.forget(tx, null, List.of(memberId)));
    }

    private static boolean isRegistration(Changed<Household.State, HouseholdEvent> c) {
        return c.after().version() == c.events().size() && c.events().get(0) instanceof HouseholdRegistered;
    }

    private Uni<Void> registered(SqlConnection tx, List<Household.State> created) {
        List<PersonIdentities.Identity> held = new ArrayList<>();
        List<PersonNames.Name> named = new ArrayList<>();
        for (Household.State s : created) {
            held.addAll(identitiesOf(s));
            named.addAll(namesOf(s));
        }
        return households.insertAll(tx, created.stream().map(this::entry).toList())
                .chain(() -> identities.insertAll(tx, held))
                .chain(() -> names.addAll(tx, named));
    }

    private Uni<Void> synced(SqlConnection tx, List<Changed<Household.State, HouseholdEvent>> changes) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (var c : changes) {
            Household.State s = c.after().state();
            if (s.erased()) continue;
            chain = chain.chain(() -> households.upsert(tx, entry(s)))
                    .chain(() -> identities.claim(tx, s.householdId(), identitiesOf(s)))
                    .chain(() -> names.replace(tx, s.householdId(), namesOf(s)));
        }
        return chain;
    }

    private HouseholdIndex.Entry entry(Household.State s) {
        return new HouseholdIndex.Entry(s.householdId(), s.desaCode(), hasher.kk(s.kkNumber()), s.members().size(),
                s.version(), s.mergedInto(), s.desil(), s.referenceCode() != null);
    }

    private List<PersonIdentities.Identity> identitiesOf(Household.State s) {
        return s.members().stream().filter(m -> m.nik() != null)
                .map(m -> new PersonIdentities.Identity(hasher.nik(m.nik()), s.householdId(), m.memberId())).toList();
    }

    private List<PersonNames.Name> namesOf(Household.State s) {
        return s.members().stream().filter(m -> m.name() != null)
                .map(m -> new PersonNames.Name(m.memberId(), s.householdId(), s.desaCode(), hasher.nameWords(m.name())))
                .toList();
    }

    /** The likenesses of people who joined the registry (registered, or added as members). */
    private List<PersonFingerprints.Fingerprint> likenesses(List<HouseholdEvent> events) {
        List<PersonFingerprints.Fingerprint> out = new ArrayList<>();
        for (HouseholdEvent e : events) {
            if (e instanceof HouseholdRegistered r) r.members().forEach(m -> addLikeness(out, m, r.householdId(), r.desaCode()));
            if (e instanceof MemberAdded a) addLikeness(out, a.member(), a.householdId(), a.desaCode());
        }
        return out;
    }

    private void addLikeness(List<PersonFingerprints.Fingerprint> out, Member m, UUID household, String desa) {
        byte[] print = hasher.fingerprint(m, desa);
        if (print != null) out.add(new PersonFingerprints.Fingerprint(print, household, m.memberId()));
    }

    private static List<DuplicateFlags.Raised> raised(List<HouseholdEvent> events) {
        return events.stream().filter(LikelyDuplicateFlagged.class::isInstance).map(LikelyDuplicateFlagged.class::cast)
                .map(f -> new DuplicateFlags.Raised(f.flagId(), f.householdId(), f.memberId(), f.otherHouseholdId(),
                        f.otherMemberId(), f.desaCode(), f.reason()))
                .toList();
    }

    private Uni<Void> resolved(SqlConnection tx, List<HouseholdEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (HouseholdEvent e : events) {
            if (e instanceof DuplicateFlagResolved r) chain = chain.chain(() -> flags.resolve(tx, r.flagId(), r.outcome(), r.reason()));
        }
        return chain;
    }
}
