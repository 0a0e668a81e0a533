package id.desatumis.assistance.planning;

import id.desatumis.kit.region.RegionCatalog;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A planning test that starts each test in a {@link Scene} of its own. */
abstract class SceneTest {

    @Inject
    RegionCatalog regions;
    @Inject
    StoredInterventions stored;

    Scene s;

    @BeforeAll
    static void topicsExist() throws Exception {
        Scene.topicsExist();
    }

    @BeforeEach
    void aScene() {
        s = Scene.set(regions);
    }
}
