package id.desatumis.monitoring.api;

import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.ProgrammeCommands;
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

/**
 * tkpkd declares a desa of the programme tuntas, citing a forum decision of the desa, its kecamatan or the regency:
 * refused while anything is open (409 desa-not-settled, with the distance), and once declared (409 already-declared).
 * A code that is not a Sragen desa names nothing (404). Idempotency-Key is optional.
 */
@Path("/desa/{code}/tuntas-declarations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TKPKD)
@Tag(name = "Decisions")
public class TuntasDeclarationResource {

    /** What a declaration cites. */
    @Schema(description = "The forum decision a tuntas declaration cites")
    public record DeclarationBody(
            @Schema(description = "The number of a decision approving OTHER taken for the desa (musyawarah desa), its "
                    + "kecamatan (musyawarah kecamatan) or the regency (TKPKD), as partner-service recorded it",
                    required = true, minLength = 1, maxLength = ProgrammeFields.DECISION_NUMBER_MAX,
                    pattern = ProgrammeFields.DECISION_NUMBER_FORM, examples = "MUSDES/33.14.07.2003/2023/007")
            String decisionNumber) {
    }

    private final ProgrammeCommands commands;
    private final IdempotentCommands idempotent;
    private final CommandContexts contexts;
    private final RegionCatalog regions;

    public TuntasDeclarationResource(ProgrammeCommands commands, IdempotentCommands idempotent, CommandContexts contexts,
                                     RegionCatalog regions) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.contexts = contexts;
        this.regions = regions;
    }

    @POST
    @Operation(operationId = "declareTuntas", summary = "Declare a desa of the programme tuntas",
            description = "tkpkd only. One VillageDeclaredTuntas carrying what was settled. Refused, in this order: "
                    + "409 desa-not-in-programme, 409 already-declared (the problem carries the decisionNumber it was "
                    + "declared on), a citation that does not hold (409 decision-unknown, decision-other-area, "
                    + "decision-approves-otherwise), 409 desa-not-settled while anything is open or no household is "
                    + "verified poor (the problem's distance says what is open).")
    @APIResponse(responseCode = "201", description = "The declaration recorded (or, with Idempotency-Key, replayed)",
            headers = {
                    @Header(name = "Location", description = "The desa's tuntas status: /desa/{code}/tuntas",
                            schema = @Schema(type = SchemaType.STRING, examples = "/desa/33.14.07.2003/tuntas")),
                    @Header(name = "ETag", description = "The desa stream's new version, quoted", schema = @Schema(
                            type = SchemaType.STRING, examples = "\"2\"")),
                    @Header(name = "Idempotent-Replayed", description = "true when the answer replays a first one",
                            schema = @Schema(type = SchemaType.STRING, enumeration = "true"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DecisionAnswers.TuntasDeclared.class)))
    @APIResponse(responseCode = "409", description = "desa-not-in-programme, already-declared, decision-unknown (it "
            + "may not have arrived yet: retry), decision-other-area, decision-approves-otherwise, desa-not-settled "
            + "(with distance: householdsOpen, needsOpen, openByKind, openByActor, unplannedOpen, verifiedPoor); or a "
            + "request with the same Idempotency-Key in flight")
    public Uni<Response> declare(
            @Parameter(description = "The desa's Kemendagri code; one that is no Sragen desa is 404",
                    example = "33.14.07.2003", schema = @Schema(type = SchemaType.STRING, pattern = SchemaWords.DESA_CODE))
            @PathParam("code") String code, DeclarationBody body,
            @Parameter(description = IntakeResource.IDEMPOTENCY_KEY, example = "0b6f2c1e-9d8a-4b7c-8e5f-4a3b2c1d0e9f",
                    schema = @Schema(type = SchemaType.STRING, pattern = IntakeResource.IDEMPOTENCY_KEY_FORM))
            @HeaderParam("Idempotency-Key") String key) {
        if (!regions.isSragenDesa(code)) throw Problems.notFound("desa");
        List<FieldError> errors = new ArrayList<>();
        DeclarationBody b = body == null ? new DeclarationBody(null) : body;
        String decisionNumber = ProgrammeFields.decisionNumber(b.decisionNumber(), errors);
        if (!errors.isEmpty()) throw Problems.invalid(errors);
        CommandContext ctx = contexts.current();
        return idempotent.execute(ctx.caller(), "POST", "/desa/" + code + "/tuntas-declarations", key, b,
                commands.declareTuntas(ctx, code, decisionNumber));
    }
}
