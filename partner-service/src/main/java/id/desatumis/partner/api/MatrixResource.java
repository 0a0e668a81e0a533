package id.desatumis.partner.api;

import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.partner.application.MatrixCommands;
import id.desatumis.partner.application.MatrixQueries;
import id.desatumis.partner.application.MatrixViews;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.Responsibility;
import io.smallrye.mutiny.Uni;
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
import java.util.function.Function;

/**
 * The responsibility matrix: who leads each kind of need in each area (the regency, a kecamatan, a desa), with its
 * supporting actors, from which forum decision and date. TKPKD and Dinas Sosial set and clear entries; TKPKD, Dinas
 * Sosial, auditors, offices (OPD) and village operators (for what applies to their desa) read it; a partner reads the
 * entries that name it. If-Match (the cell's version) and Idempotency-Key are optional on the commands.
 */
@Path("/matrix")
@Tag(name = ApiSchemas.MATRIX, description = ApiSchemas.MATRIX_TAG)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TKPKD, Roles.DINSOS, Roles.AUDITOR, Roles.OPD, Roles.VILLAGE_OPERATOR})
public class MatrixResource {

    private final MatrixCommands commands;
    private final MatrixQueries queries;
    private final RegionCatalog regions;
    private final IdempotentCommands idempotent;
    private final CommandContexts contexts;
    private final CallerProvider callers;
    private final Clock clock;

    public MatrixResource(MatrixCommands commands, MatrixQueries queries, RegionCatalog regions, IdempotentCommands idempotent,
                          CommandContexts contexts, CallerProvider callers, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.regions = regions;
        this.idempotent = idempotent;
        this.contexts = contexts;
        this.callers = callers;
        this.clock = clock;
    }

