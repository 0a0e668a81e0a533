package id.desatumis.kit.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Makes the region catalog injectable; loaded once. */
public class RegionCatalogProducer {

    @Produces
    @ApplicationScoped
    RegionCatalog regionCatalog() {
        return RegionCatalog.load();
    }
}
