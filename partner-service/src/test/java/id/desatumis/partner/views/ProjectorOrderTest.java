package id.desatumis.partner.views;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.partner.application.PledgeAggregate;
import id.desatumis.partner.application.views.ProjectorLoop;
import id.desatumis.partner.application.views.ReadModelProjector;
import id.desatumis.partner.domain.Amounts;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.PartnerType;
import id.desatumis.partner.domain.PledgeEvent.PledgeOffered;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The projector follows the store's order: nothing past a transaction still open is applied before it. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class ProjectorOrderTest {

    @Inject
    Streams streams;
    @Inject
    ViewsDb db;
    @Inject
    ProjectorLoop loop;
    @Inject
    Pool pool;
    @Inject
    AggregateStore store;
    @Inject
    PledgeAggregate pledges;

    @Test
    void eventsCommittedPastAnOpenTransactionWaitForItAndThenAllAreApplied() {
        UUID partner = streams.registered(PartnerType.UNIVERSITY, "UNS", null);
        UUID pledge = UUID.randomUUID();
        PledgeOffered offered = new PledgeOffered(pledge, partner, List.of(NeedKind.EDUCATION), Streams.regency(),
                new Amounts(null, 30L), "SCHOLARSHIP", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "staf");

        // T1 offers the pledge and stays open
        var conn = pool.getConnection().await().atMost(Streams.WAIT);
        var tx = conn.begin().await().atMost(Streams.WAIT);
        store.lockAndLoad(conn, pledges, pledge)
                .chain(before -> store.append(conn, pledges, before, List.of(offered), Streams.ACTOR)).await().atMost(Streams.WAIT);

        // T2 registers another partner and commits: its event lies past T1's
        UUID later = streams.registered(PartnerType.COMMUNITY, "Karang Taruna", null);
        try {
            // caught up with everything that may be applied, the later partner is still not: T1 might yet add events before it
            drain();
            assertThat(db.value("SELECT count(*) FROM partner_view WHERE partner_id = $1", later)).isEqualTo("0");
            assertThat(db.value("SELECT count(*) FROM pledge_view WHERE pledge_id = $1", pledge)).isEqualTo("0");
        } finally {
            tx.commit().await().atMost(Streams.WAIT);
            conn.close().await().atMost(Streams.WAIT);
        }

        await().atMost(Streams.WAIT).until(() -> db.checkpointReached(db.lastOf("partner-" + later)));
        assertThat(db.value("SELECT status FROM pledge_view WHERE pledge_id = $1", pledge)).isEqualTo("OFFERED");
        assertThat(db.value("SELECT status FROM partner_view WHERE partner_id = $1", later)).isEqualTo("ACTIVE");
    }

    /** Passes until one finds nothing left to apply. */
    private void drain() {
        ReadModelProjector.Pass pass;
        do {
            pass = loop.passOnOwnContext().await().atMost(Streams.WAIT);
        } while (pass.applied() > 0 || pass.more());
    }
}
