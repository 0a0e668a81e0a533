package id.desatumis.assistance.api;

import id.desatumis.assistance.application.BudgetLineCommands;
import id.desatumis.assistance.application.BudgetLineImport;
import id.desatumis.assistance.domain.BudgetLineTerms;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.Roles;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Dinas Sosial keeps the budget lines interventions are planned on: opens one, imports a year's lines at once (all
 * or none), revises a ceiling. Idempotency-Key is optional on each; If-Match (the line's version) on a revision.
 */
@Path("/budget-lines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DINSOS)
@Tag(name = BudgetLineResource.TAG, description = BudgetLineResource.TAG_DESCRIPTION)
public class BudgetLineResource {

    static final String TAG = "Budget lines";
    static final String TAG_DESCRIPTION = "The budget lines interventions are planned on, kept as ledgers (committed + "
            + "realised never pass the ceiling): opened, imported and revised by Dinas Sosial; read by programme staff, "
            + "an office its own lines, a village operator its desa's APBDES lines";

    private final BudgetLineCommands lines;
    private final BudgetLineImport imports;
    private final IdempotentCommands commands;
    private final CommandContexts contexts;
    private final RegionCatalog regions;
    private final Clock clock;

    public BudgetLineResource(BudgetLineCommands lines, BudgetLineImport imports, IdempotentCommands commands,
                              CommandContexts contexts, RegionCatalog regions, Clock clock) {
        this.lines = lines;
        this.imports = imports;
        this.commands = commands;
        this.contexts = contexts;
        this.regions = regions;
        this.clock = clock;
    }

    @POST
    @Operation(operationId = "openBudgetLine", summary = "Open a budget line",
            description = "Dinas Sosial only: fund, code, fiscal year (2020 to next year), owning office (or desa, for "
                    + "APBDES), name, ceiling in whole rupiah. One line per fund, code and fiscal year (and desa, for "
                    + "APBDES): another is 409 budget-line-duplicate naming the existing one.")
    @APIResponse(responseCode = "201", description = "Opened",
            headers = {@Header(name = ApiSchema.LOCATION, description = "The line: /budget-lines/{id}",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = ApiSchema.ETAG, description = ApiSchema.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BudgetAnswerSchemas.Line.class)))
    @APIResponse(responseCode = "409", description = "The line is opened already (budget-line-duplicate), or the same "
            + "Idempotency-Key is still running")
    public Uni<Response> open(BudgetLineBodies.Line body, @Parameter(description = ApiSchema.IDEMPOTENCY_DESCRIPTION, example = "dpa-2026-rtlh",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.IDEMPOTENCY_PATTERN))
            @HeaderParam("Idempotency-Key") String key) {
        List<FieldError> errors = new ArrayList<>();
        BudgetLineTerms terms = BudgetLineBodies.terms(required(body), "", regions, currentYear(), errors);
        FieldReaders.refuse(errors);
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/budget-lines", key, body, lines.open(ctx, terms));
    }

    @POST
    @Path("/imports")
    @Operation(operationId = "importBudgetLines", summary = "Import up to 500 budget lines",
            description = "Dinas Sosial only: a year's lines at once, all or none; each answered by its index (a line "
                    + "opened already with the very same terms is unchanged, one with other terms refuses the import "
                    + "with 409). The answer carries no Location and no ETag: an import is no one line.")
    @APIResponse(responseCode = "200", description = "Imported: each line opened or unchanged", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BudgetAnswerSchemas.ImportAnswer.class)))
    @APIResponse(responseCode = "409", description = "A line is opened already with other terms, or another request "
            + "opened some meanwhile (budget-line-duplicate); or the same Idempotency-Key is still running")
    public Uni<Response> importLines(BudgetLineBodies.Import body, @Parameter(description = ApiSchema.IDEMPOTENCY_DESCRIPTION, example = "dpa-2026-import",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.IDEMPOTENCY_PATTERN))
            @HeaderParam("Idempotency-Key") String key) {
        List<FieldError> errors = new ArrayList<>();
        List<BudgetLineTerms> items = BudgetLineBodies.items(required(body), BudgetLineImport.MAX_ITEMS, regions,
                currentYear(), errors);
        FieldReaders.refuse(errors);
        CommandContext ctx = contexts.current();
        // an import is no one line: it has no version, so its answer carries no ETag
        return commands.execute(ctx.caller(), "POST", "/budget-lines/imports", key, body, imports.importing(ctx, items))
                .map(r -> Response.fromResponse(r).header("ETag", null).build());
    }

    @POST
    @Path("/{id}/ceiling-revisions")
    @Operation(operationId = "reviseBudgetCeiling", summary = "Revise a budget line's ceiling",
            description = "Dinas Sosial only: a new ceiling (the APBD-P, a reallocation), never below what is "
                    + "committed and realised, saying why.")
    @APIResponse(responseCode = "200", description = "Revised (or the ceiling was that already)",
            headers = {@Header(name = ApiSchema.LOCATION, description = "The line",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = ApiSchema.ETAG, description = ApiSchema.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BudgetAnswerSchemas.Line.class)))
    @APIResponse(responseCode = "409", description = "Below what is committed and realised (budget-ceiling-below-used), "
            + "a concurrent writer won the race, or the same Idempotency-Key is still running")
    public Uni<Response> revise(@Parameter(description = "The budget line", example = "6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b9c0",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id, BudgetLineBodies.Revision body,
            @Parameter(description = ApiSchema.IF_MATCH_DESCRIPTION, example = "\"4\"",
                    schema = @Schema(type = SchemaType.STRING)) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiSchema.IDEMPOTENCY_DESCRIPTION, example = "revise-2026-rtlh-1",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.IDEMPOTENCY_PATTERN))
            @HeaderParam("Idempotency-Key") String key) {
        UUID lineId = FieldReaders.pathId(id);
        List<FieldError> errors = new ArrayList<>();
        BudgetLineBodies.Revision b = required(body);
        Long ceiling = FieldReaders.rupiah("ceilingRupiah", b.ceilingRupiah(), errors);
        if (ceiling == null && b.ceilingRupiah() == null) {
            errors.add(new FieldError("ceilingRupiah", "required", "the new ceiling in whole rupiah"));
        }
        String reason = FieldReaders.text("reason", b.reason(), BudgetLineBodies.REASON_MAX, errors);
        if (reason == null && errors.stream().noneMatch(e -> e.field().equals("reason"))) {
            errors.add(new FieldError("reason", "required", "why the ceiling changes"));
        }
        OptionalLong version = Versions.parseIfMatch(ifMatch);
        FieldReaders.refuse(errors);
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/budget-lines/" + lineId + "/ceiling-revisions", key, body,
                lines.revise(ctx, lineId, version, ceiling, reason));
    }

    private int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    private static <T> T required(T body) {
        if (body == null) throw Problems.invalid("body", "required", "a JSON object is required");
        return body;
    }
}
