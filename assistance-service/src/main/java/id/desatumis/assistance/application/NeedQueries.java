package id.desatumis.assistance.application;

import id.desatumis.assistance.persistence.HouseholdRows;
import id.desatumis.assistance.persistence.NeedRows.NeedRow;
import id.desatumis.assistance.persistence.NeedRows;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Households' needs as the inline read models hold them (written with the events, so never behind): one household's,
 * or a page of a desa's (or of all) by kind and status. A village operator reads its own desa only: another desa's
 * household, or a list of another desa, is 404.
 */
@ApplicationScoped
public class NeedQueries {

    /** A household's needs; member ids only while the member is not erased. */
    public record HouseholdNeedsView(UUID householdId, String desaCode, String standing, boolean allNeedsMet,
                                     long version, List<NeedRow> needs) {
    }

    public record NeedPage(List<NeedRow> items, int page, int size, long total) {
    }

    private final Pool pool;
    private final HouseholdRows households;
    private final NeedRows needs;

    public NeedQueries(Pool pool, HouseholdRows households, NeedRows needs) {
        this.pool = pool;
        this.households = households;
        this.needs = needs;
    }

    public Uni<HouseholdNeedsView> ofHousehold(Caller caller, UUID householdId) {
        return households.find(pool, householdId).chain(found -> {
            var h = found.filter(r -> r.desaCode() != null && caller.maySee(r.desaCode()))
                    .orElseThrow(() -> Problems.notFound("household"));
            return needs.ofHousehold(pool, householdId).map(rows -> new HouseholdNeedsView(householdId, h.desaCode(),
                    h.standing(), h.needsMetAnnounced(), h.version(), rows));
        });
    }

    /** {@code desa}, {@code kind}, {@code status}: null for any. */
    public Uni<NeedPage> list(Caller caller, String desa, String kind, String status, int page, int size) {
        List<String> desas;
        if (caller.has(Roles.DINSOS) || caller.has(Roles.TKPKD) || caller.has(Roles.AUDITOR)) {
            desas = desa == null ? null : List.of(desa);
        } else if (desa == null) {
            desas = List.copyOf(caller.desaCodes());
        } else if (caller.desaCodes().contains(desa)) {
            desas = List.of(desa);
        } else {
            throw Problems.notFound("desa");
        }
        NeedRows.Filter filter = new NeedRows.Filter(desas, kind, status);
        return needs.page(pool, filter, page, size)
                .chain(items -> needs.count(pool, filter).map(total -> new NeedPage(items, page, size, total)));
    }
}
