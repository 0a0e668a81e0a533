package id.desatumis.monitoring.projection;

import id.desatumis.contracts.assessment.AssessmentClassifiedV1;
import id.desatumis.contracts.assessment.AssessmentVerifiedV1;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.MemberAddedV1;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.inbox.BatchProjection.Change;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.monitoring.messaging.HouseholdsPart;
import id.desatumis.monitoring.messaging.ProjectionPart;
import id.desatumis.monitoring.messaging.TimelinePart;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A load driver, not a test (surefire does not pick *Bench up): HouseholdsPart and TimelinePart applying batches of
 * 5,000 events of a synthetic regency (a household registered, a member added, assessed, verified, its needs
 * identified) on a schema of their own, without Kafka or the engine. Prints their events per second. Run it with
 * {@code mvn -B -q test -pl monitoring-service -am -Dtest=HouseholdPartsBench -Dbench.households=20000}.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class HouseholdPartsBench {

    @Inject
    Pool pool;
    @Inject
    HouseholdsPart households;
    @Inject
    TimelinePart timeline;
    @Inject
    id.desatumis.monitoring.persistence.FunnelQueries funnels;
    @Inject
    id.desatumis.monitoring.persistence.TuntasQueries tuntas;
    @Inject
    id.desatumis.kit.region.RegionCatalog regions;

    @Test
    void applyASyntheticRegency() {
        int n = Integer.getInteger("bench.households", 20_000);
        Script script = new Script();
        for (int i = 0; i < n; i++) {
            UUID h = UUID.randomUUID();
            UUID a = UUID.randomUUID();
            String desa = "33.14." + String.format("%02d", 1 + i % 20) + ".20" + String.format("%02d", 1 + i % 9);
            script.add("household-" + h, HouseholdRegisteredV1.CE_TYPE, Payloads.REGISTRY, HouseholdStory.day(1),
                    Payloads.registered(h, desa, 4));
            script.add("household-" + h, MemberAddedV1.CE_TYPE, Payloads.REGISTRY, HouseholdStory.day(2),
                    Payloads.memberAdded(h, desa));
            script.add("assessment-" + h, AssessmentClassifiedV1.CE_TYPE, Payloads.ASSESSMENT, HouseholdStory.day(10),
                    Payloads.classified(h, desa, a, "POOR"));
            script.add("assessment-" + h, AssessmentVerifiedV1.CE_TYPE, Payloads.ASSESSMENT, HouseholdStory.day(20),
                    Payloads.verified(h, desa, a, "POOR"));
            script.add("assessment-" + h, NeedsIdentifiedV1.CE_TYPE, Payloads.ASSESSMENT, HouseholdStory.day(20),
                    Payloads.needsIdentified(h, desa, a, "POOR", List.of("HOUSE_REPAIR", "FOOD_ASSISTANCE")));
        }
        List<ConsumedEvent> events = script.inOrder();
        ProjectionSchema schema = ProjectionSchema.create(pool);
        try {
            long r = System.nanoTime();
            for (ConsumedEvent e : events) {
                households.read(e);
                timeline.read(e);
            }
            System.out.printf("household parts: reading alone %,.0f events/s%n", events.size() / ((System.nanoTime() - r) / 1e9));
            for (String only : List.of("households", "timeline")) {
                ProjectionSchema one = ProjectionSchema.create(pool);
                long o = System.nanoTime();
                for (int from = 0; from < events.size(); from += 5000) {
                    List<ConsumedEvent> batch = events.subList(from, Math.min(events.size(), from + 5000));
                    one.run(tx -> only.equals("households") ? apply(tx, households, batch).replaceWithVoid() : apply(tx, timeline, batch).replaceWithVoid());
                }
                System.out.printf("household parts: %s alone %,.0f events/s%n", only, events.size() / ((System.nanoTime() - o) / 1e9));
                one.drop();
            }
            long t = System.nanoTime();
            for (int from = 0; from < events.size(); from += 5000) {
                List<ConsumedEvent> batch = events.subList(from, Math.min(events.size(), from + 5000));
                schema.run(tx -> apply(tx, households, batch).chain(() -> apply(tx, timeline, batch)));
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            System.out.printf("household parts: %,d events in %.1f s, %,.0f events/s (read and applied, batches of 5,000)%n",
                    events.size(), seconds, events.size() / seconds);
            // the needs AssistancePart would write from NeedsIdentified (a stand-in, for the reads)
            schema.run(tx -> tx.query("""
                    INSERT INTO needs (need_id, household_id, kind, desa_code, status, identified_at)
                    SELECT gen_random_uuid(), household_id, k, desa_code, 'IDENTIFIED', needs_identified_at
                    FROM households, unnest(ARRAY['HOUSE_REPAIR', 'FOOD_ASSISTANCE']) AS k""").execute());
            List<String> regency = regions.sragenDesa().stream().map(id.desatumis.kit.region.Region::code).toList();
            for (int round = 0; round < 3; round++) {
                long q = System.nanoTime();
                schema.run(tx -> funnels.funnel(tx, regency, null, null));
                long d = System.nanoTime();
                schema.run(tx -> funnels.desaRows(tx, regency).chain(() -> tuntas.statuses(tx, regency)));
                System.out.printf("household parts: the regency's funnel in %d ms, its desa list in %d ms%n",
                        (d - q) / 1_000_000, (System.nanoTime() - d) / 1_000_000);
            }
        } finally {
            schema.drop();
        }
    }

    private static <T> Uni<?> apply(SqlConnection tx, ProjectionPart<T> part, List<ConsumedEvent> batch) {
        List<Change<T>> changes = new ArrayList<>();
        for (ConsumedEvent e : batch) part.read(e).ifPresent(c -> changes.add(new Change<>(e, c)));
        return changes.isEmpty() ? Uni.createFrom().voidItem() : part.apply(tx, changes);
    }
}
