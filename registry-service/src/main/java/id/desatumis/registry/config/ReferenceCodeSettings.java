package id.desatumis.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The reference codes' backfill ({@code desatumis.registry.reference-codes.*}). */
@ConfigMapping(prefix = "desatumis.registry.reference-codes")
public interface ReferenceCodeSettings {

    /** Whether this instance gives households registered before codes existed theirs when it starts. */
    @WithDefault("true")
    boolean backfillAtStartup();

    /** Households given their code per transaction (each batch holds its households' stream locks until it commits). */
    @WithDefault("200")
    int backfillBatchSize();
}
