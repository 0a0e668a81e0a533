package id.desatumis.kit.api;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
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

    /**
     * Answers; a client that asked to continue (Expect: 100-continue) before sending its body is then disconnected, as
     * the answer says: it sends nothing more, and the server would otherwise keep the connection open waiting for the
     * refused body, and the client waiting for the close. Any other client may still be writing its body: its
     * connection stays until the server has read past it, so that it reads the answer instead of a reset.
     */
    private static void send(RoutingContext ctx, int status, JsonObject body) {
        HttpServerRequest request = ctx.request();
        boolean waitsToContinue = "100-continue".equalsIgnoreCase(request.getHeader("Expect"))
                && request.version() != HttpVersion.HTTP_2;
        ctx.response().setStatusCode(status).putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
                .putHeader("Connection", "close").end(body.encode())
                .onComplete(sent -> {
                    if (waitsToContinue) request.connection().close();
                });
    }
}
