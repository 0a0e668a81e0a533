package id.desatumis.partner.application;

import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;
import id.desatumis.partner.domain.Approval;
import id.desatumis.partner.domain.Pledge;
import id.desatumis.partner.domain.PledgeEvent;
import id.desatumis.partner.domain.PledgeTerms;
import id.desatumis.partner.domain.Pledges;
import id.desatumis.partner.domain.Pledges.PartnerStanding;
import id.desatumis.partner.domain.Withdrawal;
import id.desatumis.partner.persistence.PartnerDirectory;
import id.desatumis.partner.persistence.PledgeBalances;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;

/**
 * The pledge commands, each for the caller's transaction (and its Idempotency-Key): lock the pledge's stream, check
 * who may act on it and If-Match, gather what the decision needs (the partner's standing, the cited forum decision,
 * the balance under the lock), let the domain decide, append, and answer with the pledge and its balance.
 */
@ApplicationScoped
public class PledgeCommands {

    /** A decision on a loaded pledge, with what it may look up in the command's transaction. */
    private interface Decision {
        Uni<List<PledgeEvent>> decide(SqlConnection tx, Loaded<Pledge> loaded);
    }

    private final AggregateStore aggregates;
    private final PledgeAggregate pledges;
    private final PledgeBalances balances;
    private final PartnerDirectory directory;
    private final ActingPartner acting;
    private final DecisionCitations citations;
    private final Clock clock;

    public PledgeCommands(AggregateStore aggregates, PledgeAggregate pledges, PledgeBalances balances,
                          PartnerDirectory directory, ActingPartner acting, DecisionCitations citations, Clock clock) {
        this.aggregates = aggregates;
        this.pledges = pledges;
        this.balances = balances;
        this.directory = directory;
        this.acting = acting;
        this.citations = citations;
        this.clock = clock;
    }

    /** A new pledge of the partner: offered by the partner itself, or by Dinas Sosial on its behalf. */
    public Function<SqlConnection, Uni<CommandResult>> offering(CommandContext ctx, UUID partnerId, PledgeTerms terms) {
        UUID pledgeId = UUID.randomUUID();
        Caller caller = ctx.caller();
        return tx -> aggregates.lockAndLoad(tx, pledges, pledgeId).chain(loaded -> requireActsFor(tx, caller, partnerId)
                .chain(() -> standing(tx, partnerId))
                .map(standing -> Pledges.offer(loaded.state(), standing, pledgeId, partnerId, terms, today(), caller.subject()))
                .chain(events -> appendAndAnswer(tx, ctx, loaded, events, 201)));
    }

    /** A command on an existing pledge. */
    public sealed interface OnPledge {
    }

    /** Accepted on the forum decision of that number, which must approve this pledge for every area of its scope. */
    public record Accept(String decisionNumber) implements OnPledge {
    }

    public record Decline(String reason) implements OnPledge {
    }

    /** Part or all of the unreserved remainder, read from the balance under the pledge's stream lock. */
    public record Withdraw(Withdrawal withdrawal) implements OnPledge {
    }

    /** The command on the pledge, for the caller's transaction. */
    public Function<SqlConnection, Uni<CommandResult>> on(CommandContext ctx, UUID pledgeId, OptionalLong ifMatch,
                                                          OnPledge command) {
        String by = ctx.caller().subject();
        Decision decision;
        if (command instanceof Accept a) {
            decision = (tx, loaded) -> accept(tx, loaded.state(), a.decisionNumber(), by);
        } else if (command instanceof Decline d) {
            decision = (tx, loaded) -> Uni.createFrom().item(Pledges.decline(loaded.state(), d.reason(), by));
        } else {
            Withdrawal w = ((Withdraw) command).withdrawal();
            decision = (tx, loaded) -> balances.find(tx, pledgeId)
                    .map(balance -> Pledges.withdraw(loaded.state(), balance, w, by));
        }
        return onPledge(ctx, pledgeId, ifMatch, decision);
    }

    private Uni<List<PledgeEvent>> accept(SqlConnection tx, Pledge pledge, String decisionNumber, String by) {
        return standing(tx, pledge.offered().partnerId()).chain(standing -> {
            List<PledgeEvent> events = Pledges.accept(pledge, standing, decisionNumber, today(), by);
            return citations.require(tx, "decisionNumber", decisionNumber, Approval.Kind.PLEDGE,
                    pledge.offered().pledgeId().toString(), pledge.offered().scope().areas()).replaceWith(events);
        });
    }

    private Function<SqlConnection, Uni<CommandResult>> onPledge(CommandContext ctx, UUID pledgeId, OptionalLong ifMatch,
                                                                 Decision decision) {
        return tx -> aggregates.lockAndLoad(tx, pledges, pledgeId).chain(loaded -> {
            if (!loaded.state().exists()) throw unknown();
            UUID partnerId = loaded.state().offered().partnerId();
            return actsFor(tx, ctx.caller(), partnerId).chain(self -> {
                // staff act on every pledge, on the partner's behalf; a partner or an office only on its own
                boolean staff = ctx.caller().has(Roles.DINSOS) || ctx.caller().has(Roles.TKPKD);
                if (!self && !staff) throw unknown();
                Versions.checkIfMatch(ifMatch, loaded.version());
                return decision.decide(tx, loaded).chain(events -> appendAndAnswer(tx, ctx, loaded, events, 200));
            });
        });
    }

    private Uni<CommandResult> appendAndAnswer(SqlConnection tx, CommandContext ctx, Loaded<Pledge> loaded,
                                               List<PledgeEvent> events, int status) {
        return aggregates.append(tx, pledges, loaded, events, ctx.metadata())
                .chain(after -> balances.find(tx, after.state().offered().pledgeId())
                        .map(balance -> PledgeAnswers.of(status, after.state(), after.version(), balance)));
    }

    private Uni<Void> requireActsFor(SqlClient c, Caller caller, UUID partnerId) {
        if (caller.has(Roles.DINSOS)) return Uni.createFrom().voidItem();
        return actsFor(c, caller, partnerId).invoke(self -> {
            if (!self) throw new RuleBroken("partnerId", "not-your-partner", "your token acts for another partner");
        }).replaceWithVoid();
    }

    /** Whether the caller acts for the partner: its own partner token (registered or not yet), or its office's. */
    private Uni<Boolean> actsFor(SqlClient c, Caller caller, UUID partnerId) {
        if (caller.has(Roles.PARTNER) && partnerId.toString().equalsIgnoreCase(caller.partnerId())) {
            return Uni.createFrom().item(true);
        }
        return acting.actsFor(c, caller, partnerId);
    }

    private Uni<PartnerStanding> standing(SqlClient c, UUID partnerId) {
        return directory.find(c, partnerId).map(e -> e == null ? PartnerStanding.UNKNOWN
                : e.active() ? PartnerStanding.ACTIVE : PartnerStanding.SUSPENDED);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static RuleBroken unknown() {
        return new RuleBroken("pledgeId", "pledge-unknown", "no such pledge");
    }
}