    @POST
    @Path("/{kind}/{areaCode}/assignments")
    @RolesAllowed({Roles.TKPKD, Roles.DINSOS})
    @Operation(operationId = "assignResponsibility", summary = "Assign a lead",
            description = "TKPKD or Dinas Sosial makes an actor the lead of a kind of need in an area (with any "
                    + "supporting actors) from a date, citing the forum decision. 201 for the cell's first entry, 200 after.")
    @APIResponse(responseCode = "201", description = "The cell's first entry", headers = {
            @Header(name = "Location", description = ApiSchemas.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = ApiSchemas.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.MatrixAnswer.class)))
    @APIResponse(responseCode = "200", description = "A later entry of the cell", headers = {
            @Header(name = "Location", description = ApiSchemas.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = ApiSchemas.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.MatrixAnswer.class)))
    @APIResponse(responseCode = "409", description = "The decision is unknown, approves something else or is of "
            + "another area (decision-unknown, decision-approves-otherwise, decision-other-area); an actor is "
            + "unknown or suspended (partner-unknown, partner-suspended); the same lead and supporting actors "
            + "already (responsibility-unchanged); a day before the latest entry (effective-before-latest); the "
            + "cell changed meanwhile (version-conflict); or a request with the same Idempotency-Key is still "
            + "running")
    public Uni<Response> assign(@Parameter(description = "The kind of need", example = "HOUSE_REPAIR",
            schema = @Schema(implementation = NeedKind.class)) @PathParam("kind") String kindParam, @Parameter(description = "The regency 33.14, a kecamatan or a desa of Sragen", example = "33.14.07",
            schema = @Schema(type = SchemaType.STRING, pattern = ApiSchemas.AREA_PATTERN)) @PathParam("areaCode") String areaCode,
                                MatrixBodies.Assignment b, @Parameter(description = ApiSchemas.IF_MATCH, example = "\"1\"", schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiSchemas.IF_MATCH_PATTERN)) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiSchemas.IDEMPOTENCY_KEY, example = "01JDX8Q3V7K2M5N9P4R6T8W0YZ",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchemas.IDEMPOTENCY_KEY_PATTERN, maxLength = 255))
            @HeaderParam("Idempotency-Key") String key) {
        List<FieldError> errors = new ArrayList<>();
        MatrixBodies.Cell cell = MatrixBodies.cell(regions, kindParam, areaCode, errors);
        UUID lead = FieldChecks.id("leadPartnerId", b == null ? null : b.leadPartnerId(), errors);
        List<UUID> supporting = MatrixBodies.supporting(b == null ? null : b.supportingPartnerIds(), errors);
        String decision = FieldChecks.decisionNumber("decisionNumber", b == null ? null : b.decisionNumber(), errors);
        LocalDate from = FieldChecks.date("effectiveFrom", b == null ? null : b.effectiveFrom(), errors);
        return execute("/assignments", b, ifMatch, key, errors, by ->
                new Responsibility.Assign(cell.kind(), cell.area(), lead, supporting, decision, from, by));
    }

    @POST
    @Path("/{kind}/{areaCode}/clearances")
    @RolesAllowed({Roles.TKPKD, Roles.DINSOS})
    @Operation(operationId = "clearResponsibility", summary = "Clear a lead",
            description = "TKPKD or Dinas Sosial: no lead in this area any more from a date (a wider area's lead "
                    + "applies), citing the forum decision and saying why.")
    @APIResponse(responseCode = "200", description = "The cell's entry, without a lead", headers = {
            @Header(name = "Location", description = ApiSchemas.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = ApiSchemas.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.MatrixAnswer.class)))
    @APIResponse(responseCode = "409", description = "The decision is unknown, approves something else or is of "
            + "another area (decision-unknown, decision-approves-otherwise, decision-other-area); no lead to clear "
            + "here (no-lead-to-clear); a day before the latest entry (effective-before-latest); the cell changed "
            + "meanwhile (version-conflict); or a request with the same Idempotency-Key is still running")
    public Uni<Response> clear(@Parameter(description = "The kind of need", example = "HOUSE_REPAIR",
            schema = @Schema(implementation = NeedKind.class)) @PathParam("kind") String kindParam, @Parameter(description = "The regency 33.14, a kecamatan or a desa of Sragen", example = "33.14.07",
            schema = @Schema(type = SchemaType.STRING, pattern = ApiSchemas.AREA_PATTERN)) @PathParam("areaCode") String areaCode,
                               MatrixBodies.Clearance b, @Parameter(description = ApiSchemas.IF_MATCH, example = "\"1\"", schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiSchemas.IF_MATCH_PATTERN)) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiSchemas.IDEMPOTENCY_KEY, example = "01JDX8Q3V7K2M5N9P4R6T8W0YZ",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchemas.IDEMPOTENCY_KEY_PATTERN, maxLength = 255))
            @HeaderParam("Idempotency-Key") String key) {
        List<FieldError> errors = new ArrayList<>();
        MatrixBodies.Cell cell = MatrixBodies.cell(regions, kindParam, areaCode, errors);
        String decision = FieldChecks.decisionNumber("decisionNumber", b == null ? null : b.decisionNumber(), errors);
        LocalDate from = FieldChecks.date("effectiveFrom", b == null ? null : b.effectiveFrom(), errors);
        String reason = FieldChecks.text("reason", b == null ? null : b.reason(), FieldChecks.REASON_MAX, errors);
        return execute("/clearances", b, ifMatch, key, errors, by ->
                new Responsibility.Clear(cell.kind(), cell.area(), decision, from, reason, by));
    }

    @GET
    @Path("/{kind}/{areaCode}")
    @Operation(operationId = "getResponsibilityLead", summary = "Who leads here",
            description = "Who leads this kind of need here on a day (today by default): the most specific entry in "
                    + "force, here or in a wider area. TKPKD, Dinas Sosial, auditors and offices read every area; a "
                    + "village operator its desa, its kecamatan and the regency (any other area is 404).")
    @APIResponse(responseCode = "200", description = "The lead, or a gap", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatrixViews.Lead.class)))
    public Uni<MatrixViews.Lead> who(@Parameter(description = "The kind of need", example = "HOUSE_REPAIR",
            schema = @Schema(implementation = NeedKind.class)) @PathParam("kind") String kindParam, @Parameter(description = "The regency 33.14, a kecamatan or a desa of Sragen", example = "33.14.07",
            schema = @Schema(type = SchemaType.STRING, pattern = ApiSchemas.AREA_PATTERN)) @PathParam("areaCode") String areaCode,
            @Parameter(description = "The day to read (today in Asia/Jakarta when left out)", example = "2027-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("at") String at) {
        List<FieldError> errors = new ArrayList<>();
        MatrixBodies.Cell cell = MatrixBodies.cell(regions, kindParam, areaCode, errors);
        LocalDate day = MatrixBodies.day("at", at, LocalDate.now(clock), errors);
        FieldChecks.refuse(errors);
        return queries.who(callers.current(), cell.kind(), cell.area(), day);
    }

    @GET
    @Path("/{kind}/{areaCode}/history")
    @Operation(operationId = "getResponsibilityHistory", summary = "A cell's history",
            description = "Every assignment and clearing of this kind of need in this area (not the wider ones), in the "
                    + "order recorded; its version is the ETag to send as If-Match. Read as GET /matrix/{kind}/{areaCode}.")
    @APIResponse(responseCode = "200", description = "The history", headers = @Header(name = "ETag",
            description = "The cell's version, a strong ETag such as \"2\" (\"0\" when never set)",
            schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MatrixViews.History.class)))
    public Uni<Response> history(@Parameter(description = "The kind of need", example = "HOUSE_REPAIR",
            schema = @Schema(implementation = NeedKind.class)) @PathParam("kind") String kindParam, @Parameter(description = "The regency 33.14, a kecamatan or a desa of Sragen", example = "33.14.07",
            schema = @Schema(type = SchemaType.STRING, pattern = ApiSchemas.AREA_PATTERN)) @PathParam("areaCode") String areaCode) {
        List<FieldError> errors = new ArrayList<>();
        MatrixBodies.Cell cell = MatrixBodies.cell(regions, kindParam, areaCode, errors);
        FieldChecks.refuse(errors);
        return queries.history(callers.current(), cell.kind(), cell.area())
                .map(h -> Response.ok(h).header("ETag", Versions.etag(h.version())).build());
    }

    @GET
    @RolesAllowed({Roles.TKPKD, Roles.DINSOS, Roles.AUDITOR, Roles.OPD, Roles.VILLAGE_OPERATOR, Roles.PARTNER})
    @Operation(operationId = "listResponsibilities", summary = "The matrix in force",
            description = "The entries in force on a day, paged; filter by kind or by an actor. A village operator sees "
                    + "the entries of its desa, its kecamatan and the regency; a partner's token the entries naming it "
                    + "(another partnerId is 404).")
    @APIResponse(responseCode = "200", description = "A page of entries", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.MatrixPage.class)))
    @APIResponse(responseCode = "404", description = "A partner's token asked for another partner's entries")
    public Uni<MatrixViews.Page<MatrixViews.Entry>> matrix(@Parameter(description = "The day to read (today in Asia/Jakarta when left out)", example = "2027-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("at") String at, @Parameter(description = "Only this kind of need", schema = @Schema(implementation = NeedKind.class))
            @QueryParam("kind") String kindParam,
            @Parameter(description = "Only entries naming this actor, as lead or supporting", example = ApiSchemas.PARTNER_ID,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("partnerId") String partnerId,
            @Parameter(description = "The page, from 0", example = "0", schema = @Schema(type = SchemaType.INTEGER,
            minimum = "0", maximum = "100000", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Items per page", example = "50", schema = @Schema(type = SchemaType.INTEGER,
            minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = MatrixBodies.day("at", at, LocalDate.now(clock), errors);
        NeedKind kind = FieldChecks.optionalOneOf("kind", kindParam, NeedKind.class, "kind-unknown", errors);
        UUID partner = FieldChecks.optionalId("partnerId", partnerId, errors);
        QueryParams paging = new QueryParams(errors);
        int pageNumber = paging.page(page);
        int pageSize = paging.size(size);
        FieldChecks.refuse(errors);
        return queries.matrix(callers.current(), day, kind, partner, pageNumber, pageSize);
    }

    @GET
    @Path("/gaps")
    @Operation(operationId = "listResponsibilityGaps", summary = "Gaps in the matrix",
            description = "Kinds of need and areas nobody leads on a day (there or in a wider area), paged; a village "
                    + "operator's count covers its desa, its kecamatan and the regency.")
    @APIResponse(responseCode = "200", description = "A page of gaps", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatrixViews.GapPage.class)))
    public Uni<MatrixViews.GapPage> gaps(@Parameter(description = "The day to read (today in Asia/Jakarta when left out)", example = "2027-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("at") String at, @Parameter(description = "Only this kind of need", schema = @Schema(implementation = NeedKind.class))
            @QueryParam("kind") String kindParam,
            @Parameter(description = "Only areas within this one (the regency 33.14 when left out)", example = "33.14.07",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchemas.AREA_PATTERN)) @QueryParam("within") String within,
            @Parameter(description = "The page, from 0", example = "0", schema = @Schema(type = SchemaType.INTEGER,
            minimum = "0", maximum = "100000", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Items per page", example = "50", schema = @Schema(type = SchemaType.INTEGER,
            minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = MatrixBodies.day("at", at, LocalDate.now(clock), errors);
        NeedKind kind = FieldChecks.optionalOneOf("kind", kindParam, NeedKind.class, "kind-unknown", errors);
        Area area = FieldChecks.area("within", within == null ? RegionCatalog.SRAGEN : within, regions, errors);
        QueryParams paging = new QueryParams(errors);
        int pageNumber = paging.page(page);
        int pageSize = paging.size(size);
        FieldChecks.refuse(errors);
        return queries.gaps(callers.current(), day, kind, area, pageNumber, pageSize);
    }

    /** A command on a cell, once its fields are checked: the caller's subject is recorded as who decided it. */
    private Uni<Response> execute(String action, Object body, String ifMatch, String key, List<FieldError> errors,
                                  Function<String, Responsibility.Command> command) {
        OptionalLong version = Versions.parseIfMatch(ifMatch);
        FieldChecks.refuse(errors);
        CommandContext ctx = contexts.current();
        Responsibility.Command c = command.apply(ctx.caller().subject());
        return idempotent.execute(ctx.caller(), "POST", "/matrix/" + c.kind() + "/" + c.area().code() + action, key, body,
                commands.deciding(ctx, c, version));
    }
}
