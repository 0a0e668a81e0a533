package id.desatumis.registry.application;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.audit.AccessLog;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.security.Caller;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.HouseholdEvent;
import id.desatumis.registry.persistence.HouseholdIndex;
import id.desatumis.registry.persistence.IdentifierLookups;
import id.desatumis.registry.persistence.PersonIdentities;
import id.desatumis.registry.persistence.PersonNames;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading households: by id, by NIK or KK number, by a member's name, a desa's list, a household's history. A household
 * the caller may not see is not found; every read that shows personal data is recorded with its stated purpose.
 */
@ApplicationScoped
public class HouseholdReads {

    private final Pool pool;
    private final AggregateStore aggregates;
    private final HouseholdAggregate households;
    private final EventStore store;
    private final HouseholdIndex index;
    private final PersonIdentities identities;
    private final PersonNames names;
    private final IdentityHasher hasher;
    private final AccessLog accessLog;
    private final IdentifierLookups lookups;

    public HouseholdReads(Pool pool, AggregateStore aggregates, HouseholdAggregate households, EventStore store,
                          HouseholdIndex index, PersonIdentities identities, PersonNames names, IdentityHasher hasher,
                          AccessLog accessLog, IdentifierLookups lookups) {
        this.pool = pool;
        this.aggregates = aggregates;
        this.households = households;
        this.store = store;
        this.index = index;
        this.identities = identities;
        this.names = names;
        this.hasher = hasher;
        this.accessLog = accessLog;
        this.lookups = lookups;
    }

    /** A read of the household registry: who reads, and why ({@code X-Access-Purpose}). */
    public record Reader(CommandContext ctx, String purpose) {
        Caller caller() {
            return ctx.caller();
        }
    }

    /** One change in a household's history; {@code change} only for those who may read its personal fields. */
    @Schema(description = "One change in a household's history")
    public record HistoryEntry(
            @Schema(description = "The household's version this change made", required = true, minimum = "1", examples = "3")
            long version,
            @Schema(description = "The stored event's type", required = true, examples = "MemberAdded") String type,
            @Schema(description = "When it was recorded", required = true, examples = "2026-11-30T08:15:02Z")
            OffsetDateTime recordedAt,
            @Schema(description = "Who made it: the token's subject", nullable = true, examples = "operator-33.14.07.2001") String actor,
            @Schema(description = "In which role", nullable = true, examples = "village-operator") String actorRole,
            @Schema(type = SchemaType.OBJECT, nullable = true, description = "The event's content, for dinsos and the household's own "
                    + "operator only (null for others)") Object change) {
    }

    /** How a household is found by an identifier: its holder in the lookups, by keyed hash. */
    public enum Identifier { NIK, KK }

    public static boolean mayReadPersonalData(Caller caller, String desaCode) {
        return HouseholdAccess.mayReadPersonalData(caller, desaCode);
    }

    public Uni<Household.State> household(Reader reader, UUID id, String action) {
        return load(id).map(s -> HouseholdAccess.visible(reader.caller(), s)).call(s -> recorded(reader, s, action));
    }

    /**
     * The household holding a NIK or KK number, if the reader may see it. Every lookup is traced, found or not, by
     * whoever asks ({@link IdentifierLookups}): an office testing numbers against the registry leaves its trail.
     */
    public Uni<Optional<Household.State>> byIdentifier(Reader reader, Identifier kind, String value, String action) {
        byte[] hash = kind == Identifier.NIK ? hasher.nik(value) : hasher.kk(value);
        Uni<UUID> holder = kind == Identifier.NIK
                ? identities.holders(pool, List.of(hash)).map(found -> found.isEmpty() ? null : found.get(0).householdId())
                : index.holderOfKk(pool, hash);
        return holder.chain(id -> id == null ? Uni.createFrom().item(Optional.<Household.State>empty()) : load(id)
                .chain(s -> !s.exists() || !reader.caller().maySee(s.desaCode())
                        ? Uni.createFrom().item(Optional.<Household.State>empty())
                        : recorded(reader, s, action).replaceWith(Optional.of(s))))
                .call(found -> lookups.record(pool, reader.caller().subject(), reader.caller().primaryRole(), kind.name(),
                        hash, found.map(Household.State::householdId).orElse(null), action,
                        AccessLog.purpose(reader.purpose()), reader.ctx().correlationId()));
    }

    /** Traced lookups, newest first: an actor's, or those of one NIK or KK number (hashed here, never stored). */
    public Uni<List<IdentifierLookups.Entry>> lookups(String actor, Identifier kind, String value, int page, int size) {
        byte[] hash = value == null ? null : kind == Identifier.NIK ? hasher.nik(value) : hasher.kk(value);
        return lookups.page(pool, new IdentifierLookups.Filter(actor, value == null ? null : kind.name(), hash), page, size);
    }

    /** Households of a desa with a member whose name contains these words (the caller may see the desa). */
    public Uni<List<Household.State>> byName(Reader reader, String desaCode, String name, int page, int size) {
        return names.households(pool, desaCode, hasher.nameWords(name), page, size).chain(ids -> {
            List<Uni<Household.State>> found = ids.stream()
                    .map(id -> load(id).call(s -> recorded(reader, s, "name-search"))).toList();
            return found.isEmpty() ? Uni.createFrom().item(List.<Household.State>of()) : Uni.join().all(found).andFailFast();
        });
    }

    public Uni<HouseholdIndex.Page> list(HouseholdIndex.Filter filter, int page, int size) {
        return index.page(pool, filter, page, size);
    }

    public Uni<List<HistoryEntry>> history(Reader reader, UUID id) {
        return store.readStream(pool, HouseholdAggregate.stream(id)).chain(stored -> aggregates.decodeAll(pool, households, stored)
                .chain(events -> {
                    Household.State state = HouseholdAccess.visible(reader.caller(),
                            households.fold(households.initial(), events));
                    boolean personal = mayReadPersonalData(reader.caller(), state.desaCode());
                    List<HistoryEntry> out = new ArrayList<>();
                    for (int i = 0; i < stored.size(); i++) {
                        out.add(entry(stored.get(i), personal ? events.get(i) : null));
                    }
                    return personal ? accessLog.record(pool, reader.caller(), id, AccessLog.purpose(reader.purpose()),
                            "history", reader.ctx().correlationId()).replaceWith(out) : Uni.createFrom().item(out);
                }));
    }

    private static HistoryEntry entry(StoredEvent stored, HouseholdEvent event) {
        EventMetadata m = EventStore.parseMetadata(stored.metadataJson());
        return new HistoryEntry(stored.version(), stored.type(), stored.recordedAt(), m.actorSubject(), m.actorRole(), event);
    }

    private Uni<Household.State> load(UUID id) {
        return aggregates.load(pool, households, id).map(Loaded::state);
    }

    /** A read that shows personal fields is recorded; one that shows none (another role, an erased household) is not. */
    private Uni<Void> recorded(Reader reader, Household.State s, String action) {
        if (s.erased() || !mayReadPersonalData(reader.caller(), s.desaCode())) return Uni.createFrom().voidItem();
        return accessLog.record(pool, reader.caller(), s.householdId(), AccessLog.purpose(reader.purpose()), action,
                reader.ctx().correlationId());
    }
}
