package id.desatumis.devstack.apitest;

import com.fasterxml.jackson.databind.JsonNode;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.Tokens;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Walks every operation of a service's document and sends it malformed requests: tokens missing, forged, expired or
 * for another audience; path and query parameters of the wrong shape; unacceptable media types; bodies that are not
 * JSON, not UTF-8, nested too deep or too large; and for each field of a valid body, each value of the wrong kind, its
 * removal, and an unknown field beside it. Random combinations of these fill each operation's share of the total.
 * Every answer must be a 2xx (the input was valid after all) or a 4xx problem, never a 5xx; a refused request must
 * leave the service's event count where it was.
 */
public final class MalformedInput {

    private static final List<String> BAD_PATH_VALUES = List.of("x", "%00", "%20", "..", "%2E%2E%2F%2E%2E", "-1",
            "x".repeat(3000), "99999999999999999999", "00000000-0000-0000-0000-000000000000", "%27%22", "%C0%AF",
            "%E2%80%AE", "%FF", "null", "1.5", "%0A");
    private static final List<String> BAD_QUERY_VALUES = List.of("x", "-1", "99999999999999999999", "", "%00", "1.5",
            "x".repeat(2000), "%FF", "%5B%5D", "true", "2026-02-30", "%0D%0A");

    private final ApiScene scene;
    private final ValidCalls calls;
    private final ApiTransport transport;
    private final ApiReport report = new ApiReport("malformed input");
    private final Random random;
    private long events;

    private MalformedInput(ApiScene scene) {
        this.scene = scene;
        this.calls = new ValidCalls(scene);
        this.transport = new ApiTransport(scene.base);
        this.random = new Random(scene.seed);
    }

    /** Sends at least {@code atLeast} malformed requests, shared across the document's operations. */
    public static ApiReport send(ApiDocument document, ApiScene scene, int atLeast) {
        return new MalformedInput(scene).run(Order.of(document, scene), atLeast);
    }

    private ApiReport run(List<ApiOperation> operations, int atLeast) {
        events = scene.eventCount.getAsLong();
        int share = (atLeast + operations.size() - 1) / Math.max(1, operations.size());
        for (ApiOperation op : operations) {
            int before = report.requests();
            systematic(op, this::check);
            while (report.requests() - before < share) check(randomVariant(op));
        }
        return report;
    }

    private void check(ApiRequest request) {
        if (request.operation().hasHeader("Idempotency-Key") && !request.variant().startsWith("Idempotency-Key")) {
            request = request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        ApiTransport.Answer answer = transport.send(request);
        if (answer.status() == -1) return;
        report.answered(request, answer.status());
        if (answer.status() == 0 || answer.status() >= 500) {
            report.failed(request, "a 5xx or no answer", answer);
        } else if (answer.status() >= 400 && !answer.problem()) {
            report.failed(request, "a refusal without a problem body", answer);
        }
        long now = scene.eventCount.getAsLong();
        if (answer.status() >= 400 && now != events) {
            report.failed(request, "a refused request moved the event count from " + events + " to " + now, answer);
        }
        events = now;
    }

    private void systematic(ApiOperation op, Consumer<ApiRequest> send) {
        Caller caller = ValidCalls.allowed(op);
        ApiRequest valid = calls.of(op, caller);
        if (!op.isPublic()) tokens(valid, send);
        for (ApiOperation.Parameter p : op.in("path")) {
            for (String bad : BAD_PATH_VALUES) {
                send.accept(new ApiRequest(op, "path " + p.name() + "=" + ApiRequest.abbreviate(bad), op.method(),
                        calls.path(op, p.name(), bad), valid.query(), valid.headers(), valid.body()));
            }
        }
        for (ApiOperation.Parameter p : op.in("query")) {
            for (String bad : BAD_QUERY_VALUES) {
                String query = (valid.query().isEmpty() ? "" : valid.query() + "&") + p.name() + "=" + bad;
                send.accept(new ApiRequest(op, "query " + p.name(), op.method(), valid.path(), query, valid.headers(), valid.body()));
            }
        }
        send.accept(valid.header("Accept", "text/plain").variant("Accept text/plain"));
        send.accept(valid.header("Accept", "application/xml").variant("Accept application/xml"));
        if (op.hasHeader("Idempotency-Key")) {
            for (String key : List.of("", " ", "k".repeat(600), "a b", "../../x")) {
                send.accept(valid.header("Idempotency-Key", key).variant("Idempotency-Key " + ApiRequest.abbreviate(key)));
            }
        }
        if (op.hasHeader("If-Match")) {
            for (String tag : List.of("garbage", "*", "W/\"1\"", "\"99999999999999999999\"", "\"-1\"", "\"\"")) {
                send.accept(valid.header("If-Match", tag).variant("If-Match " + tag));
            }
        }
        if (op.takesBody()) bodies(op, valid, send);
    }

    private void tokens(ApiRequest valid, Consumer<ApiRequest> send) {
        Tokens tokens = DevStack.shared().tokens();
        String role = valid.operation().roles().iterator().next();
        List<String[]> bad = List.of(new String[]{"no token", null}, new String[]{"Bearer alone", "Bearer"},
                new String[]{"a garbage token", "Bearer garbage.garbage.garbage"},
                new String[]{"Basic credentials", "Basic dXNlcjpwYXNz"},
                new String[]{"an expired token", "Bearer " + tokens.builder("apitest").role(role).expiredSecondsAgo(120).sign()},
                new String[]{"another audience", "Bearer " + tokens.builder("apitest").role(role).audience("other").sign()},
                new String[]{"another issuer", "Bearer " + tokens.builder("apitest").role(role).issuer("evil").sign()},
                new String[]{"another key", "Bearer " + tokens.builder("apitest").role(role).signedWith(Tokens.newKeyPair().getPrivate()).sign()},
                new String[]{"alg none", "Bearer " + tokens.builder("apitest").role(role).unsigned().sign()},
                new String[]{"no subject", "Bearer " + tokens.builder("apitest").role(role).withoutSubject().sign()},
                new String[]{"no role", "Bearer " + tokens.builder("apitest").sign()});
        for (String[] token : bad) send.accept(valid.header("Authorization", token[1]).variant(token[0]));
    }

    private void bodies(ApiOperation op, ApiRequest valid, Consumer<ApiRequest> send) {
        String type = valid.headers().get("Content-Type");
        for (String other : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "")) {
            ApiRequest r = valid.body(valid.body(), other.isEmpty() ? null : other);
            send.accept(r.variant("Content-Type " + (other.isEmpty() ? "none" : other)));
        }
        for (Object[] body : Mutations.BODIES) {
            send.accept(valid.body((byte[]) body[1], type).variant((String) body[0]));
        }
        JsonNode tree = op.takesJson() ? calls.bodyTree(op) : null;
        if (tree == null) return;
        for (List<Object> path : Mutations.leaves(tree)) {
            send.accept(valid.body(Mutations.replace(tree, path, null)).variant("without " + path));
            for (String[] value : Mutations.VALUES) {
                send.accept(valid.body(Mutations.replace(tree, path, value[1])).variant(path + " = " + value[0]));
            }
        }
        if (tree.isObject()) {
            String extra = Mutations.write(tree).replaceFirst("^\\{", "{\"unexpectedField\":1" + (tree.size() > 0 ? "," : ""));
            send.accept(valid.body(extra).variant("an unknown field"));
        }
    }

