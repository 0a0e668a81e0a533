package id.desatumis.partner.application;

import id.desatumis.kit.aggregate.CommandRunner;
import id.desatumis.kit.aggregate.CommandRunner.Decided;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.security.Caller;
import id.desatumis.partner.domain.Forum;
import id.desatumis.partner.domain.ForumEvent;
import id.desatumis.partner.domain.Forums;
import id.desatumis.partner.domain.Forums.AttendanceEntry;
import id.desatumis.partner.domain.Forums.DecisionDraft;
import id.desatumis.partner.domain.Forums.Schedule;
import id.desatumis.partner.persistence.ForumDecisions;
import id.desatumis.partner.persistence.PartnerDirectory;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Scheduling forums, inviting actors, recording attendance and decisions, each a function of the caller's
 * transaction (for its Idempotency-Key). Who may is {@link ForumAccess}'s; "today" is Sragen's date.
 */
@ApplicationScoped
public class ForumCommands {

    private final CommandRunner runner;
    private final ForumAggregate forums;
    private final PartnerDirectory directory;
    private final ForumDecisions decisions;
    private final Clock clock;

    public ForumCommands(CommandRunner runner, ForumAggregate forums, PartnerDirectory directory, ForumDecisions decisions,
                         Clock clock) {
        this.runner = runner;
        this.forums = forums;
        this.directory = directory;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Refuses at once (before any transaction) a caller who may not schedule this forum. */
    public Function<SqlConnection, Uni<CommandResult>> schedule(CommandContext ctx, Schedule s) {
        ForumAccess.requireMaySchedule(ctx.caller(), s.type(), s.area().code());
        String by = ctx.caller().subject();
        return tx -> runner.run(tx, forums, s.forumId(), ctx.metadata(), before -> Forums.schedule(before.state(), s, by))
                .map(decided -> ForumResults.of(201, decided));
    }

    public Function<SqlConnection, Uni<CommandResult>> invite(CommandContext ctx, UUID forumId, OptionalLong ifMatch,
                                                              List<UUID> partnerIds) {
        String by = ctx.caller().subject();
        return tx -> directory.findAll(tx, partnerIds).chain(registered -> change(tx, ctx, forumId, ifMatch, ForumAccess::visible,
                f -> Forums.invite(f, partnerIds, registered.keySet(), by)));
    }

    public Function<SqlConnection, Uni<CommandResult>> recordAttendance(CommandContext ctx, UUID forumId, OptionalLong ifMatch,
                                                                        List<AttendanceEntry> entries) {
        String by = ctx.caller().subject();
        return tx -> change(tx, ctx, forumId, ifMatch, ForumAccess::visible,
                f -> Forums.recordAttendance(f, entries, today(), by));
    }

    public Function<SqlConnection, Uni<CommandResult>> recordDecision(CommandContext ctx, UUID forumId, OptionalLong ifMatch,
                                                                      DecisionDraft draft) {
        String by = ctx.caller().subject();
        return tx -> decisions.find(tx, draft.number())
                .chain(taken -> change(tx, ctx, forumId, ifMatch, ForumAccess::requireMayDecide,
                        f -> Forums.recordDecision(f, draft, taken != null, today(), by)))
                .onFailure().transform(ForumCommands::numberTakenMeanwhile);
    }

    /** A command on a scheduled forum: 404 for one the caller may not see, then who may, then If-Match, then the rules. */
    private Uni<CommandResult> change(SqlConnection tx, CommandContext ctx, UUID forumId, OptionalLong ifMatch,
                                      BiConsumer<Caller, Forum> access, Function<Forum, List<ForumEvent>> decision) {
        return runner.run(tx, forums, forumId, ctx.metadata(), before -> {
            Forum forum = ForumAccess.visible(ctx.caller(), before.state());
            access.accept(ctx.caller(), forum);
            Versions.checkIfMatch(ifMatch, before.version());
            return decision.apply(forum);
        }).map(decided -> ForumResults.of(200, decided));
    }

    /** Two forums recording one decision number at once: the table's primary key lets one through. */
    private static Throwable numberTakenMeanwhile(Throwable failure) {
        return ForumDecisions.numberTaken(failure)
                ? new RuleBroken("number", "decision-number-taken", "another decision has this number") : failure;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
