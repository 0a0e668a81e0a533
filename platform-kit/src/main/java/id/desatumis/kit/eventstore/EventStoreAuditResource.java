package id.desatumis.kit.eventstore;

import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Lets an auditor check that this service's event store has not been altered. */
@Path("/audit/event-store")
@Produces(MediaType.APPLICATION_JSON)
public class EventStoreAuditResource {

    private final HashChainVerifier verifier;

    public EventStoreAuditResource(HashChainVerifier verifier) {
        this.verifier = verifier;
    }

    public record Verification(boolean intact, long eventsChecked, BrokenLink firstBrokenLink) {
    }

    @GET
    @Path("/verification")
    @RolesAllowed({Roles.AUDITOR, Roles.DINSOS})
    @Operation(summary = "Recompute every stream's hash chain and report the first broken link, if any")
    public Uni<Verification> verify() {
        return verifier.verifyAll().map(r -> new Verification(r.intact(), r.eventsChecked(), r.firstBrokenLink().orElse(null)));
    }
}
