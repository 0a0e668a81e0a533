package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.Actor;
import id.desatumis.assistance.persistence.ActorDirectory;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/**
 * The actors partner-service published, as the use cases ask about them: one by id, whether it may take on something
 * new, and which actor a token acts for. {@code c} may be the caller's transaction.
 */
@ApplicationScoped
public class Actors {

    private final ActorDirectory directory;

    public Actors(ActorDirectory directory) {
        this.directory = directory;
    }

    public Uni<Optional<Actor>> find(SqlClient c, UUID partnerId) {
        return directory.find(c, partnerId);
    }

    /** The actor, active; {@code actor-unknown} or {@code actor-suspended} on {@code field} otherwise. */
    public Uni<Actor> requireActive(SqlClient c, String field, UUID partnerId) {
        return find(c, partnerId).map(a -> a.orElseThrow(() -> Actor.unknown(field)).requireActive(field));
    }

    /**
     * The actor a token acts for: an {@code opd} token for the office registered with its {@code opd} code, a
     * {@code partner} token for its {@code partner_id} when that partner is known. Programme staff act for no actor.
     */
    public Uni<Optional<UUID>> actingFor(SqlClient c, Caller caller) {
        if (caller.has(Roles.OPD) && caller.opdCode() != null) {
            return directory.byOpdCode(c, caller.opdCode()).map(a -> a.map(Actor::partnerId));
        }
        if (caller.has(Roles.PARTNER) && caller.partnerId() != null) {
            UUID id = uuidOrNull(caller.partnerId());
            if (id == null) return Uni.createFrom().item(Optional.empty());
            return find(c, id).map(a -> a.map(Actor::partnerId));
        }
        return Uni.createFrom().item(Optional.empty());
    }

    private static UUID uuidOrNull(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
