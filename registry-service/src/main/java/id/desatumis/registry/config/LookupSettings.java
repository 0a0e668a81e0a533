package id.desatumis.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Lookups by NIK or KK number ({@code desatumis.registry.lookups.*}). */
@ConfigMapping(prefix = "desatumis.registry.lookups")
public interface LookupSettings {

    /**
     * Identifiers one caller may look up per minute on one instance (a DCI search of 100 counts 100): enough for an
     * office's system checking its own beneficiaries, not for testing the population's numbers against the registry.
     */
    @WithDefault("600")
    int perMinute();
}
