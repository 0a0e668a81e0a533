package id.desatumis.kit.aggregate;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.api.ProblemException;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.eventstore.StreamVersionConflict;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static id.desatumis.kit.KitTestSupport.TEST_ACTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The aggregate pipeline against the real PostgreSQL: stored names and versions, upcasting on load, decisions. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class AggregateStoreTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;
    @Inject
    AggregateStore aggregates;
    @Inject
    CommandRunner commands;

    @Test
    void anEventStoredAtVersionOneByAnOlderBuildIsReadBackThroughItsUpcaster() {
        UUID id = UUID.randomUUID();
        // the older build stores Deposited at schema version 1, with the field "amount"
        pool.withTransaction(tx -> aggregates.lockAndLoad(tx, LedgerTypes.OLD_BUILD, id)
                .chain(before -> aggregates.append(tx, LedgerTypes.OLD_BUILD, before,
                        List.of(new Ledger.OldDeposited(4000)), TEST_ACTOR))).await().atMost(WAIT);
        assertThat(stored(id)).containsExactly("Deposited/1/{\"amount\": 4000}");

        // today's build reads it as Deposited v2 and keeps appending at v2
        Loaded<Ledger.State> loaded = pool.withTransaction(tx -> aggregates.lockAndLoad(tx, LedgerTypes.TODAY, id)
                .chain(before -> aggregates.append(tx, LedgerTypes.TODAY, before,
                        List.of(new Ledger.Deposited(1000, "BANK")), TEST_ACTOR))).await().atMost(WAIT);
        assertThat(loaded.state().balance()).isEqualTo(5000);
        assertThat(loaded.version()).isEqualTo(2);
        assertThat(stored(id)).containsExactly("Deposited/1/{\"amount\": 4000}",
                "Deposited/2/{\"source\": \"BANK\", \"amountRupiah\": 1000}");

        Loaded<Ledger.State> again = aggregates.load(pool, LedgerTypes.TODAY, id).await().atMost(WAIT);
        assertThat(again.state().balance()).isEqualTo(5000);
        assertThat(again.version()).isEqualTo(2);
    }

    @Test
    void aCommandAppendsWhatTheDomainDecidedAndARuleBrokenBecomesItsProblemWithNothingWritten() {
        UUID id = UUID.randomUUID();
        pool.withTransaction(tx -> commands.run(tx, LedgerTypes.TODAY, id, TEST_ACTOR,
                l -> List.of(new Ledger.Deposited(300, "BANK")))).await().atMost(WAIT);
        var decided = pool.withTransaction(tx -> commands.run(tx, LedgerTypes.TODAY, id, TEST_ACTOR,
                l -> Ledger.withdraw(l.state(), 100))).await().atMost(WAIT);
        assertThat(decided.after().state().balance()).isEqualTo(200);
        assertThat(decided.events()).containsExactly(new Ledger.Withdrawn(100));

        assertThatThrownBy(() -> pool.withTransaction(tx -> commands.run(tx, LedgerTypes.TODAY, id, TEST_ACTOR,
                l -> Ledger.withdraw(l.state(), 500))).await().atMost(WAIT))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.type().slug()).isEqualTo("state-conflict");
                    assertThat(p.errors()).singleElement().satisfies(e -> {
                        assertThat(e.field()).isEqualTo("amountRupiah");
                        assertThat(e.rule()).isEqualTo("insufficient");
                    });
                });
        assertThat(stored(id)).hasSize(2);
    }

    @Test
    void anEmptyDecisionWritesNothing() {
        UUID id = UUID.randomUUID();
        var decided = pool.withTransaction(tx -> commands.run(tx, LedgerTypes.TODAY, id, TEST_ACTOR, l -> List.of()))
                .await().atMost(WAIT);
        assertThat(decided.after().version()).isZero();
        assertThat(stored(id)).isEmpty();
    }

    @Test
    void twoAggregatesAppendAtomicallyOrNotAtAll() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        pool.withTransaction(tx -> commands.run(tx, LedgerTypes.TODAY, b, TEST_ACTOR,
                l -> List.of(new Ledger.Deposited(1, "BANK")))).await().atMost(WAIT);
        // b is expected new but exists: neither a nor b gets the events
        assertThatThrownBy(() -> pool.withTransaction(tx -> aggregates.lock(tx, List.of("ledger-" + a, "ledger-" + b))
                .chain(() -> aggregates.appendAll(tx, List.of(
                        new AggregateStore.Change<>(LedgerTypes.TODAY, aggregates.fresh(LedgerTypes.TODAY, a),
                                List.of(new Ledger.Deposited(10, "BANK"))),
                        new AggregateStore.Change<>(LedgerTypes.TODAY, aggregates.fresh(LedgerTypes.TODAY, b),
                                List.of(new Ledger.Deposited(10, "BANK")))), TEST_ACTOR))).await().atMost(WAIT))
                .isInstanceOf(StreamVersionConflict.class);
        assertThat(stored(a)).isEmpty();
        assertThat(stored(b)).hasSize(1);
    }

    @Test
    void aChangeWithMetadataOfItsOwnIsStoredWithItAndTheOthersWithTheCallsMetadata() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        EventMetadata answer = new EventMetadata("consumer", "system", "corr-of-request", "request-event-1", null, "/test");
        pool.withTransaction(tx -> aggregates.lock(tx, List.of("ledger-" + a, "ledger-" + b))
                .chain(() -> aggregates.appendAll(tx, List.of(
                        new AggregateStore.Change<>(LedgerTypes.TODAY, aggregates.fresh(LedgerTypes.TODAY, a),
                                List.of(new Ledger.Deposited(10, "BANK")), answer),
                        new AggregateStore.Change<>(LedgerTypes.TODAY, aggregates.fresh(LedgerTypes.TODAY, b),
                                List.of(new Ledger.Deposited(10, "BANK")))), TEST_ACTOR))).await().atMost(WAIT);

        assertThat(metadataOf(a)).contains("\"causationId\": \"request-event-1\"")
                .contains("\"correlationId\": \"corr-of-request\"");
        assertThat(metadataOf(b)).contains("\"correlationId\": \"corr-1\"").doesNotContain("request-event-1");
    }

    private String metadataOf(UUID id) {
        return pool.preparedQuery("SELECT metadata::text FROM events WHERE stream_id = $1")
                .execute(Tuple.of("ledger-" + id)).await().atMost(WAIT).iterator().next().getString(0);
    }

    private List<String> stored(UUID id) {
        return pool.preparedQuery("SELECT event_type, schema_version, payload::text FROM events WHERE stream_id = $1 ORDER BY version")
                .execute(Tuple.of("ledger-" + id))
                .map(rows -> {
                    List<String> out = new java.util.ArrayList<>();
                    rows.forEach(r -> out.add(r.getString(0) + "/" + r.getInteger(1) + "/" + r.getString(2)));
                    return out;
                }).await().atMost(WAIT);
    }
}
