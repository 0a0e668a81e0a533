package id.desatumis.kit.outbox;

import id.desatumis.kit.eventstore.StoredEvent;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/** Publishes every "Noted" event of the test streams on one topic per test; "Secret" events stay internal. */
final class TestCatalog implements PublicEventCatalog {

    private final String topic;

    TestCatalog(String topic) {
        this.topic = topic;
    }

    @Override
    public String source() {
        return "/desatumis/kit-test";
    }

    @Override
    public Set<String> topics() {
        return Set.of(topic);
    }

    @Override
    public Optional<PublicRecord> toPublic(StoredEvent e) {
        if (!e.type().equals("Noted")) {
            return Optional.empty();
        }
        return Optional.of(new PublicRecord(topic, "id.desatumis.kittest.Noted.v1", e.payloadJson().getBytes(StandardCharsets.UTF_8)));
    }
}
