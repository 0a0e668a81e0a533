package id.desatumis.monitoring.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.LiveChanges;
import id.desatumis.monitoring.config.DashboardConfig;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.util.List;

/**
 * The dashboard's live figures: an event {@code changed} with the desa codes whose figures a committed batch changed
 * (a village operator hears only of its own desa), and a heartbeat comment every 15 s. The page re-reads what it shows
 * through the APIs; nothing is kept for a late subscriber.
 */
@Path("/live")
@Tag(name = "Dashboard", description = "The dashboard's browser session and its live stream of changed desa")
public class LiveResource {

    /** The data of a {@code changed} event. */
    public record Changed(List<String> desaCodes) {
    }

    private final LiveChanges changes;
    private final CallerProvider callers;
    private final DashboardConfig config;
    private final ObjectMapper json;

    public LiveResource(LiveChanges changes, CallerProvider callers, DashboardConfig config, ObjectMapper json) {
        this.changes = changes;
        this.callers = callers;
        this.config = config;
        this.json = json;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.OPD, Roles.PARTNER, Roles.AUDITOR, Roles.VILLAGE_OPERATOR})
    @Operation(operationId = "streamLiveChanges", summary = "Server-sent events of the desa whose figures changed",
            description = "An event 'changed' whose data is {\"desaCodes\": [...]} after each committed batch of the "
                    + "live projection (a village operator hears only of its own desa), a comment 'open' at once and "
                    + "a heartbeat comment every 15 s. Any signed-in role, by bearer token or the dashboard's cookie.")
    @APIResponse(responseCode = "200", description = "The stream, open until the client leaves",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING,
                    examples = ": open\n\nevent: changed\ndata: {\"desaCodes\":[\"33.14.07.2003\"]}\n\n")))
    public Multi<OutboundSseEvent> live(@Context Sse sse) {
        Caller caller = callers.current();
        Multi<OutboundSseEvent> changed = changes.stream()
                .map(codes -> codes.stream().filter(caller::maySee).sorted().toList())
                .filter(codes -> !codes.isEmpty())
                .map(codes -> sse.newEventBuilder().name("changed").data(json(new Changed(codes))).build());
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(config.heartbeat())
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        // a first comment at once, so the browser sees the stream open before the first change
        Multi<OutboundSseEvent> opened = Multi.createFrom().item(() -> sse.newEventBuilder().comment("open").build());
        return Multi.createBy().merging().streams(opened, changed, heartbeats);
    }

    // written here, as plain text: an event given a media type carries a non-standard "content-type:" field
    private String json(Changed changed) {
        try {
            return json.writeValueAsString(changed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
