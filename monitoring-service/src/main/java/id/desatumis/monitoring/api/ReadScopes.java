package id.desatumis.monitoring.api;

import id.desatumis.kit.api.ProblemException;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.Area;

/**
 * Which areas a caller of the read APIs may read: programme staff (Dinas Sosial, TKPKD, auditors) every one; a village
 * operator its own desa only (a kecamatan or the regency holds others: 403 outside-village-scope).
 */
final class ReadScopes {

    private ReadScopes() {
    }

    /** The area of a well-formed code: 404 when Sragen has none; 403 when the caller may not read it. */
    static Area area(RegionCatalog regions, Caller caller, String code) {
        Area area = Area.of(regions, code).orElseThrow(() -> Problems.notFound("area"));
        requireReads(caller, area);
        return area;
    }

    /** The desa of a well-formed code: 404 when it is not one of Sragen's desa; 403 when the caller may not read it. */
    static Area desa(RegionCatalog regions, Caller caller, String code) {
        Area area = Area.of(regions, code).filter(a -> a.level() == Area.Level.DESA)
                .orElseThrow(() -> Problems.notFound("desa"));
        requireReads(caller, area);
        return area;
    }

    private static void requireReads(Caller caller, Area area) {
        if (caller.has(Roles.DINSOS) || caller.has(Roles.TKPKD) || caller.has(Roles.AUDITOR)) return;
        if (caller.has(Roles.VILLAGE_OPERATOR) && area.level() == Area.Level.DESA
                && caller.desaCodes().contains(area.code())) return;
        throw new ProblemException(Problems.OUTSIDE_SCOPE, "you do not act for this area");
    }
}
