package id.desatumis.kit.eventstore;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static id.desatumis.kit.KitTestSupport.append;
import static id.desatumis.kit.KitTestSupport.appendNow;
import static id.desatumis.kit.KitTestSupport.newStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class HashChainVerifierTest {

    @Inject
    Pool pool;
    @Inject
    EventStore store;
    @Inject
    HashChainVerifier verifier;

    @Test
    void aPayloadAlteredInTheTableIsReportedAsTheFirstBrokenLink() {
        String stream = newStream("ledger");
        appendNow(pool, store, append(stream, 0, "{\"amount\":100}", "{\"amount\":200}", "{\"amount\":300}"));
        assertThat(verifier.verifyAll().await().atMost(Duration.ofSeconds(30)).intact()).isTrue();

        // what someone with the power to switch off the append-only trigger could do
        tamper(stream, "{\"amount\": 999}");
        try {
            var report = verifier.verifyAll().await().atMost(Duration.ofSeconds(30));
            assertThat(report.intact()).isFalse();
            BrokenLink link = report.firstBrokenLink().orElseThrow();
            assertThat(link.streamId()).isEqualTo(stream);
            assertThat(link.version()).isEqualTo(2);
        } finally {
            tamper(stream, "{\"amount\": 200}");
        }
        assertThat(verifier.verifyAll().await().atMost(Duration.ofSeconds(30)).intact()).isTrue();
    }

    @Test
    void theApplicationCannotUpdateOrDeleteAnEvent() {
        String stream = newStream("ledger");
        appendNow(pool, store, append(stream, 0, "{\"amount\":1}"));
        assertThatThrownBy(() -> pool.preparedQuery("UPDATE events SET payload = '{}' WHERE stream_id = $1")
                .execute(Tuple.of(stream)).await().atMost(Duration.ofSeconds(10)))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> pool.preparedQuery("DELETE FROM events WHERE stream_id = $1")
                .execute(Tuple.of(stream)).await().atMost(Duration.ofSeconds(10)))
                .hasMessageContaining("append-only");
    }

    @Test
    void theChainDependsOnEveryStoredField() {
        var id = java.util.UUID.randomUUID();
        var at = java.time.OffsetDateTime.parse("2026-01-02T03:04:05.123456Z");
        byte[] h = EventHash.of(EventHash.GENESIS, "ledger-1", 1, id, "Noted", 1, "{\"a\":1,\"b\":2}", "{}", at);
        assertThat(EventHash.of(EventHash.GENESIS, "ledger-1", 1, id, "Noted", 1, "{\"b\": 2, \"a\": 1}", "{}", at))
                .as("key order and whitespace do not matter (canonical JSON)").isEqualTo(h);
        assertThat(EventHash.of(EventHash.GENESIS, "ledger-1", 2, id, "Noted", 1, "{\"a\":1,\"b\":2}", "{}", at)).isNotEqualTo(h);
        assertThat(EventHash.of(EventHash.GENESIS, "ledger-1", 1, id, "Noted", 1, "{\"a\":1,\"b\":3}", "{}", at)).isNotEqualTo(h);
        assertThat(EventHash.of(h, "ledger-1", 1, id, "Noted", 1, "{\"a\":1,\"b\":2}", "{}", at)).isNotEqualTo(h);
    }

    private void tamper(String stream, String payload) {
        pool.withTransaction(c -> c.query("ALTER TABLE events DISABLE TRIGGER events_append_only").execute()
                .chain(() -> c.preparedQuery("UPDATE events SET payload = $2::text::jsonb WHERE stream_id = $1 AND version = 2")
                        .execute(Tuple.of(stream, payload)))
                .chain(() -> c.query("ALTER TABLE events ENABLE TRIGGER events_append_only").execute()))
                .await().atMost(Duration.ofSeconds(10));
    }
}
