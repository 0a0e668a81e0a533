package id.desatumis.registry.application;

import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.aggregate.CommandRunner;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.HouseholdCommand;
import id.desatumis.registry.domain.HouseholdCommand.MergeHouseholds;
import id.desatumis.registry.domain.HouseholdCommand.MoveMemberOut;
import id.desatumis.registry.domain.HouseholdCommand.SplitHousehold;
import id.desatumis.registry.domain.HouseholdEvent;
import id.desatumis.registry.domain.HouseholdTransfers;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The household's life after registration. A command on one household runs through the kit's command runner; one that
 * touches two (moving a member between them, a split, a merge) takes both streams' locks first, in sorted order, then
 * reads both, lets the domain decide, and appends to both atomically. The read models follow in the same
 * transaction, the household people leave before the one they join.
 */
@ApplicationScoped
public class HouseholdLifecycle {

    private final AggregateStore aggregates;
    private final CommandRunner runner;
    private final HouseholdAggregate households;
    private final ReferenceCodeIssuer referenceCodes;

    public HouseholdLifecycle(AggregateStore aggregates, CommandRunner runner, HouseholdAggregate households,
                              ReferenceCodeIssuer referenceCodes) {
        this.aggregates = aggregates;
        this.runner = runner;
        this.households = households;
        this.referenceCodes = referenceCodes;
    }

    /** A command on one household (a death, a head change, moving house, a new KK number). */
    public Uni<CommandResult> change(SqlConnection tx, CommandContext ctx, UUID id, OptionalLong ifMatch,
                                     HouseholdCommand command) {
        return runner.run(tx, households, id, ctx.metadata(),
                        before -> Household.decide(HouseholdAccess.writable(ctx, before.state(), ifMatch), command))
                .onFailure().transform(e -> IdentityConflicts.fromConstraint(e, ctx.caller(), List.of("nik")))
                .map(decided -> ok(decided.after().state()));
    }

    /** A member leaves, away or into another registered household (which they join in the same transaction). */
    public Uni<CommandResult> moveOut(SqlConnection tx, CommandContext ctx, UUID id, OptionalLong ifMatch, MoveMemberOut c) {
        return lockAndLoad(tx, id, c.toHouseholdId()).chain(loaded -> {
            Loaded<Household.State> source = loaded.get(0);
            Loaded<Household.State> target = loaded.size() > 1 ? loaded.get(1) : null;
            var outcome = HouseholdTransfers.moveMemberOut(HouseholdAccess.writable(ctx, source.state(), ifMatch),
                    target == null ? null : HouseholdAccess.other(ctx.caller(), target.state()), c);
            List<Change<?, ?>> changes = new ArrayList<>(List.of(new Change<>(households, source, outcome.first())));
            if (target != null) changes.add(new Change<>(households, target, outcome.second()));
            return appendAll(tx, ctx, changes).map(after -> ok(after.get(0).state()));
        });
    }

    /** Pecah KK: answers 201 with the new household, which gets a reference code of its own. */
    public Uni<CommandResult> split(SqlConnection tx, CommandContext ctx, UUID id, OptionalLong ifMatch, SplitHousehold c) {
        ctx.caller().requireActIn(c.desaCode());
        return aggregates.lock(tx, sorted(id, c.newHouseholdId()))
                .chain(() -> aggregates.load(tx, households, id))
                .chain(source -> {
                    var outcome = HouseholdTransfers.split(HouseholdAccess.writable(ctx, source.state(), ifMatch), c);
                    return appendAll(tx, ctx, List.of(new Change<>(households, source, outcome.first()),
                            new Change<>(households, aggregates.fresh(households, c.newHouseholdId()),
                                    referenceCodes.withFirstCode(outcome.second()))));
                })
                .map(after -> {
                    Household.State remaining = after.get(0).state();
                    Household.State created = after.get(1).state();
                    return new CommandResult(201, "/households/" + c.newHouseholdId(), created.version(),
                            Map.of("householdId", c.newHouseholdId().toString(), "version", created.version(),
                                    "splitFrom", id.toString(), "splitFromVersion", remaining.version()));
                });
    }

    /** Dinas Sosial merges a duplicate registration into the survivor. */
    public Uni<CommandResult> merge(SqlConnection tx, CommandContext ctx, UUID survivorId, OptionalLong ifMatch,
                                    MergeHouseholds c) {
        return lockAndLoad(tx, survivorId, c.duplicateId()).chain(loaded -> {
            Loaded<Household.State> survivor = loaded.get(0);
            Loaded<Household.State> duplicate = loaded.size() > 1 ? loaded.get(1) : survivor;
            var outcome = HouseholdTransfers.merge(HouseholdAccess.writable(ctx, survivor.state(), ifMatch),
                    HouseholdAccess.other(ctx.caller(), duplicate.state()), c);
            // the duplicate's members leave it before they join the survivor
            return appendAll(tx, ctx, List.of(new Change<>(households, duplicate, outcome.second()),
                    new Change<>(households, survivor, outcome.first()))).map(after -> ok(after.get(1).state()));
        });
    }

    /** Both households' locks (sorted), then both households; the second is absent when no id is given. */
    private Uni<List<Loaded<Household.State>>> lockAndLoad(SqlConnection tx, UUID first, UUID second) {
        return aggregates.lock(tx, sorted(first, second))
                .chain(() -> aggregates.load(tx, households, first))
                .chain(a -> second == null || second.equals(first) ? Uni.createFrom().item(List.of(a))
                        : aggregates.load(tx, households, second).map(b -> List.of(a, b)));
    }

    @SuppressWarnings("unchecked")
    private Uni<List<Loaded<Household.State>>> appendAll(SqlConnection tx, CommandContext ctx, List<Change<?, ?>> changes) {
        return aggregates.appendAll(tx, changes, ctx.metadata())
                .onFailure().transform(e -> IdentityConflicts.fromConstraint(e, ctx.caller(), List.of("nik")))
                .map(after -> after.stream().map(l -> (Loaded<Household.State>) l).toList());
    }

    private static List<String> sorted(UUID first, UUID second) {
        return Stream.of(first, second).filter(Objects::nonNull).distinct()
                .map(HouseholdAggregate::stream).sorted().toList();
    }

    private static CommandResult ok(Household.State after) {
        return new CommandResult(200, "/households/" + after.householdId(), after.version(),
                Map.of("householdId", after.householdId().toString(), "version", after.version()));
    }
}
