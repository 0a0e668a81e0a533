package id.desatumis.assistance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How often commitments left by cancelled interventions are given back to their budget lines ({@code desatumis.budget-release.*}). */
@ConfigMapping(prefix = "desatumis.budget-release")
public interface BudgetReleaseSettings {

    @WithDefault("10s")
    Duration interval();

    /** How many commitments one round releases, each in its own transaction. */
    @WithDefault("100")
    int batchSize();
}
