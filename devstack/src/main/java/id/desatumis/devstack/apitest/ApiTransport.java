package id.desatumis.devstack.apitest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Sends a generator's requests to the service, one at a time, and reads the status, media type and body. */
final class ApiTransport {

    /** An answer: its status (0 when the connection gave none), media type and body. */
    record Answer(int status, String contentType, String body) {
        boolean problem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + ApiRequest.abbreviate(body == null ? "" : body.replace('\n', ' '));
        }
    }

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    ApiTransport(URI base) {
        this.base = base;
    }

    Answer send(ApiRequest request) {
        HttpRequest.Builder http;
        try {
            http = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + request.target()))
                    .timeout(Duration.ofSeconds(60));
        } catch (IllegalArgumentException e) {
            return new Answer(-1, null, "not a URI a client can send: " + e.getMessage());
        }
        request.headers().forEach(http::header);
        http.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        try {
            HttpResponse<byte[]> answer = client.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null),
                    new String(answer.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Answer(0, null, "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
