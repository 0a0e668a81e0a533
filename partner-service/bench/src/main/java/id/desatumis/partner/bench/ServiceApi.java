package id.desatumis.partner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The packaged service's REST API as its users' systems call it: JSON over HTTP with a bearer token. An answer other
 * than the one expected stops the bench with the service's problem document: a setup the service refused measures
 * nothing.
 */
final class ServiceApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String baseUrl;

    ServiceApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** POSTs the body as JSON and answers the response's JSON, refusing any status but {@code expected}. */
    JsonNode post(String token, String path, Object body, int expected) throws IOException, InterruptedException {
        return send(request(token, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), expected);
    }

    /** GETs a resource (200 expected) and answers its JSON. */
    JsonNode get(String token, String path) throws IOException, InterruptedException {
        return send(request(token, path).GET().build(), 200);
    }

    private HttpRequest.Builder request(String token, String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered " + r.statusCode()
                    + " (expected " + expected + "): " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
