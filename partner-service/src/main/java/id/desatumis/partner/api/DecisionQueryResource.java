package id.desatumis.partner.api;

import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.partner.application.ForumQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/**
 * A forum decision by its number. Numbers hold slashes ({@code MD/33.14.07.2003/2026/004}): the path takes them as
 * they are, or percent-encoded. Programme staff read every decision; a village operator those of its desa's forums.
 */
@Path("/decisions")
@Tag(name = ApiSchemas.FORUMS, description = ApiSchemas.FORUMS_TAG)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
public class DecisionQueryResource {

    private final ForumQueries queries;
    private final CallerProvider callers;

    public DecisionQueryResource(ForumQueries queries, CallerProvider callers) {
        this.queries = queries;
        this.callers = callers;
    }

    @GET
    @Path("/{number: .+}")
    @Operation(operationId = "getDecision", summary = "Read a forum decision",
            description = "A decision by its number: its forum, area, date, text and what it approves. The number's "
                    + "slashes may be sent as they are or percent-encoded. Programme staff and auditors read every "
                    + "decision, a village operator those of its own desa's forums (any other is 404).")
    @APIResponse(responseCode = "200", description = "The decision", headers = {
            @Header(name = FreshAnswers.EVENTS_BEHIND, description = ApiSchemas.EVENTS_BEHIND,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0")),
            @Header(name = FreshAnswers.LAST_EVENT_AT, description = ApiSchemas.LAST_EVENT_AT,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.FreshDecision.class)))
    public Uni<Response> byNumber(@Parameter(description = "The decision's number", example = "TKPKD/33.14/2026/011",
            schema = @Schema(type = SchemaType.STRING, pattern = ApiSchemas.DECISION_PATTERN)) @PathParam("number") String number) {
        QueryParams params = new QueryParams();
        String n = params.decisionNumber(number);
        params.check();
        return queries.decision(callers.current(), n).map(FreshAnswers::ok);
    }
}
