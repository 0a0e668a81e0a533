package id.desatumis.kit.aggregate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static id.desatumis.kit.KitTestSupport.TEST_ACTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A batch of aggregates appended at once: sealed in one call, its read models updated in one call, in order. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class AggregateBatchTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;
    @Inject
    AggregateStore aggregates;

    /** The ledger, recording how the kit called its batch hooks. */
    static final class Counting implements AggregateType<Ledger.State, Ledger.Event> {
        final List<Integer> sealCalls = new ArrayList<>();
        final List<List<Long>> modelCalls = new ArrayList<>();

        @Override public String category() { return "ledger"; }
        @Override public Ledger.State initial() { return LedgerTypes.TODAY.initial(); }
        @Override public Ledger.State evolve(Ledger.State s, Ledger.Event e) { return LedgerTypes.TODAY.evolve(s, e); }
        @Override public EventTypes<Ledger.Event> eventTypes() { return LedgerTypes.TODAY.eventTypes(); }

        @Override
        public PayloadSealing sealing() {
            return new PayloadSealing() {
                @Override
                public Uni<List<ObjectNode>> seal(SqlConnection tx, String streamId, Object context, List<ObjectNode> payloads) {
                    throw new AssertionError("a batch is sealed at once");
                }

                @Override
                public Uni<List<List<ObjectNode>>> sealAll(SqlConnection tx, List<String> streamIds, List<Object> contexts,
                                                          List<List<ObjectNode>> payloads) {
                    sealCalls.add(streamIds.size());
                    return Uni.createFrom().item(payloads);
                }

                @Override
                public Uni<Opened> open(SqlClient client, List<String> streamIds, List<ObjectNode> stored) {
                    return NONE.open(client, streamIds, stored);
                }
            };
        }

        @Override
        public Uni<Void> updateInlineModels(SqlConnection tx, List<Changed<Ledger.State, Ledger.Event>> changes) {
            modelCalls.add(changes.stream().map(c -> c.after().state().balance()).toList());
            return Uni.createFrom().voidItem();
        }
    }

    @Test
    void threeNewAggregatesAreSealedAndIndexedInOneCallEachInTheOrderAppended() {
        Counting type = new Counting();
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<AggregateStore.Change<?, ?>> changes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            changes.add(new AggregateStore.Change<>(type, aggregates.fresh(type, ids.get(i)),
                    List.of(new Ledger.Deposited(10L * (i + 1), "BANK"))));
        }
        var after = pool.withTransaction(tx -> aggregates.lock(tx, ids.stream().map(type::streamId).sorted().toList())
                .chain(() -> aggregates.appendAll(tx, changes, TEST_ACTOR))).await().atMost(WAIT);

        assertThat(type.sealCalls).containsExactly(3);
        assertThat(type.modelCalls).containsExactly(List.of(10L, 20L, 30L));
        assertThat(after).extracting(Loaded::version).containsExactly(1L, 1L, 1L);
        assertThat(aggregates.load(pool, LedgerTypes.TODAY, ids.get(2)).await().atMost(WAIT).state().balance()).isEqualTo(30);
    }

    @Test
    void anAggregateOpenedForReadingReadsThroughItsOwnSealingAndNeverAppends() {
        UUID id = UUID.randomUUID();
        pool.withTransaction(tx -> aggregates.lockAndLoad(tx, LedgerTypes.TODAY, id).chain(before -> aggregates.append(tx,
                LedgerTypes.TODAY, before, List.of(new Ledger.Deposited(5, "BANK")), TEST_ACTOR))).await().atMost(WAIT);
        var reading = LedgerTypes.TODAY.openedWith(new PayloadSealing() {
            @Override
            public Uni<List<ObjectNode>> seal(SqlConnection tx, String streamId, Object context, List<ObjectNode> payloads) {
                throw new AssertionError("not called");
            }

            @Override
            public Uni<Opened> open(SqlClient client, List<String> streamIds, List<ObjectNode> stored) {
                // a reader's view: amounts doubled, so the test sees it was this sealing that opened them
                stored.forEach(p -> p.put("amountRupiah", p.get("amountRupiah").asLong() * 2));
                return Uni.createFrom().item(Opened.plain(stored));
            }
        });
        assertThat(aggregates.load(pool, reading, id).await().atMost(WAIT).state().balance()).isEqualTo(10);
        assertThatThrownBy(() -> pool.withTransaction(tx -> aggregates.lockAndLoad(tx, reading, id).chain(before ->
                aggregates.append(tx, reading, before, List.of(new Ledger.Withdrawn(1)), TEST_ACTOR))).await().atMost(WAIT))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
