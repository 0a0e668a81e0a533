package id.desatumis.monitoring.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** JSON over HTTP/1.1 with a bearer token, as another office's system calls the services. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ExecutorService callbacks = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "bench-http");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).executor(callbacks).build();

    /** A GET answered 200, as JSON; anything else stops the bench with the answer. */
    JsonNode get(String url, String token) throws IOException, InterruptedException {
        HttpRequest request = request(url, token).GET().build();
        return json(request, client.send(request, HttpResponse.BodyHandlers.ofString()), 200);
    }

    /** A POST of a JSON body answered {@code expected}, as JSON. */
    JsonNode post(String url, String token, String body, int expected) throws IOException, InterruptedException {
        HttpRequest request = request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return json(request, client.send(request, HttpResponse.BodyHandlers.ofString()), expected);
    }

    /** A POST sent without waiting; the answer's status and body once it comes. */
    CompletableFuture<HttpResponse<String>> postAsync(String url, String token, String body) {
        return client.sendAsync(request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    boolean ready(String base) throws InterruptedException {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListening) {
            return false;
        }
    }

    private static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
    }

    private static JsonNode json(HttpRequest request, HttpResponse<String> r, int expected) throws IOException {
        if (r.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + r.statusCode()
                    + " (expected " + expected + "): " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
