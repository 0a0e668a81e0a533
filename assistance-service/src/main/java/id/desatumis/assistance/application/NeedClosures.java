package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.CloseReason;
import id.desatumis.assistance.domain.HouseholdEvent;
import id.desatumis.assistance.domain.HouseholdNeeds;
import id.desatumis.assistance.domain.HouseholdStanding;
import id.desatumis.assistance.domain.NeedsOfHousehold;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.CommandRunner;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.api.Versions;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Dinas Sosial or the household's desa operator closes a need for a recorded reason (the household refused it, the
 * member died or moved away): settled without a delivery, it counts for HouseholdNeedsMet. A planned need's
 * intervention is cancelled with it; one that had a delivery reported is refused. The household's stream is the
 * ETag.
 */
@ApplicationScoped
public class NeedClosures {

    /** Why, and an optional note kept with the event (never published). */
    public record Closure(CloseReason reason, String note) {
    }

    private final AggregateStore aggregates;
    private final HouseholdAggregate households;
    private final HouseholdLocks locks;
    private final InterventionWithdrawals withdrawals;
    private final CommandRunner runner;

    public NeedClosures(AggregateStore aggregates, HouseholdAggregate households, HouseholdLocks locks,
                        InterventionWithdrawals withdrawals, CommandRunner runner) {
        this.aggregates = aggregates;
        this.households = households;
        this.locks = locks;
        this.withdrawals = withdrawals;
        this.runner = runner;
    }

    public Function<SqlConnection, Uni<CommandResult>> close(CommandContext ctx, UUID householdId, UUID needId,
                                                             OptionalLong ifMatch, Closure closure) {
        return tx -> locks.lockAndLoad(tx, Set.of(householdId)).chain(locked -> {
            Loaded<NeedsOfHousehold> before = locked.households().get(householdId);
            NeedsOfHousehold state = before.state();
            // a household or need the caller may not see is one it cannot learn exists
            if (state.standing() == HouseholdStanding.UNKNOWN || !ctx.caller().maySee(state.desaCode())) {
                throw Problems.notFound("household");
            }
            if (state.need(needId) == null) throw Problems.notFound("need");
            ctx.caller().requireActIn(state.desaCode());
            Versions.checkIfMatch(ifMatch, before.version());
            return withdrawals.open(tx, locked.interventions()).chain(session -> {
                String reason = closure.reason().name();
                List<HouseholdEvent> events = runner.decide(() -> HouseholdNeeds.close(state, needId, closure.reason(),
                        closure.note(), session.deliveryReported(state)));
                session.withdrawPlanned(state, events);
                List<Change<?, ?>> changes = new ArrayList<>();
                changes.add(new Change<>(households, before, events));
                changes.addAll(session.changes());
                return aggregates.appendAll(tx, changes, ctx.metadata()).map(after -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("householdId", householdId.toString());
                    body.put("needId", needId.toString());
                    body.put("status", "CLOSED");
                    body.put("reason", reason);
                    return new CommandResult(200, "/households/" + householdId + "/needs", after.get(0).version(), body);
                });
            });
        });
    }
}
