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
    @Operation(summary = "Make an actor the lead (with any supporting actors) from a date, citing the forum decision")
    public Uni<Response> assign(@PathParam("kind") String kindParam, @PathParam("areaCode") String areaCode,
                                MatrixBodies.Assignment b, @HeaderParam("If-Match") String ifMatch,
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
    @Operation(summary = "No lead here any more from a date (a wider area's lead applies), citing the forum decision")
    public Uni<Response> clear(@PathParam("kind") String kindParam, @PathParam("areaCode") String areaCode,
                               MatrixBodies.Clearance b, @HeaderParam("If-Match") String ifMatch,
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
    @Operation(summary = "Who leads this kind of need here on a day (today by default): the most specific entry in force")
    public Uni<MatrixViews.Lead> who(@PathParam("kind") String kindParam, @PathParam("areaCode") String areaCode,
                                     @QueryParam("at") String at) {
        List<FieldError> errors = new ArrayList<>();
        MatrixBodies.Cell cell = MatrixBodies.cell(regions, kindParam, areaCode, errors);
        LocalDate day = MatrixBodies.day("at", at, LocalDate.now(clock), errors);
        FieldChecks.refuse(errors);
        return queries.who(callers.current(), cell.kind(), cell.area(), day);
    }

    @GET
    @Path("/{kind}/{areaCode}/history")
    @Operation(summary = "Every assignment and clearing of this kind of need in this area, in the order recorded")
    public Uni<Response> history(@PathParam("kind") String kindParam, @PathParam("areaCode") String areaCode) {
        List<FieldError> errors = new ArrayList<>();
        MatrixBodies.Cell cell = MatrixBodies.cell(regions, kindParam, areaCode, errors);
        FieldChecks.refuse(errors);
        return queries.history(callers.current(), cell.kind(), cell.area())
                .map(h -> Response.ok(h).header("ETag", Versions.etag(h.version())).build());
    }

    @GET
    @RolesAllowed({Roles.TKPKD, Roles.DINSOS, Roles.AUDITOR, Roles.OPD, Roles.VILLAGE_OPERATOR, Roles.PARTNER})
    @Operation(summary = "The entries in force on a day, paged; filter by kind or by an actor (a partner: its own only)")
    public Uni<MatrixViews.Page<MatrixViews.Entry>> matrix(@QueryParam("at") String at, @QueryParam("kind") String kindParam,
                                                           @QueryParam("partnerId") String partnerId,
                                                           @QueryParam("page") String page,
                                                           @QueryParam("size") String size) {
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
    @Operation(summary = "Kinds of need and areas nobody leads on a day (there or in a wider area), paged")
    public Uni<MatrixViews.GapPage> gaps(@QueryParam("at") String at, @QueryParam("kind") String kindParam,
                                         @QueryParam("within") String within, @QueryParam("page") String page,
                                         @QueryParam("size") String size) {
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
