package id.desatumis.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The demo loader's HTTP: JSON in and out over HTTP/1.1, a bearer token per call, an Idempotency-Key where given, and
 * a retry when a service is briefly unreachable or answers 502-504 (nothing is sent twice that the key would not
 * catch: commands without a key are only retried on a refused connection).
 */
final class DemoHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int ATTEMPTS = 5;

    /**
     * An answer: its status, its JSON body (a missing node when there is none), and whether it replays the answer to
     * an earlier request with the same Idempotency-Key.
     */
    record Answer(int status, JsonNode body, boolean replayed) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The problem's slug ({@code /problems/need-unknown} is {@code need-unknown}), or "" for none. */
        String problem() {
            String type = body.path("type").asText("");
            return type.startsWith("/problems/") ? type.substring("/problems/".length()) : type;
        }

        /** The rule of the first field error, or the problem's slug. */
        String rule() {
            JsonNode errors = body.path("errors");
            return errors.isArray() && !errors.isEmpty() ? errors.get(0).path("rule").asText(problem()) : problem();
        }

        /** Whether the answer is this problem, by its type or the rule of its first field error. */
        boolean is(String slug) {
            return slug.equals(problem()) || slug.equals(rule());
        }

        String text(String field) {
            return body.path(field).asText(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Answer get(String url, String token) {
        return send(request(url, token).GET(), true);
    }

    /** A read of personal fields, which the registry logs with its purpose. */
    Answer getWithPurpose(String url, String token, String purpose) {
        return send(request(url, token).header("X-Access-Purpose", purpose).GET(), true);
    }

    Answer post(String url, String token, Object body, String idempotencyKey) {
        HttpRequest.Builder r = request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)));
        if (idempotencyKey != null) r.header("Idempotency-Key", idempotencyKey);
        return send(r, idempotencyKey != null);
    }

    /** A POST that needs a purpose header too (a search of the registry). */
    Answer postWithPurpose(String url, String token, Object body, String purpose) {
        return send(request(url, token).header("Content-Type", "application/json").header("X-Access-Purpose", purpose)
                .POST(HttpRequest.BodyPublishers.ofString(json(body))), true);
    }

    /** Polls until the answer satisfies the condition, or the time is up (then the last answer). */
    Answer await(String url, String token, Predicate<Answer> done, Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        Answer last = get(url, token);
        while (!done.test(last) && System.nanoTime() < until) {
            DemoRun.pause(250);
            last = get(url, token);
        }
        return last;
    }

    static String query(Map<String, Object> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> {
            if (v == null) return;
            sb.append(sb.isEmpty() ? '?' : '&').append(k).append('=')
                    .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
        });
        return sb.toString();
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private Answer send(HttpRequest.Builder builder, boolean safeToRepeat) {
        HttpRequest request = builder.build();
        IOException failure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (safeToRepeat && r.statusCode() >= 502 && r.statusCode() <= 504 && attempt < ATTEMPTS) {
                    DemoRun.pause(500L * attempt);
                    continue;
                }
                return new Answer(r.statusCode(), parse(r.body()), r.headers().firstValue("Idempotent-Replayed").isPresent());
            } catch (java.net.ConnectException e) {
                failure = e;
            } catch (IOException e) {
                failure = e;
                if (!safeToRepeat) break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            DemoRun.pause(500L * attempt);
        }
        throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + failure, failure);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) return MissingNode.getInstance();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body.length() > 200 ? body.substring(0, 200) : body);
        }
    }

    private static String json(Object body) {
        if (body instanceof String s) return s;
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
