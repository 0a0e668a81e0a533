package id.desatumis.partner.views;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.partner.domain.Amounts;
import id.desatumis.partner.domain.Attendance;
import id.desatumis.partner.domain.ForumType;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.PartnerEvent.PartnerSuspended;
import id.desatumis.partner.domain.PartnerType;
import id.desatumis.partner.domain.PledgeEvent.PledgeWithdrawn;
import id.desatumis.partner.domain.ReservationEvent.ConsumeRefused;
import id.desatumis.partner.domain.ReservationEvent.ReservationConsumed;
import id.desatumis.partner.domain.ReservationEvent.ReservationReleased;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static id.desatumis.partner.views.Places.DESA;
import static id.desatumis.partner.views.Places.NEIGHBOUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The projector turns each family of the service's events into its read-model rows. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class ProjectorTest {

    @Inject
    Streams streams;
    @Inject
    ViewsDb db;

    @Test
    void aPledgeShowsWhatItsReservationsHoldUsedAndGaveBackAndWhereItWent() {
        UUID partner = streams.registered(PartnerType.CSR, "Bank Jateng " + UUID.randomUUID(), null);
        UUID pledge = streams.acceptedPledge(partner, new Amounts(10_000_000L, null), Streams.regency(), NeedKind.HOUSE_REPAIR);
        UUID first = streams.reserved(pledge, partner, NeedKind.HOUSE_REPAIR, DESA, new Amounts(3_000_000L, null));
        UUID second = streams.reserved(pledge, partner, NeedKind.HOUSE_REPAIR, NEIGHBOUR, new Amounts(2_000_000L, null));
        streams.reservation(first, new ReservationConsumed(first, UUID.randomUUID(), pledge, UUID.randomUUID(),
                new Amounts(1_000_000L, null), false, Amounts.ZERO));
        streams.reservation(first, new ConsumeRefused(first, UUID.randomUUID(), UUID.randomUUID(), new Amounts(9_000_000L, null),
                "insufficient", "more than is reserved"));
        streams.reservation(first, new ReservationConsumed(first, UUID.randomUUID(), pledge, UUID.randomUUID(),
                new Amounts(1_500_000L, null), true, new Amounts(500_000L, null)));
        streams.reservation(second, new ReservationReleased(second, UUID.randomUUID(), pledge, new Amounts(2_000_000L, null), "cancelled"));
        streams.pledge(pledge, new PledgeWithdrawn(pledge, new Amounts(1_000_000L, null), false, "budget cut", "staf"));
        var last = db.lastOf("pledge-" + pledge);

        await().atMost(Streams.WAIT).until(() -> db.checkpointReached(last));
        // reserved 5m; consumed 2.5m; given back 0.5m + 2m; withdrawn 1m
        assertThat(db.rows("""
                SELECT status, reserved_rupiah, consumed_rupiah, withdrawn_rupiah, reserved_units, capacity_units, version
                FROM pledge_view WHERE pledge_id = $1""", pledge))
                .containsExactly(Arrays.asList("ACCEPTED", "0", "2500000", "1000000", "0", null, "3"));
        assertThat(db.rows("""
                SELECT desa_code, reserved_rupiah, consumed_rupiah, released_rupiah, open, version
                FROM pledge_allocation_view WHERE pledge_id = $1 ORDER BY desa_code""", pledge))
                .containsExactly(List.of(DESA, "3000000", "2500000", "500000", "false", "4"),
                        List.of(NEIGHBOUR, "2000000", "0", "2000000", "false", "2"));
    }

    @Test
    void aPartnerAndAForumWithItsInvitationsAttendanceAndDecisionsAreProjected() {
        UUID dinas = streams.registered(PartnerType.OPD, "DPU PR", "DPUPR-" + UUID.randomUUID());
        UUID baznas = streams.registered(PartnerType.BAZNAS, "Baznas Sragen", null);
        streams.partner(baznas, new PartnerSuspended(baznas, "audit", "staf-dinsos"));
        UUID forum = streams.forumScheduled(ForumType.MUSYAWARAH_DESA, DESA, LocalDate.of(2026, 3, 10));
        streams.invited(forum, dinas, baznas);
        streams.attended(forum, dinas, Attendance.REPRESENTED);
        streams.attended(forum, baznas, Attendance.ABSENT_WITHOUT_NOTICE);
        String number = streams.decided(forum, ForumType.MUSYAWARAH_DESA, DESA, LocalDate.of(2026, 3, 10));
        var last = db.lastOf("forum-" + forum);

        await().atMost(Streams.WAIT).until(() -> db.checkpointReached(last));
        assertThat(db.rows("SELECT status, status_reason, version FROM partner_view WHERE partner_id = $1", baznas))
                .containsExactly(List.of("SUSPENDED", "audit", "2"));
        assertThat(db.rows("SELECT type, area_code, held_on, version FROM forum_view WHERE forum_id = $1", forum))
                .containsExactly(List.of("MUSYAWARAH_DESA", DESA, "2026-03-10", "5"));
        assertThat(db.rows("""
                SELECT invited, attendance, represented_by FROM forum_attendance_view WHERE forum_id = $1
                ORDER BY attendance""", forum))
                .containsExactly(Arrays.asList("true", "ABSENT_WITHOUT_NOTICE", null), List.of("true", "REPRESENTED", "Sekretaris"));
        assertThat(db.rows("SELECT forum_id, area_code, approves_kind FROM forum_decision_view WHERE number = $1", number))
                .containsExactly(List.of(forum.toString(), DESA, "VERIFICATION_LIST"));
    }
}
