package id.desatumis.registry.application;

import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.ProblemException;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.eventstore.StreamAppend;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.HouseholdCommand;
import id.desatumis.registry.domain.HouseholdCommand.MergeHouseholds;
import id.desatumis.registry.domain.HouseholdCommand.MoveMemberOut;
import id.desatumis.registry.domain.HouseholdCommand.SplitHousehold;
import id.desatumis.registry.domain.HouseholdEvent;
import id.desatumis.registry.domain.HouseholdRejected;
import id.desatumis.registry.domain.HouseholdTransfers;
import id.desatumis.registry.persistence.IndexSync;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The household's life after registration. Each use case reads the household(s), checks the caller's scope
 * and If-Match, lets the domain decide, appends the events (two households atomically when a command
 * touches two) and brings the inline indexes in line, all in the caller's transaction.
 */
@ApplicationScoped
public class HouseholdLifecycle {

    private final HouseholdRepository households;
    private final IndexSync indexes;

    public HouseholdLifecycle(HouseholdRepository households, IndexSync indexes) {
        this.households = households;
        this.indexes = indexes;
    }

    /** A command on one household (a death, a head change, moving house, a new KK number). */
    public Uni<CommandResult> change(SqlConnection tx, CommandContext ctx, UUID id, OptionalLong ifMatch,
                                     HouseholdCommand command) {
        return writable(tx, ctx, id, ifMatch).chain(state -> {
            List<HouseholdEvent> events = decided(() -> Household.decide(state, command));
            Household.State after = Household.fold(state, events);
            return households.append(tx, id, state.version(), events, ctx.metadata())
                    .chain(() -> indexes.sync(tx, after))
                    .onFailure().transform(e -> translate(e, ctx))
                    .map(ignored -> ok(after));
        });
    }

    /** A member leaves, away or into another registered household (which they join in the same transaction). */
    public Uni<CommandResult> moveOut(SqlConnection tx, CommandContext ctx, UUID id, OptionalLong ifMatch, MoveMemberOut c) {
        return writable(tx, ctx, id, ifMatch).chain(source -> target(tx, ctx, c.toHouseholdId()).chain(target -> {
            var outcome = decided(() -> HouseholdTransfers.moveMemberOut(source, target, c));
            Household.State sourceAfter = Household.fold(source, outcome.first());
            return households.appendBoth(tx, source, outcome.first(), c.toHouseholdId(),
                            target == null ? 0 : target.version(), outcome.second(), ctx.metadata())
                    .chain(() -> indexes.sync(tx, sourceAfter))
                    .chain(() -> target == null ? Uni.createFrom().voidItem() : indexes.sync(tx, Household.fold(target, outcome.second())))
                    .onFailure().transform(e -> translate(e, ctx))
                    .map(ignored -> ok(sourceAfter));
        }));
    }

    /** Pecah KK: answers 201 with the new household. */
    public Uni<CommandResult> split(SqlConnection tx, CommandContext ctx, UUID id, OptionalLong ifMatch, SplitHousehold c) {
        ctx.caller().requireActIn(c.desaCode());
        return writable(tx, ctx, id, ifMatch).chain(source -> {
            var outcome = decided(() -> HouseholdTransfers.split(source, c));
            Household.State sourceAfter = Household.fold(source, outcome.first());
            Household.State created = Household.fold(outcome.second());
            return households.appendBoth(tx, source, outcome.first(), c.newHouseholdId(), StreamAppend.NEW_STREAM,
                            outcome.second(), ctx.metadata())
                    .chain(() -> indexes.sync(tx, sourceAfter))
                    .chain(() -> indexes.sync(tx, created))
                    .onFailure().transform(e -> translate(e, ctx))
                    .map(ignored -> new CommandResult(201, "/households/" + c.newHouseholdId(), created.version(),
                            Map.of("householdId", c.newHouseholdId().toString(), "version", created.version(),
                                    "splitFrom", id.toString(), "splitFromVersion", sourceAfter.version())));
        });
    }

    /** Dinas Sosial merges a duplicate registration into the survivor. */
    public Uni<CommandResult> merge(SqlConnection tx, CommandContext ctx, UUID survivorId, OptionalLong ifMatch,
                                    MergeHouseholds c) {
        return writable(tx, ctx, survivorId, ifMatch).chain(survivor -> target(tx, ctx, c.duplicateId()).chain(duplicate -> {
            var outcome = decided(() -> HouseholdTransfers.merge(survivor, duplicate, c));
            Household.State survivorAfter = Household.fold(survivor, outcome.first());
            return households.appendBoth(tx, survivor, outcome.first(), c.duplicateId(), duplicate.version(),
                            outcome.second(), ctx.metadata())
                    .chain(() -> indexes.sync(tx, Household.fold(duplicate, outcome.second())))
                    .chain(() -> indexes.sync(tx, survivorAfter))
                    .onFailure().transform(e -> translate(e, ctx))
                    .map(ignored -> ok(survivorAfter));
        }));
    }

    /** The household as the caller may change it: visible (else 404), in scope (else 403), not merged, If-Match fresh. */
    private Uni<Household.State> writable(SqlConnection tx, CommandContext ctx, UUID id, OptionalLong ifMatch) {
        return households.load(tx, id).map(state -> {
            if (!state.exists() || !ctx.caller().maySee(state.desaCode())) {
                throw Problems.notFound("household");
            }
            ctx.caller().requireActIn(state.desaCode());
            if (state.mergedInto() != null) {
                throw merged(state);
            }
            Versions.checkIfMatch(ifMatch, state.version());
            return state;
        });
    }

    /** The other household of a transfer; one the caller may not see is as unknown as one that does not exist. */
    private Uni<Household.State> target(SqlConnection tx, CommandContext ctx, UUID id) {
        if (id == null) return Uni.createFrom().nullItem();
        return households.load(tx, id).map(s -> s.exists() && ctx.caller().maySee(s.desaCode()) ? s
                : Household.State.EMPTY);
    }

    static ProblemException merged(Household.State state) {
        String message = "this household was merged into " + state.mergedInto() + "; use that id";
        return new ProblemException(RuleProblems.TYPES.get("household-merged"), message,
                List.of(new id.desatumis.kit.api.FieldError("householdId", "household-merged", message)),
                Map.of("mergedInto", state.mergedInto().toString()), Map.of());
    }

    private static <T> T decided(Supplier<T> decision) {
        try {
            return decision.get();
        } catch (HouseholdRejected r) {
            throw RuleProblems.rejected(r);
        }
    }

    private static Throwable translate(Throwable e, CommandContext ctx) {
        if (e instanceof IndexSync.NikHeldElsewhere) {
            return IdentityConflicts.nikTaken(ctx.caller(), List.of("nik"), List.of());
        }
        return IdentityConflicts.fromConstraint(e, ctx.caller(), new ArrayList<>(List.of("nik")));
    }

    private static CommandResult ok(Household.State after) {
        return new CommandResult(200, "/households/" + after.householdId(), after.version(),
                Map.of("householdId", after.householdId().toString(), "version", after.version()));
    }
}
