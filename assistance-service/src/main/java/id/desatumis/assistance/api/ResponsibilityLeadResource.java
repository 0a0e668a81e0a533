package id.desatumis.assistance.api;

import id.desatumis.assistance.application.ReferenceQueries;
import id.desatumis.assistance.application.ReferenceViews.LeadHere;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;

/**
 * Who leads a kind of need in a desa today by the responsibility matrix (the actor a plan names by default), and from
 * which area's entry. A village operator asks for its own desa only; a kind or desa that does not exist, or a desa
 * the caller may not see, is absent (404).
 */
@Path("/responsibility-leads")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.VILLAGE_OPERATOR, Roles.AUDITOR})
@Tag(name = ActorResource.TAG, description = ActorResource.TAG_DESCRIPTION)
public class ResponsibilityLeadResource {

    private final ReferenceQueries queries;
    private final RegionCatalog regions;
    private final CallerProvider callers;

    public ResponsibilityLeadResource(ReferenceQueries queries, RegionCatalog regions, CallerProvider callers) {
        this.queries = queries;
        this.regions = regions;
        this.callers = callers;
    }

    @GET
    @Path("/{kind}/{desaCode}")
    @Operation(operationId = "getResponsibilityLead", summary = "Who leads a kind of need in a desa today",
            description = "The responsibility matrix's lead in force today (the desa's entry, else its kecamatan's, "
                    + "else the regency's): the actor a plan names by default, with its supporting actors, decision and "
                    + "date, and the data's freshness. Dinas Sosial, TKPKD and auditors any desa; a village operator its "
                    + "own (another, an unknown kind or desa: 404).")
    @APIResponse(responseCode = "200", description = "The lead, or nulls when nobody leads", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedAnswerSchemas.LeadHere.class)))
    public Uni<LeadHere> today(
            @Parameter(description = "The kind of need", schema = @Schema(implementation = NeedKind.class))
            @PathParam("kind") String kind,
            @Parameter(description = "The desa's Kemendagri code (one of Sragen's)", example = ApiSchema.DESA_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.DESA_PATTERN))
            @PathParam("desaCode") String desaCode) {
        NeedKind needKind = Arrays.stream(NeedKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(() -> Problems.notFound("kind of need"));
        if (!regions.isSragenDesa(desaCode)) throw Problems.notFound("desa");
        return queries.leadToday(callers.current(), needKind, desaCode);
    }
}
