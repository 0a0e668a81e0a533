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
public class BudgetLineResource {

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
    @Operation(summary = "Open a budget line: fund, code, fiscal year, owning office (or desa, for APBDES), name, "
            + "ceiling in whole rupiah")
    public Uni<Response> open(BudgetLineBodies.Line body, @HeaderParam("Idempotency-Key") String key) {
        List<FieldError> errors = new ArrayList<>();
        BudgetLineTerms terms = BudgetLineBodies.terms(required(body), "", regions, currentYear(), errors);
        FieldReaders.refuse(errors);
        CommandContext ctx = contexts.current();
        return commands.execute(ctx.caller(), "POST", "/budget-lines", key, body, lines.open(ctx, terms));
    }

    @POST
    @Path("/imports")
    @Operation(summary = "Import up to 500 lines at once, all or none; each answered by its index "
            + "(a line opened already with the same terms is unchanged)")
    public Uni<Response> importLines(BudgetLineBodies.Import body, @HeaderParam("Idempotency-Key") String key) {
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
    @Operation(summary = "Revise a line's ceiling (never below what is committed and realised), saying why")
    public Uni<Response> revise(@PathParam("id") String id, BudgetLineBodies.Revision body,
                                @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key) {
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
