package id.desatumis.assistance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The public status lookup's rate limit ({@code desatumis.status-lookup.*}), per client address and per instance. */
@ConfigMapping(prefix = "desatumis.status-lookup")
public interface StatusLookupSettings {

    /** Lookups a client address may make at once; the bucket refills at this many per {@link #period()}. */
    @WithDefault("10")
    int requests();

    @WithDefault("PT1M")
    Duration period();

    /**
     * Whether the client address is the last one in X-Forwarded-For (set by a proxy in front of the service that
     * appends the address it saw). Off: the header is ignored, since any client can write it.
     */
    @WithDefault("false")
    boolean trustForwardedFor();

    /** Client addresses remembered at most; the least recently seen is forgotten first. */
    @WithDefault("100000")
    int maxClients();
}
