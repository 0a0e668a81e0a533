package id.desatumis.partner.application;

import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What of the read models a caller may see. Programme staff ({@code dinsos}, {@code tkpkd}, {@code auditor}) see
 * everything; a partner's or an office's token only its own partner (and its pledges and allocations); a village
 * operator every partner (it records who came to its forums) but only the forums and decisions of its desa. What a
 * caller may not see is answered as absent (404), never as forbidden: no one learns what exists outside their scope.
 */
@ApplicationScoped
public class ViewAccess {

    /** No partner has this id (the nil UUID). */
    public static final UUID NO_PARTNER = new UUID(0, 0);

    private final ActingPartner acting;
    private final Pool pool;

    public ViewAccess(ActingPartner acting, Pool pool) {
        this.acting = acting;
        this.pool = pool;
    }

    public static boolean seesEverything(Caller caller) {
        return caller.has(Roles.DINSOS) || caller.has(Roles.TKPKD) || caller.has(Roles.AUDITOR);
    }

    /**
     * The only partner the caller may see, or empty when it may see every partner. A partner or office token whose
     * partner is not registered sees none: {@link #NO_PARTNER}, which matches nothing.
     */
    public Uni<Optional<UUID>> onlyPartner(Caller caller) {
        if (seesEverything(caller) || caller.has(Roles.VILLAGE_OPERATOR)) return Uni.createFrom().item(Optional.empty());
        return acting.of(pool, caller).map(p -> Optional.of(p.orElse(NO_PARTNER)));
    }

    /** Whether the caller may see this partner's own records (its pledges and where they went). */
    public Uni<Boolean> mayReadPartner(Caller caller, UUID partnerId) {
        if (seesEverything(caller)) return Uni.createFrom().item(true);
        return acting.actsFor(pool, caller, partnerId);
    }

    /** The areas whose forums the caller may see, or null for every area. */
    public static Set<String> forumAreas(Caller caller) {
        return seesEverything(caller) ? null : Set.copyOf(caller.desaCodes());
    }

    public static boolean maySeeForumOf(Caller caller, String areaCode) {
        Set<String> areas = forumAreas(caller);
        return areas == null || areas.contains(areaCode);
    }
}
