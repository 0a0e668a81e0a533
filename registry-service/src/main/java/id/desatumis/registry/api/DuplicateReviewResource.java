package id.desatumis.registry.api;

import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.api.RequestContext;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.registry.application.CommandContext;
import id.desatumis.registry.application.HouseholdRepository;
import id.desatumis.registry.application.RuleProblems;
import id.desatumis.registry.domain.DuplicateReview;
import id.desatumis.registry.domain.FieldRules;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.HouseholdEvent;
import id.desatumis.registry.domain.HouseholdRejected;
import id.desatumis.registry.domain.RuleViolation;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Dinas Sosial's review of likely duplicates: the queue per desa, and each flag resolved once with a reason. */
@Path("/duplicate-flags")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DINSOS)
public class DuplicateReviewResource {

    private final Pool pool;
    private final HouseholdRepository households;
    private final IdempotentCommands commands;
    private final CallerProvider callers;
    private final RequestContext request;

    public DuplicateReviewResource(Pool pool, HouseholdRepository households, IdempotentCommands commands,
                                   CallerProvider callers, RequestContext request) {
        this.pool = pool;
        this.households = households;
        this.commands = commands;
        this.callers = callers;
        this.request = request;
    }

    public record Flag(String flagId, String householdId, String memberId, String otherHouseholdId, String otherMemberId,
                       String desaCode, String reason, String status, String resolutionReason, OffsetDateTime createdAt) {
    }

    public record Resolution(String outcome, String reason) {
    }

    @GET
    @Operation(summary = "Likely duplicates waiting for review (or resolved), per desa, oldest first")
    public Uni<List<Flag>> queue(@QueryParam("desaCode") String desaCode, @QueryParam("status") String status) {
        if (desaCode == null || desaCode.isBlank()) throw Problems.invalid("desaCode", "required", "a desa code");
        String s = status == null ? "open" : status;
        if (!List.of("open", "dismissed", "merged").contains(s)) throw Problems.invalid("status", "status", "open, dismissed or merged");
        return pool.preparedQuery("""
                        SELECT flag_id, household_id, member_id, other_household_id, other_member_id, desa_code, reason, status,
                               resolution_reason, created_at
                        FROM duplicate_flags WHERE desa_code = $1 AND status = $2 ORDER BY created_at LIMIT 500""")
                .execute(Tuple.of(desaCode, s))
                .map(rows -> {
                    List<Flag> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new Flag(r.getUUID(0).toString(), r.getUUID(1).toString(), r.getUUID(2).toString(),
                            r.getUUID(3).toString(), r.getUUID(4).toString(), r.getString(5), r.getString(6), r.getString(7),
                            r.getString(8), r.getOffsetDateTime(9))));
                    return out;
                });
    }

    @POST
    @Path("/{flagId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve a flag: dismissed (different people) or merged (after POST .../merges), with a reason")
    public Uni<Response> resolve(@PathParam("flagId") String flagId, Resolution body,
                                 @HeaderParam("Idempotency-Key") String key) {
        List<RuleViolation> v = new ArrayList<>();
        UUID flag = FieldRules.id("flagId", flagId, false, v);
        String reason = FieldRules.requiredText("reason", body == null ? null : body.reason(), 500, v);
        String outcome = body == null ? null : body.outcome();
        if (outcome == null || !DuplicateReview.OUTCOMES.contains(outcome)) {
            v.add(new RuleViolation("outcome", "outcome", "dismissed or merged"));
        }
        if (!v.isEmpty()) throw RuleProblems.invalid(v);
        CommandContext ctx = new CommandContext(callers.current(), request.correlationId(), request.traceparent());
        return pool.preparedQuery("SELECT household_id FROM duplicate_flags WHERE flag_id = $1").execute(Tuple.of(flag))
                .chain(found -> {
                    if (found.rowCount() == 0) throw Problems.notFound("flag");
                    UUID household = found.iterator().next().getUUID(0);
                    return resolve(ctx, household, flag, outcome, reason, key, body);
                });
    }

    private Uni<Response> resolve(CommandContext ctx, UUID household, UUID flag, String outcome, String reason, String key,
                                  Resolution body) {
        return commands.execute(ctx.caller(), "POST", "/duplicate-flags/" + flag + "/resolution",
                key, body, tx -> households.lockedHistory(tx, household)
                        .chain(history -> {
                            Household.State state = Household.fold(history);
                            if (!state.exists()) throw Problems.notFound("household");
                            List<HouseholdEvent> events;
                            try {
                                events = DuplicateReview.resolve(history, flag, outcome, reason);
                            } catch (HouseholdRejected r) {
                                throw RuleProblems.rejected(r);
                            }
                            return households.append(tx, household, state.version(), events, ctx.metadata())
                                    .call(() -> tx.preparedQuery("""
                                            UPDATE duplicate_flags SET status = $2, resolution_reason = $3, resolved_at = now()
                                            WHERE flag_id = $1""").execute(Tuple.of(flag, outcome, reason)))
                                    .map(version -> new CommandResult(200, "/households/" + household, version,
                                            Map.of("flagId", flag.toString(), "outcome", outcome, "version", version)));
                        }));
    }
}
