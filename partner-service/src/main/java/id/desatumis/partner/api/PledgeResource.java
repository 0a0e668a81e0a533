package id.desatumis.partner.api;

import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.security.Roles;
import id.desatumis.partner.application.PledgeCommands;
import id.desatumis.partner.domain.Withdrawal;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A pledge's commands: accepted on a forum decision or declined by Dinas Sosial or TKPKD; its unreserved remainder
 * withdrawn by the partner (its partner token, or its office's opd token) or by Dinas Sosial for it. Each answers the
 * pledge and its balance. If-Match (the pledge stream's version) and Idempotency-Key are optional. Offers are
 * {@link PartnerPledgeResource}'s; reading pledges is the query side's.
 */
@Path("/pledges/{id}")
@Tag(name = ApiSchemas.PLEDGES, description = ApiSchemas.PLEDGES_TAG)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PledgeResource {

    private final PledgeCommands pledges;
    private final IdempotentCommands commands;
    private final CommandContexts contexts;

    public PledgeResource(PledgeCommands pledges, IdempotentCommands commands, CommandContexts contexts) {
        this.pledges = pledges;
        this.commands = commands;
        this.contexts = contexts;
    }

    @POST
    @Path("/acceptance")
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD})
    @Operation(operationId = "acceptPledge", summary = "Accept a pledge",
            description = "Dinas Sosial or TKPKD accepts an offered pledge on the forum decision that approves it for "
                    + "its areas; a pledge whose last day has passed cannot be (period-ended, 400).")
    @APIResponse(responseCode = "200", description = "Accepted", headers = {
            @Header(name = "Location", description = ApiSchemas.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = ApiSchemas.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.PledgeAnswer.class)))
    @APIResponse(responseCode = "409", description = "No longer offered (pledge-not-offered); the decision is "
            + "unknown, approves something else or is of another area (decision-unknown, "
            + "decision-approves-otherwise, decision-other-area); the partner is suspended (partner-suspended); the "
            + "pledge changed meanwhile (version-conflict); or a request with the same Idempotency-Key is still "
            + "running")
    public Uni<Response> accept(@Parameter(description = "The pledge's id", example = ApiSchemas.PLEDGE_ID,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id, PledgeBodies.Acceptance body,
            @Parameter(description = ApiSchemas.IF_MATCH, example = "\"1\"", schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiSchemas.IF_MATCH_PATTERN)) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiSchemas.IDEMPOTENCY_KEY, example = "01JDX8Q3V7K2M5N9P4R6T8W0YZ",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchemas.IDEMPOTENCY_KEY_PATTERN, maxLength = 255))
            @HeaderParam("Idempotency-Key") String key) {
        List<FieldError> errors = new ArrayList<>();
        String decision = FieldChecks.decisionNumber("decisionNumber", PledgeBodies.required(body).decisionNumber(), errors);
        return run(id, "/acceptance", ifMatch, key, body, errors, new PledgeCommands.Accept(decision));
    }

    @POST
    @Path("/decline")
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD})
    @Operation(operationId = "declinePledge", summary = "Decline a pledge",
            description = "Dinas Sosial or TKPKD declines an offered pledge, saying why.")
    @APIResponse(responseCode = "200", description = "Declined", headers = {
            @Header(name = "Location", description = ApiSchemas.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = ApiSchemas.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.PledgeAnswer.class)))
    @APIResponse(responseCode = "409", description = "No longer offered (pledge-not-offered), the pledge changed "
            + "meanwhile (version-conflict), or a request with the same Idempotency-Key is still running")
    public Uni<Response> decline(@Parameter(description = "The pledge's id", example = ApiSchemas.PLEDGE_ID,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id, PledgeBodies.Decline body,
            @Parameter(description = ApiSchemas.IF_MATCH, example = "\"1\"", schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiSchemas.IF_MATCH_PATTERN)) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiSchemas.IDEMPOTENCY_KEY, example = "01JDX8Q3V7K2M5N9P4R6T8W0YZ",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchemas.IDEMPOTENCY_KEY_PATTERN, maxLength = 255))
            @HeaderParam("Idempotency-Key") String key) {
        List<FieldError> errors = new ArrayList<>();
        String reason = FieldChecks.text("reason", PledgeBodies.required(body).reason(), FieldChecks.REASON_MAX, errors);
        return run(id, "/decline", ifMatch, key, body, errors, new PledgeCommands.Decline(reason));
    }

    @POST
    @Path("/withdrawal")
    @RolesAllowed({Roles.DINSOS, Roles.PARTNER, Roles.OPD})
    @Operation(operationId = "withdrawPledge", summary = "Withdraw from a pledge",
            description = "Withdraws part of the unreserved remainder, or all of it (entire), saying why: the partner "
                    + "(its partner token, or its office's opd token) on its own pledges (another partner's is 404), "
                    + "or Dinas Sosial on its behalf.")
    @APIResponse(responseCode = "200", description = "Withdrawn", headers = {
            @Header(name = "Location", description = ApiSchemas.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = ApiSchemas.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.PledgeAnswer.class)))
    @APIResponse(responseCode = "409", description = "More than the unreserved remainder "
            + "(withdrawal-exceeds-remainder), the pledge is declined, withdrawn or expired (pledge-closed), the "
            + "pledge changed meanwhile (version-conflict), or a request with the same Idempotency-Key is still "
            + "running")
    public Uni<Response> withdraw(@Parameter(description = "The pledge's id", example = ApiSchemas.PLEDGE_ID,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id, PledgeBodies.Withdrawal body,
            @Parameter(description = ApiSchemas.IF_MATCH, example = "\"1\"", schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiSchemas.IF_MATCH_PATTERN)) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiSchemas.IDEMPOTENCY_KEY, example = "01JDX8Q3V7K2M5N9P4R6T8W0YZ",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchemas.IDEMPOTENCY_KEY_PATTERN, maxLength = 255))
            @HeaderParam("Idempotency-Key") String key) {
        PledgeBodies.Withdrawal b = PledgeBodies.required(body);
        List<FieldError> errors = new ArrayList<>();
        var withdrawal = new Withdrawal(PledgeBodies.amounts(b, errors), Boolean.TRUE.equals(b.entire()),
                FieldChecks.optionalText("reason", b.reason(), FieldChecks.REASON_MAX, errors));
        if (errors.isEmpty()) errors.addAll(PledgeBodies.fieldErrors(withdrawal.broken()));
        return run(id, "/withdrawal", ifMatch, key, body, errors, new PledgeCommands.Withdraw(withdrawal));
    }

    /** A command on one pledge, once its fields are read: refused whole if any field breaks a rule. */
    private Uni<Response> run(String id, String action, String ifMatch, String key, Object body, List<FieldError> errors,
                              PledgeCommands.OnPledge command) {
        UUID pledge = FieldChecks.pathId(id, "pledge");
        OptionalLong version = Versions.parseIfMatch(ifMatch);
        FieldChecks.refuse(errors);
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/pledges/" + pledge + action, key, body,
                pledges.on(ctx, pledge, version, command));
    }
}
