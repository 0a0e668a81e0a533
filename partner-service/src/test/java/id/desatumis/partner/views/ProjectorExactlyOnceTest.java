package id.desatumis.partner.views;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.eventstore.FeedPosition;
import id.desatumis.partner.application.views.ProjectorLoop;
import id.desatumis.partner.application.views.ReadModelProjector;
import id.desatumis.partner.domain.Amounts;
import id.desatumis.partner.domain.Attendance;
import id.desatumis.partner.domain.ForumType;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.PartnerType;
import id.desatumis.partner.domain.PledgeEvent.PledgeWithdrawn;
import id.desatumis.partner.domain.ReservationEvent.ReservationConsumed;
import id.desatumis.partner.domain.ReservationEvent.ReservationReleased;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static id.desatumis.partner.views.Places.DESA;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Each event changes the read models exactly once: rows and checkpoint commit together or not at all, a replay from
 * an older checkpoint changes nothing twice, and passes running at once apply each batch once.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class ProjectorExactlyOnceTest {

    @Inject
    Streams streams;
    @Inject
    ViewsDb db;
    @Inject
    ProjectorLoop loop;

    @Test
    void aBatchWhoseCheckpointCannotBeWrittenLeavesNoRowAndOnceItCanItsRowsAndCheckpointMoveTogether() {
        UUID marker = streams.registered(PartnerType.NGO, "marker", null);
        await().atMost(Streams.WAIT).until(() -> db.checkpointReached(db.lastOf("partner-" + marker)));
        FeedPosition before = db.checkpoint();
        db.holdProjector();
        UUID partner;
        UUID pledge;
        try {
            partner = streams.registered(PartnerType.CSR, "BKK Karangmalang", null);
            pledge = streams.acceptedPledge(partner, new Amounts(5_000_000L, null), Streams.regency(), NeedKind.SANITATION);
            streams.reserved(pledge, partner, NeedKind.SANITATION, DESA, new Amounts(2_000_000L, null));

            // the batch's rows are written in its transaction, then its checkpoint fails: all of it is undone
            assertThatThrownBy(() -> loop.passOnOwnContext().await().atMost(Streams.WAIT))
                    .hasStackTraceContaining("held on purpose");
            assertThat(db.value("SELECT count(*) FROM partner_view WHERE partner_id = $1", partner)).isEqualTo("0");
            assertThat(db.value("SELECT count(*) FROM pledge_view WHERE pledge_id = $1", pledge)).isEqualTo("0");
            assertThat(db.value("SELECT count(*) FROM pledge_allocation_view WHERE pledge_id = $1", pledge)).isEqualTo("0");
            assertThat(db.checkpoint()).isEqualTo(before);
            // the projection says it is stuck rather than skipping the batch
            await().atMost(Streams.WAIT).untilAsserted(() -> given().get("/q/health/live").then().statusCode(503)
                    .body("checks.find { it.name == 'read-models' }.status", equalTo("DOWN")));
        } finally {
            db.releaseProjector();
        }

        // the same batch again, now whole: the rows and the checkpoint past them
        FeedPosition last = db.lastOf("pledge-" + pledge);
        await().atMost(Streams.WAIT).until(() -> db.checkpointReached(last));
        assertThat(db.value("SELECT status FROM partner_view WHERE partner_id = $1", partner)).isEqualTo("ACTIVE");
        assertThat(db.value("SELECT reserved_rupiah FROM pledge_view WHERE pledge_id = $1", pledge)).isEqualTo("2000000");
        await().atMost(Streams.WAIT).untilAsserted(() -> given().get("/q/health/live").then()
                .body("checks.find { it.name == 'read-models' }.status", equalTo("UP")));
    }

    @Test
    void replayingFromAnOlderCheckpointChangesNothingTwice() {
        UUID partner = streams.registered(PartnerType.BAZNAS, "Baznas Sragen", null);
        UUID pledge = streams.acceptedPledge(partner, new Amounts(9_000_000L, 12L), Streams.desa(DESA), NeedKind.HOUSE_REPAIR);
        UUID kept = streams.reserved(pledge, partner, NeedKind.HOUSE_REPAIR, DESA, new Amounts(3_000_000L, 4L));
        UUID given = streams.reserved(pledge, partner, NeedKind.HOUSE_REPAIR, DESA, new Amounts(1_000_000L, 1L));
        streams.reservation(kept, new ReservationConsumed(kept, UUID.randomUUID(), pledge, UUID.randomUUID(),
                new Amounts(1_000_000L, 1L), false, Amounts.ZERO));
        streams.reservation(given, new ReservationReleased(given, UUID.randomUUID(), pledge, new Amounts(1_000_000L, 1L), "timeout"));
        streams.pledge(pledge, new PledgeWithdrawn(pledge, new Amounts(500_000L, 2L), false, "budget", "staf"));
        UUID forum = streams.forumScheduled(ForumType.MUSYAWARAH_DESA, DESA, LocalDate.of(2026, 4, 2));
        streams.invited(forum, partner);
        streams.attended(forum, partner, Attendance.PRESENT);
        streams.decided(forum, ForumType.MUSYAWARAH_DESA, DESA, LocalDate.of(2026, 4, 2));
        FeedPosition last = db.lastOf("forum-" + forum);
        await().atMost(Streams.WAIT).until(() -> db.checkpointReached(last));
        List<List<String>> projected = rowsOf(partner, pledge, forum);
        long appliedBefore = Long.parseLong(db.value("SELECT events_applied FROM view_checkpoint"));
        long ours = Long.parseLong(db.value("SELECT count(*) FROM events WHERE (transaction_id, global_position)"
                + " <= ($1::text::xid8, $2)", last.transactionId(), last.globalPosition()));

        // as if the checkpoint had been lost: every event of the store is applied again
        db.execute("UPDATE view_checkpoint SET last_transaction_id = '0', last_position = 0");
        await().atMost(Streams.WAIT).until(() -> db.checkpointReached(last));

        assertThat(Long.parseLong(db.value("SELECT events_applied FROM view_checkpoint")))
                .as("every event up to ours was read again").isGreaterThanOrEqualTo(appliedBefore + ours);
        assertThat(rowsOf(partner, pledge, forum)).isEqualTo(projected);
        assertThat(db.rows("SELECT reserved_rupiah, reserved_units, consumed_rupiah, consumed_units, withdrawn_rupiah,"
                + " withdrawn_units FROM pledge_view WHERE pledge_id = $1", pledge))
                .containsExactly(List.of("2000000", "3", "1000000", "1", "500000", "2"));
    }

    @Test
    void passesRunningAtOnceApplyEachBatchOnce() {
        UUID partner = streams.registered(PartnerType.LAZ, "Lazismu", null);
        UUID pledge = streams.acceptedPledge(partner, new Amounts(null, 40L), Streams.regency(), NeedKind.ELECTRICITY);
        for (int i = 0; i < 10; i++) streams.reserved(pledge, partner, NeedKind.ELECTRICITY, DESA, new Amounts(null, 2L));
        FeedPosition last = db.lastOf("partner-" + partner);
        List<Uni<ReadModelProjector.Pass>> passes = new ArrayList<>();
        for (int i = 0; i < 4; i++) passes.add(loop.passOnOwnContext());
        // beside the projector's own loop: none fails (no row inserted twice), and the sums are those of one pass
        Uni.join().all(passes).andFailFast().await().atMost(Streams.WAIT);
        await().atMost(Streams.WAIT).until(() -> db.checkpointReached(db.lastOf("pledge-" + pledge)) && db.checkpointReached(last));
        await().atMost(Streams.WAIT).untilAsserted(() -> assertThat(db.rows(
                "SELECT reserved_units, (SELECT count(*) FROM pledge_allocation_view WHERE pledge_id = $1)"
                        + " FROM pledge_view WHERE pledge_id = $1", pledge)).containsExactly(List.of("20", "10")));
    }

    private List<List<String>> rowsOf(UUID partner, UUID pledge, UUID forum) {
        List<List<String>> all = new ArrayList<>();
        all.addAll(db.rows("SELECT * FROM partner_view WHERE partner_id = $1", partner));
        all.addAll(db.rows("SELECT * FROM pledge_view WHERE pledge_id = $1", pledge));
        all.addAll(db.rows("SELECT * FROM pledge_allocation_view WHERE pledge_id = $1 ORDER BY request_id", pledge));
        all.addAll(db.rows("SELECT * FROM forum_view WHERE forum_id = $1", forum));
        all.addAll(db.rows("SELECT * FROM forum_attendance_view WHERE forum_id = $1 ORDER BY partner_id", forum));
        all.addAll(db.rows("SELECT * FROM forum_decision_view WHERE forum_id = $1 ORDER BY number", forum));
        return all;
    }
}
