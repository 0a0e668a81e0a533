package id.desatumis.kit.outbox;

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
@Tag(name = "Relay", description = "The outbox relay's parked streams: events it cannot map, held in order until released")
@Path("/admin/relay/parked-streams")
@Produces(MediaType.APPLICATION_JSON)
public class ParkedStreamsResource {

    private final Pool pool;

    public ParkedStreamsResource(Pool pool) {
        this.pool = pool;
    }

    @GET
    @RolesAllowed({Roles.DINSOS, Roles.AUDITOR})
    @Operation(operationId = "listParkedStreams", summary = "Streams the outbox relay holds back because an event of theirs cannot be mapped, and why",
            description = "Dinas Sosial and auditors.")
    @APIResponse(responseCode = "200", description = "Every parked stream (few: each is an incident)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ParkedStreamsTable.Row.class)))
    public Uni<List<ParkedStreamsTable.Row>> parked() {
        return ParkedStreamsTable.list(pool, RelayLifecycle.RELAY_NAME);
    }

    @POST
    @Path("/{streamId}/release")
    @RolesAllowed(Roles.DINSOS)
    @Operation(operationId = "releaseParkedStream", summary = "Ask the relay to publish a parked stream's held events, in order, once its cause is fixed",
            description = "Dinas Sosial. The leading relay tries within a second or two; if the cause remains, the stream is parked again with the new reason.")
    @APIResponse(responseCode = "202", description = "The release is asked for; the relay acts on it shortly")
    public Uni<Response> release(@Parameter(description = "The parked stream's id, as listed",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z][a-z-]*-[0-9a-zA-Z._-]+$", maxLength = 200),
            example = "household-0b8f3c52-3d1e-4a57-9b1a-7d2f0e6c9a41") @PathParam("streamId") String streamId) {
        return ParkedStreamsTable.requestRelease(pool, RelayLifecycle.RELAY_NAME, streamId).map(requested -> {
            if (!requested) throw Problems.notFound("parked stream");
            return Response.accepted().build();
        });
    }
}
