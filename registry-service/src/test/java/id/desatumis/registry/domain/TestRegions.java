package id.desatumis.registry.domain;

import id.desatumis.kit.region.RegionCatalog;

/** The real official codes, for domain tests (plain Java: no database, no framework). */
final class TestRegions implements RegionReference {
    static final TestRegions INSTANCE = new TestRegions();
    private final RegionCatalog catalog = RegionCatalog.load();

    @Override
    public boolean isSragenDesa(String dottedCode) {
        return catalog.isSragenDesa(dottedCode);
    }

    @Override
    public boolean isKecamatanDigits(String sixDigits) {
        return catalog.kecamatanByDigits(sixDigits).isPresent();
    }
}
