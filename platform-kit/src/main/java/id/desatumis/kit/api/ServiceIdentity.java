package id.desatumis.kit.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which service this is: its CloudEvents source and the source recorded in event metadata. */
@ConfigMapping(prefix = "desatumis.service")
public interface ServiceIdentity {

    /** The service's name; by default the application's ({@code registry-service}). */
    @WithDefault("${quarkus.application.name}")
    String name();

    /** {@code /desatumis/<service>}: {@code registry-service} records {@code /desatumis/registry}. */
    default String source() {
        String n = name();
        return "/desatumis/" + (n.endsWith("-service") ? n.substring(0, n.length() - "-service".length()) : n);
    }
}
