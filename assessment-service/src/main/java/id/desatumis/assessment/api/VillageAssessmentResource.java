package id.desatumis.assessment.api;

import id.desatumis.assessment.persistence.VillageQueries;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A desa's funnel and needs (counts only: every programme role, a village operator for its own desa), and its
 * verification queue (Dinas Sosial, auditors, the desa's operator).
 */
@Path("/villages/{desaCode}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR, Roles.TKPKD, Roles.OPD, Roles.PARTNER, Roles.AUDITOR})
@Tag(name = "Villages", description = "A desa's funnel and needs (counts only: every programme role; a village operator "
        + "for its own desa), and its verification queue (Dinas Sosial, auditors, the desa's operator)")
public class VillageAssessmentResource {

    private static final String DESA = "A Kemendagri code of a desa or kelurahan of Kabupaten Sragen (another code is 400 "
            + "desa-unknown; a desa a village operator does not act for is 404)";
    private static final String DESA_PATTERN = "^33\\.14\\.[0-9]{2}\\.[0-9]{4}$";

    private final VillageQueries queries;
    private final CallerProvider callers;
    private final RegionCatalog regions;

    public VillageAssessmentResource(VillageQueries queries, CallerProvider callers, RegionCatalog regions) {
        this.queries = queries;
        this.callers = callers;
        this.regions = regions;
    }

    @GET
    @Path("/funnel")
    @Operation(operationId = "getVillageFunnel", summary = "A desa's assessment funnel",
            description = "Dinas Sosial, TKPKD, OPD, partners, auditors, and a village operator for its own desa. Listed, "
                    + "assessed, by class, waiting, verified, rejected, returned, waiting for the registry: each household "
                    + "once, by its latest visit")
    @APIResponse(responseCode = "200", description = "The funnel", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VillageAnswers.Funnel.class)))
    public Uni<Map<String, Object>> funnel(@PathParam("desaCode") @Parameter(description = DESA, example = "33.14.07.2003",
            schema = @Schema(type = SchemaType.STRING, pattern = DESA_PATTERN)) String desaCode) {
        visible(desaCode);
        return queries.funnel(desaCode);
    }

    @GET
    @Path("/needs")
    @Operation(operationId = "getVillageNeeds", summary = "A desa's needs by kind",
            description = "Dinas Sosial, TKPKD, OPD, partners, auditors, and a village operator for its own desa. From each "
                    + "household's current verified assessment")
    @APIResponse(responseCode = "200", description = "The needs by kind",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VillageAnswers.VillageNeeds.class)))
    public Uni<Map<String, Object>> needs(@PathParam("desaCode") @Parameter(description = DESA, example = "33.14.07.2003",
            schema = @Schema(type = SchemaType.STRING, pattern = DESA_PATTERN)) String desaCode) {
        visible(desaCode);
        return queries.needsByKind(desaCode).map(kinds -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("desaCode", desaCode);
            body.put("kinds", kinds);
            return body;
        });
    }

    @GET
    @Path("/verification-queue")
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR, Roles.AUDITOR})
    @Operation(operationId = "getVerificationQueue", summary = "A desa's verification queue",
            description = "Dinas Sosial, auditors, and a village operator for its own desa. Assessments waiting for "
                    + "verification, oldest visit first, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of the queue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VillageAnswers.VerificationQueue.class)))
    @APIResponse(responseCode = "403", description = "Not Dinas Sosial, an auditor nor a village operator")
    public Uni<Map<String, Object>> queue(@PathParam("desaCode") @Parameter(description = DESA, example = "33.14.07.2003",
            schema = @Schema(type = SchemaType.STRING, pattern = DESA_PATTERN)) String desaCode,
                                          @QueryParam("limit") @DefaultValue("50") @Parameter(description = "Page size, 1 to 500",
                                                  example = "50", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                                                  maximum = "500", defaultValue = "50")) String limit,
                                          @QueryParam("offset") @DefaultValue("0") @Parameter(description = "Items to skip, 0 to "
                                                  + "1,000,000", example = "0", schema = @Schema(type = SchemaType.INTEGER,
                                                  minimum = "0", maximum = "1000000", defaultValue = "0")) String offset) {
        visible(desaCode);
        return queries.queue(desaCode, number("limit", limit, 1, 500), number("offset", offset, 0, 1_000_000));
    }

    private void visible(String desaCode) {
        if (!regions.isSragenDesa(desaCode)) {
            throw Problems.invalid("desaCode", "desa-unknown", "not one of Kabupaten Sragen's desa and kelurahan");
        }
        Caller caller = callers.current();
        if (!caller.maySee(desaCode)) throw Problems.notFound("desa");
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw Problems.invalid(List.of(new id.desatumis.kit.api.FieldError(name, "range", name + " is from " + min + " to " + max)));
    }
}
