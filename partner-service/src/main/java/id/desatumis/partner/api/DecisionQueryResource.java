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

/**
 * A forum decision by its number. Numbers hold slashes ({@code MD/33.14.07.2003/2026/004}): the path takes them as
 * they are, or percent-encoded. Programme staff read every decision; a village operator those of its desa's forums.
 */
@Path("/decisions")
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
    @Operation(summary = "A decision by its number: its forum, area, date, text and what it approves")
    public Uni<Response> byNumber(@PathParam("number") String number) {
        QueryParams params = new QueryParams();
        String n = params.decisionNumber(number);
        params.check();
        return queries.decision(callers.current(), n).map(FreshAnswers::ok);
    }
}
