package id.desatumis.assistance.api;

import id.desatumis.assistance.application.BudgetQueries;
import id.desatumis.assistance.domain.BudgetFund;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Budget lines and their realisation. Dinas Sosial, TKPKD and auditors read every line; an office (opd token) the
 * lines it owns; a village operator the APBDES lines of its desa. A line the caller may not read is absent (404).
 */
@Path("/budget-lines")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.OPD, Roles.VILLAGE_OPERATOR})
@Tag(name = BudgetLineResource.TAG, description = BudgetLineResource.TAG_DESCRIPTION)
public class BudgetLineQueryResource {

    private final BudgetQueries queries;
    private final CallerProvider callers;
    private final RegionCatalog regions;

    public BudgetLineQueryResource(BudgetQueries queries, CallerProvider callers, RegionCatalog regions) {
        this.queries = queries;
        this.callers = callers;
        this.regions = regions;
    }

    @GET
    @Operation(operationId = "listBudgetLines", summary = "List budget lines",
            description = "By fiscal year, fund, owning office or desa; paged. Dinas Sosial, TKPKD and auditors read "
                    + "every line; an office (opd token) the lines it owns; a village operator its desa's APBDES lines "
                    + "(other lines are simply not listed).")
    @APIResponse(responseCode = "200", description = "A page of lines", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetAnswerSchemas.LinePage.class)))
    public Uni<BudgetQueries.Page<Map<String, Object>>> list(
            @Parameter(description = "The fiscal year", example = "2026",
                    schema = @Schema(type = SchemaType.INTEGER, maximum = "9999"))
            @QueryParam("fiscalYear") String fiscalYear,
            @Parameter(description = "The fund", schema = @Schema(implementation = BudgetFund.class))
            @QueryParam("fund") String fund,
            @Parameter(description = "The owning office's code", example = ApiSchema.OPD_CODE_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 30))
            @QueryParam("ownerOpdCode") String ownerOpdCode,
            @Parameter(description = "An APBDES line's desa (one of Sragen's)", example = ApiSchema.DESA_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.DESA_PATTERN))
            @QueryParam("desaCode") String desaCode,
            @Parameter(description = ApiSchema.PAGE_DESCRIPTION, example = "0",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100000"))
            @QueryParam("page") String page,
            @Parameter(description = ApiSchema.SIZE_DESCRIPTION, example = "50",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        var criteria = new BudgetQueries.Criteria(FieldReaders.year("fiscalYear", fiscalYear, errors),
                FieldReaders.oneOf("fund", fund, BudgetFund.class, "fund-unknown", errors),
                FieldReaders.text("ownerOpdCode", ownerOpdCode, 30, errors),
                FieldReaders.desa("desaCode", desaCode, regions, errors));
        int p = FieldReaders.page(page, errors);
        int s = FieldReaders.size(size, errors);
        FieldReaders.refuse(errors);
        return queries.page(callers.current(), criteria, p, s);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBudgetLine", summary = "Read one budget line",
            description = "Ceiling, committed, realised, available and realisation percentage. Who may read it: as "
                    + "listBudgetLines; a line the caller may not read is 404.")
    @APIResponse(responseCode = "200", description = "The line", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetAnswerSchemas.Line.class)))
    public Uni<Map<String, Object>> one(@Parameter(description = "The budget line", example = "6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b9c0",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return queries.one(callers.current(), FieldReaders.pathId(id));
    }

    @GET
    @Path("/{id}/commitments")
    @Operation(operationId = "listBudgetCommitments", summary = "List what interventions hold on a budget line",
            description = "Committed, realised and released per intervention, the first committed first; paged. Who "
                    + "may read it: as listBudgetLines; a line the caller may not read is 404.")
    @APIResponse(responseCode = "200", description = "A page of commitments", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BudgetAnswerSchemas.CommitmentPage.class)))
    public Uni<BudgetQueries.Page<BudgetQueries.CommitmentItem>> commitments(@Parameter(description = "The budget line", example = "6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b9c0",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = ApiSchema.PAGE_DESCRIPTION, example = "0",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100000"))
            @QueryParam("page") String page,
            @Parameter(description = ApiSchema.SIZE_DESCRIPTION, example = "50",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        var lineId = FieldReaders.pathId(id);
        List<FieldError> errors = new ArrayList<>();
        int p = FieldReaders.page(page, errors);
        int s = FieldReaders.size(size, errors);
        FieldReaders.refuse(errors);
        return queries.commitments(callers.current(), lineId, p, s);
    }
}
