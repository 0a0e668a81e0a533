package id.desatumis.kit.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/**
 * Keeps request bodies small everywhere but on the paths that stream large uploads to disk (the national list).
 * Quarkus's own limit ({@code quarkus.http.limits.max-body-size}) is then set for those uploads; every other
 * request with a body must declare its length, at most {@code desatumis.http.max-body-bytes} (1 MB), or it is
 * refused with 413 or 411 before anything reads it. On the upload paths, a declared length over Quarkus's limit is
 * refused with 413 too (the server itself would close the connection without an answer). A request with any
 * Transfer-Encoding is refused with 411, with or without a Content-Length beside it (the two together are how
 * requests are smuggled past a proxy).
 */
@ApplicationScoped
public class BodySizeGuard {

    private final long maxBytes;
    private final List<String> streamingPaths;
    private final long serverLimit;

    public BodySizeGuard(@ConfigProperty(name = "desatumis.http.max-body-bytes", defaultValue = "1048576") long maxBytes,
                         @ConfigProperty(name = "desatumis.http.streaming-paths") Optional<List<String>> streamingPaths,
                         @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize serverLimit) {
        this.maxBytes = maxBytes;
        this.streamingPaths = streamingPaths.orElse(List.of());
        this.serverLimit = serverLimit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(ctx -> {
            HttpMethod method = ctx.request().method();
            boolean hasBody = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
            if (!hasBody) {
                ctx.next();
                return;
            }
            if (streamingPaths.contains(ctx.normalizedPath())) {
                // Quarkus's own limit applies here; over it, the server closes the connection without an answer, so a
                // declared length over it is refused first, with a problem the client can read
                if (declaredOver(ctx.request().getHeader("Content-Length"), serverLimit)) {
                    refuse(ctx, 413, "payload-too-large", "The body is too large", "at most " + serverLimit + " bytes");
                    return;
                }
                ctx.next();
                return;
            }
            String length = ctx.request().getHeader("Content-Length");
            // any transfer coding ("chunked", "gzip, chunked", ...) is a body of unknown length: the limit could only
            // be checked after reading it, and Quarkus's own (512 MB where uploads stream) would apply instead
            if (ctx.request().getHeader("Transfer-Encoding") != null) {
                refuse(ctx, 411, "length-required", "Length required", "send the body with a Content-Length");
                return;
            }
            if (length == null) {
                ctx.next();
                return;
            }
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                refuse(ctx, 400, "malformed-request", "The request cannot be read", "Content-Length is not a number");
                return;
            }
            if (declared > maxBytes) {
                refuse(ctx, 413, "payload-too-large", "The body is too large", "at most " + maxBytes + " bytes");
                return;
            }
            ctx.next();
        });
    }

    private static boolean declaredOver(String length, long limit) {
        if (length == null) return false;
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void refuse(RoutingContext ctx, int status, String slug, String title, String detail) {
        EarlyRefusals.refuse(ctx, status, slug, title, detail);
    }
}
