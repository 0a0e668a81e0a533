package id.desatumis.assistance.api;

import id.desatumis.assistance.application.ReferenceQueries;
import id.desatumis.assistance.application.ReferenceViews.ActorPage;
import id.desatumis.assistance.domain.ActorType;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

/**
 * The actors a plan may name as responsible (partners, offices, village governments), as partner-service published
 * them. For the people planning and those who oversee them; offices and partners read their own in partner-service.
 */
@Path("/actors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.VILLAGE_OPERATOR, Roles.AUDITOR})
@Tag(name = ActorResource.TAG, description = ActorResource.TAG_DESCRIPTION)
public class ActorResource {

    static final String TAG = "Reference data";
    static final String TAG_DESCRIPTION = "What assistance knows of partner-service, from its events only: the actors a "
            + "plan may name and who leads each kind of need where, with the data's freshness";

    private final ReferenceQueries queries;

    public ActorResource(ReferenceQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "listActors", summary = "List the actors a plan may name",
            description = "Partners, offices and village governments by name, of one type or all; paged, with the time "
                    + "of the last partner event applied. Dinas Sosial, TKPKD, auditors and village operators.")
    @APIResponse(responseCode = "200", description = "A page of actors", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedAnswerSchemas.ActorPage.class)))
    public Uni<ActorPage> list(
            @Parameter(description = "The type of actor", schema = @Schema(implementation = ActorType.class))
            @QueryParam("type") String type,
            @Parameter(description = ApiSchema.PAGE_DESCRIPTION, example = "0",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100000"))
            @QueryParam("page") String page,
            @Parameter(description = ApiSchema.SIZE_DESCRIPTION, example = "50",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        ListParams params = new ListParams();
        ActorType actorType = params.oneOf("type", type, ActorType.class, "actor-type-unknown");
        int p = params.page(page);
        int s = params.size(size);
        params.check();
        return queries.actors(actorType, p, s);
    }
}
