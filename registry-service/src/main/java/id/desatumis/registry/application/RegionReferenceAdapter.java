package id.desatumis.registry.application;

import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.registry.domain.RegionReference;
import jakarta.enterprise.context.ApplicationScoped;

/** The domain's view of the official region codes. */
@ApplicationScoped
public class RegionReferenceAdapter implements RegionReference {

    private final RegionCatalog catalog;

    public RegionReferenceAdapter(RegionCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public boolean isSragenDesa(String dottedCode) {
        return catalog.isSragenDesa(dottedCode);
    }

    @Override
    public boolean isKecamatanDigits(String sixDigits) {
        return catalog.kecamatanByDigits(sixDigits).isPresent();
    }
}
