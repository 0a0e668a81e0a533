package id.desatumis.kit.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem answers given by the kit's guards on the HTTP router, before a request reaches a resource (and so before
 * the request context a resource's problems carry exists). Same shape as {@link ProblemResponses}: type, title,
 * status, detail, and for a broken rule the field and the rule.
 */
final class EarlyRefusals {

    private EarlyRefusals() {
    }

    static void refuse(RoutingContext ctx, int status, String slug, String title, String detail) {
        send(ctx, status, problem(status, slug, title, detail));
    }

    static void refuseField(RoutingContext ctx, int status, String slug, String title, String field, String rule,
                            String message) {
        JsonObject body = problem(status, slug, title, field + ": " + message)
                .put("errors", new JsonArray().add(new JsonObject().put("field", field).put("rule", rule).put("message", message)));
        send(ctx, status, body);
    }

    private static JsonObject problem(int status, String slug, String title, String detail) {
        return new JsonObject().put("type", "/problems/" + slug).put("title", title).put("status", status).put("detail", detail);
    }

    private static void send(RoutingContext ctx, int status, JsonObject body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
                .putHeader("Connection", "close").end(body.encode());
    }
}
