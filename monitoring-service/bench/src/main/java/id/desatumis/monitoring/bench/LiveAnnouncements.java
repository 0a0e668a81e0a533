package id.desatumis.monitoring.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The dashboard's live stream as a browser holds it open: {@code GET /live}, server-sent events, {@code changed} with
 * the desa whose figures a batch the live projection committed changed, sent right after the commit. Notes when each
 * desa was announced (this JVM's nanoTime at arrival).
 */
final class LiveAnnouncements implements AutoCloseable {

    private final Map<String, List<Long>> byDesa = new HashMap<>();
    private final Stream<String> lines;
    private final Thread listener;
    private volatile boolean open = true;
    private int events;

    LiveAnnouncements(Platform platform, String token) throws Exception {
        HttpResponse<Stream<String>> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(platform.monitoring + "/live"))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofLines());
        if (r.statusCode() != 200) throw new IllegalStateException("GET /live answered " + r.statusCode());
        lines = r.body();
        listener = new Thread(this::listen, "bench-live");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        String event = null;
        try {
            for (var it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                long now = System.nanoTime();
                if (line.startsWith("event:")) event = line.substring(6).trim();
                else if (line.startsWith("data:") && "changed".equals(event)) announce(Http.JSON.readTree(line.substring(5).trim()), now);
                else if (line.isEmpty()) event = null;
            }
        } catch (Exception e) {
            if (open) System.out.println("    the /live stream ended: " + e.getMessage());
        }
    }

    private synchronized void announce(JsonNode data, long at) {
        events++;
        for (JsonNode code : data.path("desaCodes")) byDesa.computeIfAbsent(code.asText(), d -> new ArrayList<>()).add(at);
    }

    /** When the desa was announced, in order. */
    synchronized List<Long> of(String desa) {
        return List.copyOf(byDesa.getOrDefault(desa, List.of()));
    }

    synchronized int events() {
        return events;
    }

    @Override
    public void close() throws InterruptedException {
        open = false;
        lines.close();
        listener.join(2_000);
    }
}