    /** One to three random breaks of a valid call: values at random fields, random text, a random bad parameter. */
    private ApiRequest randomVariant(ApiOperation op) {
        ApiRequest valid = calls.of(op, ValidCalls.allowed(op));
        JsonNode tree = op.takesJson() ? calls.bodyTree(op) : null;
        List<String> words = new ArrayList<>();
        String path = valid.path();
        String query = valid.query();
        int breaks = 1 + random.nextInt(3);
        for (int i = 0; i < breaks; i++) {
            int what = random.nextInt(4);
            if (what <= 1 && tree != null && !Mutations.leaves(tree).isEmpty()) {
                List<List<Object>> leaves = Mutations.leaves(tree);
                List<Object> at = leaves.get(random.nextInt(leaves.size()));
                String raw = what == 0 ? Mutations.VALUES.get(random.nextInt(Mutations.VALUES.size()))[1] : Mutations.junk(random, 5000);
                tree = Mutations.read(Mutations.replace(tree, at, raw.contains("\\u") || raw.length() > 5000 ? "\"x\"" : raw));
                valid = valid.body(Mutations.replace(tree, at, raw));
                words.add(at + " random");
            } else if (what == 2 && !op.in("path").isEmpty()) {
                ApiOperation.Parameter p = op.in("path").get(random.nextInt(op.in("path").size()));
                path = calls.path(op, p.name(), BAD_PATH_VALUES.get(random.nextInt(BAD_PATH_VALUES.size())));
                words.add("path " + p.name());
            } else if (!op.in("query").isEmpty()) {
                ApiOperation.Parameter p = op.in("query").get(random.nextInt(op.in("query").size()));
                String junk = URLEncoder.encode(Mutations.junk(random, 300), StandardCharsets.UTF_8);
                query = (query.isEmpty() ? "" : query + "&") + p.name() + "=" + junk;
                words.add("query " + p.name());
            } else if (op.takesBody()) {
                Object[] body = Mutations.BODIES.get(random.nextInt(Mutations.BODIES.size() - 1));
                valid = valid.body((byte[]) body[1], valid.headers().get("Content-Type"));
                words.add((String) body[0]);
            } else {
                valid = valid.header("Authorization", null);
                words.add("no token");
            }
        }
        return new ApiRequest(op, "random: " + String.join(", ", words), op.method(), path, query, valid.headers(), valid.body());
    }
}
