package id.desatumis.assistance.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The services' REST APIs as their users' systems call them: JSON over HTTP/1.1 with a bearer token, one at a time
 * ({@link #post}, {@link #get}) or without waiting ({@link #postAsync}, for a client that keeps several interventions
 * in flight). An answer other than the one expected stops the bench with the service's problem document: a step the
 * service refused measures nothing.
 */
final class Rest {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ExecutorService callbacks = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "bench-http");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).executor(callbacks).build();

    JsonNode post(String url, String token, Object body, int expected) {
        return postAsync(url, token, body, expected, Map.of()).exceptionally(Rest::rethrow).join();
    }

    JsonNode get(String url, String token) throws IOException, InterruptedException {
        HttpRequest request = request(url, token).GET().build();
        return answer(request, http.send(request, HttpResponse.BodyHandlers.ofString()), 200);
    }

    /** POSTs the body as JSON with the extra headers given; the answer's JSON once it comes. */
    CompletableFuture<JsonNode> postAsync(String url, String token, Object body, int expected, Map<String, String> headers) {
        HttpRequest.Builder builder = request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)));
        headers.forEach(builder::header);
        HttpRequest request = builder.build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(r -> answer(request, r, expected));
    }

    /** The answer's status and body, whatever they are (a probe). */
    record Answer(int status, String body) {
    }

    Answer probe(String url, String token, Object body) throws IOException, InterruptedException {
        HttpRequest request = request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    /** Whether a service answers ready on its health endpoint. */
    boolean ready(String baseUrl) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).timeout(TIMEOUT).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListening) {
            return false;
        }
    }

    private static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private static JsonNode answer(HttpRequest request, HttpResponse<String> r, int expected) {
        if (r.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered " + r.statusCode()
                    + " (expected " + expected + "): " + r.body());
        }
        try {
            return JSON.readTree(r.body());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode rethrow(Throwable t) {
        Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        if (cause instanceof RuntimeException e) throw e;
        throw new IllegalStateException(cause);
    }
}
