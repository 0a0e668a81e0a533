package id.desatumis.registry.api;

import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.registry.application.HouseholdAggregate;
import id.desatumis.registry.application.ReferenceCodeBackfill;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdRegistered;
import id.desatumis.registry.domain.Member;
import id.desatumis.registry.domain.Relationship;
import id.desatumis.registry.domain.Sex;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static id.desatumis.registry.api.ReferenceCodeApiTest.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Households registered before reference codes existed get theirs from the backfill: each exactly once, even when two
 * backfills run at once (two instances starting together), in batches (of 3 in tests); one that has a code keeps it.
 */
@QuarkusTest
class ReferenceCodeBackfillTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final LocalDate BORN = LocalDate.of(1975, 7, 14);

    @Inject
    Pool pool;
    @Inject
    AggregateStore aggregates;
    @Inject
    HouseholdAggregate households;
    @Inject
    ReferenceCodeBackfill backfill;

    @Test
    void householdsRegisteredBeforeCodesGetOneExactlyOnceEvenFromTwoBackfillsAtOnce() throws Exception {
        List<String> old = new ArrayList<>();
        for (int i = 0; i < 7; i++) old.add(registeredBeforeCodes("Warga Lama " + i));
        for (String id : old) {
            read(Auth.dinsos(), id).then().statusCode(409).body("type", equalTo("/problems/reference-code-missing"));
        }
        String current = HouseholdLifecycleApiTest.register(People.DESA_A).id();
        String currentCode = ReferenceCodeApiTest.code(current);

        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            List<CompletableFuture<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(CompletableFuture.supplyAsync(() -> {
                    ready.countDown();
                    awaitQuietly(ready);
                    return backfill.run();
                }, two));
            }
            int issued = 0;
            for (CompletableFuture<Integer> run : runs) issued += run.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(issued).as("between them, the two runs gave each old household its code").isGreaterThanOrEqualTo(old.size());
        } finally {
            two.shutdownNow();
        }

        assertThat(codesIssued(old)).containsOnlyKeys(streams(old))
                .allSatisfy((stream, count) -> assertThat(count).as(stream).isEqualTo(1L));
        for (String id : old) {
            read(Auth.dinsos(), id).then().statusCode(200).header("ETag", "\"2\"");
        }
        // a household that had its code keeps it
        read(Auth.dinsos(), current).then().header("ETag", "\"2\"").body("referenceCode", equalTo(currentCode));

        // again: nothing to do for them
        backfill.run();
        assertThat(codesIssued(old).values()).containsOnly(1L);
    }

    /** A household as the registry stored it before reference codes: its registration alone. */
    private String registeredBeforeCodes(String name) {
        UUID id = UUID.randomUUID();
        Member head = new Member(UUID.randomUUID(), People.nik("M", BORN), name, Sex.M, BORN, Relationship.HEAD);
        var registered = new HouseholdRegistered(id, People.kk(), People.DESA_A, "Dukuh Lama RT 01 RW 01", List.of(head));
        EventMetadata metadata = EventMetadata.system(RegistryTopics.SOURCE, "before-codes-" + id);
        pool.withTransaction(tx -> aggregates.lock(tx, List.of(HouseholdAggregate.stream(id)))
                        .chain(() -> aggregates.append(tx, households, aggregates.fresh(households, id), List.of(registered), metadata)))
                .await().atMost(WAIT);
        return id.toString();
    }

    /** How many ReferenceCodeIssued events each of these households' streams holds. */
    private Map<String, Long> codesIssued(List<String> ids) {
        return pool.preparedQuery("SELECT stream_id, count(*) FROM events WHERE stream_id = ANY($1) "
                        + "AND event_type = 'ReferenceCodeIssued' GROUP BY stream_id")
                .execute(Tuple.of(streams(ids))).map(rows -> {
                    Map<String, Long> out = new HashMap<>();
                    rows.forEach(r -> out.put(r.getString(0), r.getLong(1)));
                    return out;
                }).await().atMost(WAIT);
    }

    private static String[] streams(List<String> ids) {
        return ids.stream().map(id -> HouseholdAggregate.stream(UUID.fromString(id))).toArray(String[]::new);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
