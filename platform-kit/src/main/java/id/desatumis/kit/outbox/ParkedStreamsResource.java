package id.desatumis.kit.outbox;

import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * The operator's way out of a parked stream (an event the relay cannot map, see {@link BatchMapping}): list what is
 * parked and why, fix the cause (deploy the mapper, restore the key), then ask for the release; the leading relay
 * publishes the held events in order within a second or two, or parks the stream again with the new reason.
 */
@Path("/admin/relay/parked-streams")
@Produces(MediaType.APPLICATION_JSON)
public class ParkedStreamsResource {

    private final Pool pool;

    public ParkedStreamsResource(Pool pool) {
        this.pool = pool;
    }

    @GET
    @RolesAllowed({Roles.DINSOS, Roles.AUDITOR})
    @Operation(summary = "Streams the outbox relay holds back because an event of theirs cannot be mapped, and why")
    public Uni<List<ParkedStreamsTable.Row>> parked() {
        return ParkedStreamsTable.list(pool, RelayLifecycle.RELAY_NAME);
    }

    @POST
    @Path("/{streamId}/release")
    @RolesAllowed(Roles.DINSOS)
    @Operation(summary = "Ask the relay to publish a parked stream's held events, in order, once its cause is fixed")
    public Uni<Response> release(@PathParam("streamId") String streamId) {
        return ParkedStreamsTable.requestRelease(pool, RelayLifecycle.RELAY_NAME, streamId).map(requested -> {
            if (!requested) throw Problems.notFound("parked stream");
            return Response.accepted().build();
        });
    }
}
