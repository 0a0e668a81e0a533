package id.desatumis.monitoring.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The projection's generations as {@code GET /admin/projections} answers them. */
record Generations(List<Generation> all) {

    record Position(String topic, int partition, long nextOffset) {
    }

    record Generation(int number, String state, OffsetDateTime startedAt, OffsetDateTime liveAt, Long lag,
                      long recordsRead, List<Position> positions, String loopState, String failure) {

        /** Records read per topic. */
        Map<String, Long> byTopic() {
            Map<String, Long> out = new TreeMap<>();
            positions.forEach(p -> out.merge(p.topic(), p.nextOffset(), Long::sum));
            return out;
        }
    }

    static Generations of(JsonNode answer) {
        List<Generation> all = new ArrayList<>();
        for (JsonNode g : answer.path("generations")) {
            List<Position> positions = new ArrayList<>();
            for (JsonNode p : g.path("positions")) {
                positions.add(new Position(p.path("topic").asText(), p.path("partition").asInt(), p.path("nextOffset").asLong()));
            }
            JsonNode loop = g.path("loop");
            all.add(new Generation(g.path("generation").asInt(), g.path("state").asText(), time(g.path("startedAt")),
                    time(g.path("liveAt")), g.path("consumerLag").isNumber() ? g.path("consumerLag").asLong() : null,
                    g.path("recordsRead").asLong(), positions, loop.isObject() ? loop.path("state").asText() : null,
                    loop.isObject() && !loop.path("failure").isNull() ? loop.path("failure").asText() : null));
        }
        return new Generations(all);
    }

    Generation live() {
        return all.stream().filter(g -> g.state().equals("LIVE")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no LIVE generation: " + all));
    }

    Generation number(int n) {
        return all.stream().filter(g -> g.number() == n).findFirst()
                .orElseThrow(() -> new IllegalStateException("no generation " + n + ": " + all));
    }

    private static OffsetDateTime time(JsonNode n) {
        return n.isTextual() ? OffsetDateTime.parse(n.asText()) : null;
    }
}
