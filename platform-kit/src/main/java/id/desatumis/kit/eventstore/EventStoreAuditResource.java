package id.desatumis.kit.eventstore;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Lets an auditor check that this service's event store has not been altered. */
@Tag(name = "Audit", description = "The event store's integrity and the personal-data access log, for auditors")
@Path("/audit/event-store")
@Produces(MediaType.APPLICATION_JSON)
public class EventStoreAuditResource {

    private final HashChainVerifier verifier;

    public EventStoreAuditResource(HashChainVerifier verifier) {
        this.verifier = verifier;
    }

    @Schema(name = "EventStoreVerification", description = "The outcome of recomputing every stream's hash chain")
    public record Verification(
            @Schema(description = "True when every link holds", required = true) boolean intact,
            @Schema(description = "How many events were checked", required = true, examples = "125000") long eventsChecked,
            @Schema(description = "The first broken link; absent when intact") BrokenLink firstBrokenLink) {
    }

    @GET
    @Path("/verification")
    @APIResponse(responseCode = "200", description = "The outcome, intact or with the first broken link",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Verification.class)))
    @RolesAllowed({Roles.AUDITOR, Roles.DINSOS})
    @Operation(operationId = "verifyEventStore", summary = "Recompute every stream's hash chain and report the first broken link, if any",
            description = "Auditors and Dinas Sosial. Reads the whole store: slow on a large one."
                    + " An altered, removed or reordered event breaks its stream's chain at that event.")
    public Uni<Verification> verify() {
        return verifier.verifyAll().map(r -> new Verification(r.intact(), r.eventsChecked(), r.firstBrokenLink().orElse(null)));
    }
}
