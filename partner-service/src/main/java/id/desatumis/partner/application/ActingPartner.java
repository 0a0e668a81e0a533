package id.desatumis.partner.application;

import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;
import id.desatumis.partner.persistence.PartnerDirectory;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/**
 * The partner a token acts for: a {@code partner} token by its {@code partner_id} claim, an {@code opd} token by its
 * office code (the OPD registered with it). Programme staff act for no partner of their own.
 */
@ApplicationScoped
public class ActingPartner {

    private final PartnerDirectory directory;

    public ActingPartner(PartnerDirectory directory) {
        this.directory = directory;
    }

    /** The partner the caller acts for, if its token names one that is registered. */
    public Uni<Optional<UUID>> of(SqlClient c, Caller caller) {
        if (caller.has(Roles.PARTNER) && caller.partnerId() != null) {
            UUID id = parse(caller.partnerId());
            if (id == null) return Uni.createFrom().item(Optional.empty());
            return directory.find(c, id).map(e -> Optional.ofNullable(e).map(PartnerDirectory.Entry::partnerId));
        }
        if (caller.has(Roles.OPD) && caller.opdCode() != null) {
            return directory.byOpdCode(c, caller.opdCode()).map(e -> Optional.ofNullable(e).map(PartnerDirectory.Entry::partnerId));
        }
        return Uni.createFrom().item(Optional.empty());
    }

    /** Whether the caller acts for exactly this partner. */
    public Uni<Boolean> actsFor(SqlClient c, Caller caller, UUID partnerId) {
        return of(c, caller).map(p -> p.isPresent() && p.get().equals(partnerId));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
