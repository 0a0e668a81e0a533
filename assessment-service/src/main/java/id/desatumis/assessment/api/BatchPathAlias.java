package id.desatumis.assessment.api;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Some HTTP clients percent-encode the colon of {@code /assessments:batch}; JAX-RS matches the path as sent, so the
 * encoded form is routed to the same place before anything else sees it.
 */
@ApplicationScoped
public class BatchPathAlias {

    void install(@Observes Router router) {
        router.route().order(-2000).handler(ctx -> {
            if ("/assessments%3abatch".equalsIgnoreCase(ctx.request().path())) {
                ctx.reroute(ctx.request().method(), "/assessments:batch");
            } else {
                ctx.next();
            }
        });
    }
}
