package id.desatumis.assistance.api;

import id.desatumis.assistance.application.NeedQueries;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.NeedStatus;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;
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
import java.util.UUID;

/**
 * Households' needs, for programme staff (Dinas Sosial, TKPKD, auditors) and a village operator for its own desa
 * (another desa's is 404). Offices and partners see interventions, not households' needs.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = NeedQueryResource.TAG, description = NeedQueryResource.TAG_DESCRIPTION)
public class NeedQueryResource {

    static final String TAG = "Needs";
    static final String TAG_DESCRIPTION = "Households' needs as they arrived from assessment-service, for programme "
            + "staff and a village operator's own desa (another desa's is 404, as what does not exist); closed for a "
            + "recorded reason by Dinas Sosial or the desa's operator";

    private final NeedQueries queries;
    private final CallerProvider callers;
    private final RegionCatalog regions;

    public NeedQueryResource(NeedQueries queries, CallerProvider callers, RegionCatalog regions) {
        this.queries = queries;
        this.callers = callers;
        this.regions = regions;
    }

    @GET
    @Path("households/{householdId}/needs")
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
    @Operation(operationId = "getHouseholdNeeds", summary = "Read a household's needs",
            description = "Kind, member, status, the reason it was cancelled or closed, its intervention. Dinas Sosial, "
                    + "TKPKD and auditors any household; a village operator its desa's (another's is 404).")
    @APIResponse(responseCode = "200", description = "The household's needs",
            headers = @Header(name = ApiSchema.ETAG, description = "The household stream's version, quoted: If-Match "
                    + "for a closure", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NeedAnswerSchemas.HouseholdNeeds.class)))
    public Uni<Response> ofHousehold(@Parameter(description = "The household", example = ApiSchema.UUID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("householdId") String householdId) {
        UUID household = NeedFields.pathId(householdId, "household");
        return queries.ofHousehold(callers.current(), household)
                .map(view -> Response.ok(view).header("ETag", Versions.etag(view.version())).build());
    }

    @GET
    @Path("needs")
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
    @Operation(operationId = "listNeeds", summary = "List needs",
            description = "By desa, kind and status; paged. Dinas Sosial, TKPKD and auditors every desa; a village "
                    + "operator its own desa only (asking for another is 404).")
    @APIResponse(responseCode = "200", description = "A page of needs", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedAnswerSchemas.NeedPage.class)))
    @APIResponse(responseCode = "404", description = "A village operator asked for a desa not its own")
    public Uni<NeedQueries.NeedPage> list(
            @Parameter(description = "A desa's Kemendagri code (one of Sragen's)", example = ApiSchema.DESA_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.DESA_PATTERN))
            @QueryParam("desa") String desa,
            @Parameter(description = "The kind of need", schema = @Schema(implementation = NeedKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "The need's status", schema = @Schema(implementation = NeedStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = ApiSchema.PAGE_DESCRIPTION, example = "0",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100000"))
            @QueryParam("page") String page,
            @Parameter(description = ApiSchema.SIZE_DESCRIPTION, example = "50",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        ListParams params = new ListParams();
        NeedKind needKind = params.oneOf("kind", kind, NeedKind.class, "kind-unknown");
        NeedStatus needStatus = params.oneOf("status", status, NeedStatus.class, "need-status-unknown");
        int pageNumber = params.page(page);
        int pageSize = params.size(size);
        List<RuleBroken> broken = new ArrayList<>();
        if (desa != null && !desa.isBlank() && !regions.isSragenDesa(desa)) {
            broken.add(new RuleBroken("desa", "desa-unknown", "desa is a desa of Kabupaten Sragen by Kemendagri code"));
        }
        try {
            params.check();
        } catch (RulesBroken others) {
            broken.addAll(others.rules());
        }
        if (!broken.isEmpty()) throw new RulesBroken(broken);
        return queries.list(callers.current(), desa == null || desa.isBlank() ? null : desa,
                needKind == null ? null : needKind.name(), needStatus == null ? null : needStatus.name(), pageNumber,
                pageSize);
    }
}
