package id.desatumis.registry.api;

import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Roles;
import id.desatumis.registry.application.HouseholdReads;
import id.desatumis.registry.application.HouseholdReads.Identifier;
import id.desatumis.registry.persistence.IdentifierLookups;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
 * The trace of lookups by NIK or KK number, for the auditor: who looked up how many identifiers, when, why, and
 * whether each was found; or who looked up one identifier (given here, hashed, never stored nor answered).
 */
@Path("/audit/identifier-lookups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "For the auditor: the trace of lookups by NIK or KK number")
public class IdentifierLookupResource {

    private final HouseholdReads reads;

    public IdentifierLookupResource(HouseholdReads reads) {
        this.reads = reads;
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "listIdentifierLookups", summary = "Lookups by NIK or KK number, newest first",
            description = "auditor only. All lookups, or those of one actor (its token's subject), or those of one NIK or "
                    + "one KK number (given here, hashed, never stored nor answered; not both).")
    @APIResponse(responseCode = "200", description = "A page of lookups, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = IdentifierLookups.Entry.class)))
    public Uni<List<IdentifierLookups.Entry>> lookups(
            @Parameter(description = "Only this actor's lookups (a token's subject)", example = "staf-dinsos",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200))
            @QueryParam("actor") String actor,
            @Parameter(description = "Only the lookups of this NIK (not with kkNumber)", example = ApiPatterns.NIK_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiPatterns.NIK)) @QueryParam("nik") String nik,
            @Parameter(description = "Only the lookups of this KK number (not with nik)", example = ApiPatterns.KK_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiPatterns.KK))
            @QueryParam("kkNumber") String kkNumber,
            @Parameter(description = "The page, from 0", example = "0",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") Integer page,
            @Parameter(description = "The page size", example = "50",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
            @QueryParam("size") Integer size) {
        List<FieldError> errors = new ArrayList<>();
        if (nik != null && kkNumber != null) errors.add(new FieldError("nik", "one-of", "give nik or kkNumber, not both"));
        if (nik != null && !nik.matches("\\d{16}")) errors.add(new FieldError("nik", "nik-format", "16 digits"));
        if (kkNumber != null && !kkNumber.matches("\\d{16}")) errors.add(new FieldError("kkNumber", "kk-format", "16 digits"));
        if (actor != null && (actor.isBlank() || actor.length() > 200)) {
            errors.add(new FieldError("actor", "length", "1 to 200 characters"));
        }
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) errors.add(new FieldError("page", "range", "0 or more"));
        if (s < 1 || s > 500) errors.add(new FieldError("size", "range", "1 to 500"));
        if (!errors.isEmpty()) throw Problems.invalid(errors);
        Identifier kind = kkNumber != null ? Identifier.KK : Identifier.NIK;
        return reads.lookups(actor, kind, kkNumber != null ? kkNumber : nik, p, s);
    }
}
