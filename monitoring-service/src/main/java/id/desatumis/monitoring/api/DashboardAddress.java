package id.desatumis.monitoring.api;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** {@code /dasbor}, as people type it, leads to the dashboard's index page at {@code /dasbor/}. */
@ApplicationScoped
public class DashboardAddress {

    void route(@Observes Router router) {
        router.getWithRegex("/dasbor").handler(rc -> rc.response().setStatusCode(301)
                .putHeader("Location", "/dasbor/").end());
    }
}
