package id.desatumis.kit.outbox;

import id.desatumis.kit.eventstore.StoredEvent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A service with a catalog per aggregate: the relay reads them as one, in the batch's order. */
class CombinedCatalogTest {

    /** Publishes the events of one stream category to one topic, each as its own type name. */
    record CategoryCatalog(String source, String category, String topic) implements PublicEventCatalog {

        @Override
        public Set<String> topics() {
            return Set.of(topic);
        }

        @Override
        public Optional<PublicRecord> toPublic(StoredEvent e) {
            if (!category.equals(e.streamType())) return Optional.empty();
            return Optional.of(new PublicRecord(topic, e.type(), e.payloadJson().getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static StoredEvent event(String category, String type) {
        return new StoredEvent(1, category + "-1", category, 1, UUID.randomUUID(), type, 1, "{}", "{}",
                OffsetDateTime.now(), "1", new byte[0]);
    }

    @Test
    void eachEventIsPublishedByTheCatalogOfItsAggregateInTheBatchsOrder() {
        var catalog = CombinedCatalog.of(List.of(new CategoryCatalog("/s", "pledge", "t.pledge"),
                new CategoryCatalog("/s", "forum", "t.forum")));

        var out = catalog.toPublic(List.of(event("forum", "A"), event("other", "B"), event("pledge", "C")));

        assertThat(out).hasSize(3);
        assertThat(out.get(0)).hasValueSatisfying(r -> assertThat(r.topic()).isEqualTo("t.forum"));
        assertThat(out.get(1)).isEmpty();
        assertThat(out.get(2)).hasValueSatisfying(r -> assertThat(r.cloudEventType()).isEqualTo("C"));
        assertThat(catalog.topics()).containsExactlyInAnyOrder("t.pledge", "t.forum");
        assertThat(catalog.source()).isEqualTo("/s");
    }

    @Test
    void oneCatalogIsUsedAsItIs() {
        var only = new CategoryCatalog("/s", "pledge", "t.pledge");
        assertThat(CombinedCatalog.of(List.of(only))).isSameAs(only);
    }

    @Test
    void catalogsOfOneServiceMustAgreeOnItsSource() {
        assertThatThrownBy(() -> CombinedCatalog.of(List.of(new CategoryCatalog("/a", "x", "t"),
                new CategoryCatalog("/b", "y", "u")))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("source");
    }
}
