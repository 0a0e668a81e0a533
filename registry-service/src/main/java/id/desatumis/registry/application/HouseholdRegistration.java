package id.desatumis.registry.application;

import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.HouseholdCommand.RegisterHousehold;
import id.desatumis.registry.domain.HouseholdEvent;
import id.desatumis.registry.domain.Member;
import id.desatumis.registry.persistence.HouseholdIndex;
import id.desatumis.registry.persistence.PersonIdentities;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Registers a household whose fields passed their rules: its NIK and KK numbers against those already registered,
 * its first reference code and likely duplicates flagged in the same append, then the events and the inline read
 * models in one transaction.
 */
@ApplicationScoped
public class HouseholdRegistration {

    private final AggregateStore aggregates;
    private final HouseholdAggregate households;
    private final HouseholdIndex index;
    private final PersonIdentities identities;
    private final IdentityHasher hasher;
    private final DuplicateDetector detector;
    private final ReferenceCodeIssuer referenceCodes;

    public HouseholdRegistration(AggregateStore aggregates, HouseholdAggregate households, HouseholdIndex index,
                                 PersonIdentities identities, IdentityHasher hasher, DuplicateDetector detector,
                                 ReferenceCodeIssuer referenceCodes) {
        this.aggregates = aggregates;
        this.households = households;
        this.index = index;
        this.identities = identities;
        this.hasher = hasher;
        this.detector = detector;
        this.referenceCodes = referenceCodes;
    }

    public Uni<CommandResult> register(SqlConnection tx, CommandContext ctx, RegisterHousehold command) {
        List<Member> members = command.members();
        Map<String, String> fieldByHash = new LinkedHashMap<>();
        List<byte[]> nikHashes = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).nik() == null) continue;
            byte[] hash = hasher.nik(members.get(i).nik());
            nikHashes.add(hash);
            fieldByHash.put(HexFormat.of().formatHex(hash), "members[" + i + "].nik");
        }
        List<String> nikFields = List.copyOf(fieldByHash.values());
        return index.holderOfKk(tx, hasher.kk(command.kkNumber()))
                .invoke(holder -> {
                    if (holder != null) throw IdentityConflicts.kkTaken(ctx.caller(), holder);
                })
                .chain(() -> identities.holders(tx, nikHashes))
                .invoke(holders -> {
                    if (holders.isEmpty()) return;
                    List<String> fields = holders.stream().map(h -> fieldByHash.get(HexFormat.of().formatHex(h.nikHash())))
                            .filter(Objects::nonNull).sorted().toList();
                    throw IdentityConflicts.nikTaken(ctx.caller(), fields,
                            holders.stream().map(PersonIdentities.Identity::householdId).toList());
                })
                .chain(() -> detector.find(tx, List.of(new DuplicateDetector.NewMembers(command.householdId(),
                        command.desaCode(), members))))
                .chain(flags -> {
                    // its reference code, and likely duplicates accepted and flagged for review, in the same append
                    List<HouseholdEvent> events = referenceCodes.withFirstCode(Household.decide(Household.State.EMPTY, command));
                    events.addAll(flags);
                    // the stream's lock before the append's first write (sealing makes the members' keys)
                    return aggregates.lock(tx, List.of(HouseholdAggregate.stream(command.householdId())))
                            .chain(() -> aggregates.append(tx, households, aggregates.fresh(households, command.householdId()),
                                    events, ctx.metadata()))
                            .map(after -> {
                                Map<String, Object> body = result(command.householdId(), after.version(), members);
                                body.put("likelyDuplicateFlags", flags.stream().map(f -> f.flagId().toString()).toList());
                                return new CommandResult(201, "/households/" + command.householdId(), after.version(), body);
                            });
                })
                .onFailure().transform(e -> IdentityConflicts.fromConstraint(e, ctx.caller(), nikFields));
    }

    private static Map<String, Object> result(UUID householdId, long version, List<Member> members) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("householdId", householdId.toString());
        body.put("version", version);
        body.put("memberIds", members.stream().map(m -> m.memberId().toString()).toList());
        return body;
    }
}
