package id.desatumis.registry.api;

import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.crypto.FieldCipher;
import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.outbox.PublicRecord;
import id.desatumis.registry.application.HouseholdAggregate;
import id.desatumis.registry.domain.HouseholdEvent;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdRegistered;
import id.desatumis.registry.domain.Member;
import id.desatumis.registry.messaging.RegistryPublicEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the relay opens of the registry's events: birth dates, for age bands; every other personal field stays sealed. */
@QuarkusTest
class PublicCatalogApiTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Pool pool;
    @Inject
    EventStore store;
    @Inject
    AggregateStore aggregates;
    @Inject
    HouseholdAggregate households;
    @Inject
    RegistryPublicEvents catalog;

    @Test
    void theRelayOpensBirthDatesOnlyAndPublishesAgeBandsWithoutPersonalData() {
        var registered = HouseholdLifecycleApiTest.register(People.DESA_A);
        List<StoredEvent> stored = store.readStream(pool, HouseholdAggregate.stream(UUID.fromString(registered.id())))
                .await().atMost(WAIT);

        HouseholdEvent read = aggregates.decodeAll(pool, households.forPublishing(), stored).await().atMost(WAIT).get(0);
        HouseholdRegistered event = (HouseholdRegistered) read;
        assertThat(FieldCipher.isSealed(event.kkNumber())).isTrue();
        assertThat(FieldCipher.isSealed(event.address())).isTrue();
        @SuppressWarnings("unchecked")
        var submitted = (List<Map<String, Object>>) registered.body().get("members");
        for (int i = 0; i < event.members().size(); i++) {
            Member m = event.members().get(i);
            assertThat(FieldCipher.isSealed(m.nik())).isTrue();
            assertThat(FieldCipher.isSealed(m.name())).isTrue();
            assertThat(m.birthDate()).isEqualTo(LocalDate.parse((String) submitted.get(i).get("birthDate")));
        }

        // the full read, as a command sees it, opens everything
        HouseholdRegistered opened = (HouseholdRegistered) aggregates.decodeAll(pool, households, stored).await().atMost(WAIT).get(0);
        assertThat(opened.members().get(0).name()).isEqualTo(submitted.get(0).get("name"));

        List<Optional<PublicRecord>> published = catalog.toPublic(stored);
        String contract = new String(published.get(0).orElseThrow().payload(), StandardCharsets.UTF_8);
        assertThat(contract).contains("\"ageBand\":\"25-59\"").contains("\"ageBand\":\"13-15\"")
                .doesNotContain((String) submitted.get(0).get("name"), (String) submitted.get(0).get("nik"),
                        (String) submitted.get(0).get("birthDate"));
    }
}
