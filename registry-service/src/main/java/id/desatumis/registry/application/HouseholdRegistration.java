package id.desatumis.registry.application;

import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.eventstore.StreamAppend;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.HouseholdEvent;
import id.desatumis.registry.domain.HouseholdCommand.RegisterHousehold;
import id.desatumis.registry.domain.Member;
import id.desatumis.registry.domain.RegionReference;
import id.desatumis.registry.domain.RegistrationRules;
import id.desatumis.registry.domain.RuleViolation;
import id.desatumis.registry.persistence.IdentityIndex;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Registers a household: the rules first (nothing is written if one fails), then the NIK and KK numbers
 * against those already registered, then the events and the inline indexes in one transaction.
 */
@ApplicationScoped
public class HouseholdRegistration {

    private final HouseholdRepository households;
    private final IdentityIndex index;
    private final IdentityHasher hasher;
    private final RegionReference regions;
    private final Clock clock;
    private final DuplicateDetector detector;
    private final id.desatumis.registry.persistence.NameIndex names;

    public HouseholdRegistration(HouseholdRepository households, IdentityIndex index, IdentityHasher hasher,
                                 RegionReference regions, Clock clock, DuplicateDetector detector,
                                 id.desatumis.registry.persistence.NameIndex names) {
        this.detector = detector;
        this.names = names;
        this.households = households;
        this.index = index;
        this.hasher = hasher;
        this.regions = regions;
        this.clock = clock;
    }

    /** Checks the request's rules and the caller's village scope; throws a problem if either fails. */
    public RegisterHousehold validate(CommandContext ctx, RegistrationRequest r) {
        if (r.desaCode() != null) {
            ctx.caller().requireActIn(r.desaCode());
        }
        int count = r.members() == null ? 0 : r.members().size();
        List<UUID> memberIds = new ArrayList<>();
        for (int i = 0; i < count; i++) memberIds.add(UUID.randomUUID());
        var checked = RegistrationRules.check(UUID.randomUUID(), r.kkNumber(), r.desaCode(), r.address(), r.desil(), r.members(),
                memberIds, LocalDate.now(clock), regions);
        if (!checked.valid()) {
            throw RuleProblems.invalid(checked.violations());
        }
        return checked.command();
    }

    public Uni<CommandResult> register(SqlConnection tx, CommandContext ctx, RegisterHousehold command) {
        List<Member> members = command.members();
        List<byte[]> nikHashes = members.stream().map(m -> m.nik() == null ? null : hasher.nik(m.nik())).toList();
        List<String> nikFields = new ArrayList<>();
        Map<String, String> fieldByHash = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            if (nikHashes.get(i) != null) {
                fieldByHash.put(HexFormat.of().formatHex(nikHashes.get(i)), "members[" + i + "].nik");
                nikFields.add("members[" + i + "].nik");
            }
        }
        byte[] kkHash = hasher.kk(command.kkNumber());
        return index.kkHolder(tx, kkHash)
                .invoke(holder -> {
                    if (holder != null) throw IdentityConflicts.kkTaken(ctx.caller(), holder);
                })
                .chain(() -> index.nikHolders(tx, nikHashes.stream().filter(h -> h != null).toList()))
                .invoke(holders -> {
                    if (!holders.isEmpty()) {
                        List<String> fields = holders.keySet().stream().map(fieldByHash::get).sorted().toList();
                        throw IdentityConflicts.nikTaken(ctx.caller(), fields, List.copyOf(holders.values()));
                    }
                })
                .chain(() -> detector.find(tx, List.of(newMembers(command))))
                .chain(candidates -> {
                    // likely duplicates are accepted and flagged for review, in the same append
                    List<HouseholdEvent.LikelyDuplicateFlagged> flags = candidates.stream()
                            .map(DuplicateDetector.Candidate::flag).toList();
                    List<HouseholdEvent> events = new ArrayList<>(Household.decide(Household.State.EMPTY, command));
                    events.addAll(flags);
                    return households.append(tx, command.householdId(), StreamAppend.NEW_STREAM, events, ctx.metadata())
                            .call(version -> index.recordHousehold(tx, command.householdId(), command.desaCode(), kkHash,
                                    members.size(), version, command.desil()))
                            .call(() -> index.recordPersons(tx, command.householdId(),
                                    members.stream().map(Member::memberId).toList(), nikHashes))
                            .call(() -> detector.remember(tx, List.of(newMembers(command)), flags))
                            .call(() -> names.add(tx, command.householdId(), command.desaCode(), members))
                            .map(version -> {
                                Map<String, Object> body = result(command.householdId(), version, members);
                                body.put("likelyDuplicateFlags", flags.stream().map(f -> f.flagId().toString()).toList());
                                return new CommandResult(201, "/households/" + command.householdId(), version, body);
                            });
                })
                .onFailure().transform(e -> IdentityConflicts.fromConstraint(e, ctx.caller(), nikFields));
    }

    private static DuplicateDetector.NewMembers newMembers(RegisterHousehold c) {
        return new DuplicateDetector.NewMembers(c.householdId(), c.desaCode(), c.members());
    }

    static Map<String, Object> result(UUID householdId, long version, List<Member> members) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("householdId", householdId.toString());
        body.put("version", version);
        body.put("memberIds", members.stream().map(m -> m.memberId().toString()).toList());
        return body;
    }

}
