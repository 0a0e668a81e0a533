package id.desatumis.kit.audit;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.UUID;

/** The personal-data access log, for the auditor; served by the services that keep one. */
@IfBuildProperty(name = "desatumis.audit.personal-data-access.enabled", stringValue = "true")
@Tag(name = "Audit", description = "The event store's integrity and the personal-data access log, for auditors")
@Path("/audit/personal-data-access")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataAccessResource {

    private final AccessLog log;
    private final Pool pool;

    public PersonalDataAccessResource(AccessLog log, Pool pool) {
        this.log = log;
        this.pool = pool;
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "listPersonalDataAccesses", summary = "Who read whose personal data, when and why; newest first, paged",
            description = "Auditors only.")
    @APIResponse(responseCode = "200", description = "One page of reads, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AccessLog.PersonalDataAccess.class)))
    public Uni<List<AccessLog.PersonalDataAccess>> accesses(
            @Parameter(description = "Only reads of this household", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("householdId") String householdId,
            @Parameter(description = "The page, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") Integer page,
            @Parameter(description = "Entries a page, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
            @QueryParam("size") Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            throw Problems.invalid("page", "range", "page 0 or more");
        }
        if (s < 1 || s > 500) {
            throw Problems.invalid("size", "range", "size 1 to 500");
        }
        UUID id = null;
        if (householdId != null) {
            try {
                id = UUID.fromString(householdId);
            } catch (IllegalArgumentException e) {
                throw Problems.invalid("householdId", "id-format", "an id (uuid)");
            }
        }
        return log.find(pool, id, p, s);
    }
}
