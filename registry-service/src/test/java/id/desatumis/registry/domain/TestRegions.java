package id.desatumis.registry.domain;

import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.registry.application.RegionReferenceAdapter;

/** The real official codes, for domain tests (plain Java: no database, no framework). */
final class TestRegions {
    static final RegionReference INSTANCE = new RegionReferenceAdapter(RegionCatalog.load());

    private TestRegions() {
    }
}
