package id.desatumis.partner.views;

import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateType;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.partner.application.PledgeAggregate;
import id.desatumis.partner.domain.Amounts;
import id.desatumis.partner.domain.Approval;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.AreaScope;
import id.desatumis.partner.domain.Attendance;
import id.desatumis.partner.domain.ForumEvent.ActorsInvited;
import id.desatumis.partner.domain.ForumEvent.AttendanceRecorded;
import id.desatumis.partner.domain.ForumEvent.DecisionRecorded;
import id.desatumis.partner.domain.ForumEvent.ForumScheduled;
import id.desatumis.partner.domain.ForumEvent;
import id.desatumis.partner.domain.ForumType;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.PartnerEvent.PartnerRegistered;
import id.desatumis.partner.domain.PartnerEvent;
import id.desatumis.partner.domain.PartnerType;
import id.desatumis.partner.domain.PledgeEvent.PledgeAccepted;
import id.desatumis.partner.domain.PledgeEvent.PledgeOffered;
import id.desatumis.partner.domain.PledgeEvent;
import id.desatumis.partner.domain.ReservationEvent.ReservationMade;
import id.desatumis.partner.domain.ReservationEvent;
import id.desatumis.partner.persistence.PartnerDirectory;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Appends the service's events the way its aggregates do (AggregateStore, one transaction per call), for the read
 * models to project: partners, pledges (the real aggregate), reservations and forums (the test stand-ins).
 */
@ApplicationScoped
public class Streams {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final EventMetadata ACTOR = new EventMetadata("view-test", "dinsos", "corr-views", null, null, "/desatumis/partner");

    private final Pool pool;
    private final AggregateStore store;
    private final PledgeAggregate pledges;
    private final AggregateType<Void, PartnerEvent> partners;
    private final AggregateType<Void, ReservationEvent> reservations = TestAggregates.reservations();
    private final AggregateType<Void, ForumEvent> forums = TestAggregates.forums();

    public Streams(Pool pool, AggregateStore store, PledgeAggregate pledges, PartnerDirectory directory) {
        this.pool = pool;
        this.store = store;
        this.pledges = pledges;
        this.partners = TestAggregates.partners(directory);
    }

    <S, E> void append(AggregateType<S, E> type, UUID id, List<E> events) {
        pool.withTransaction(tx -> store.lockAndLoad(tx, type, id)
                .chain(before -> store.append(tx, type, before, events, ACTOR))).await().atMost(WAIT);
    }

    void partner(UUID id, PartnerEvent... events) {
        append(partners, id, List.of(events));
    }

    void pledge(UUID id, PledgeEvent... events) {
        append(pledges, id, List.of(events));
    }

    void reservation(UUID requestId, ReservationEvent... events) {
        append(reservations, requestId, List.of(events));
    }

    void forum(UUID id, ForumEvent... events) {
        append(forums, id, List.of(events));
    }

    AggregateType<Void, PartnerEvent> partnerType() {
        return partners;
    }

    // the usual events, with unique ids

    UUID registered(PartnerType type, String name, String opdCode) {
        UUID id = UUID.randomUUID();
        partner(id, new PartnerRegistered(id, type, name, opdCode, "Kepala Bidang", "staf-dinsos"));
        return id;
    }

    /** An accepted pledge of the partner, in rupiah and/or units, for these kinds over a scope. */
    UUID acceptedPledge(UUID partnerId, Amounts capacity, AreaScope scope, NeedKind... kinds) {
        UUID id = UUID.randomUUID();
        pledge(id, new PledgeOffered(id, partnerId, List.of(kinds), scope, capacity, capacity.hasUnits() ? "HOUSE" : null,
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "staf-dinsos"),
                new PledgeAccepted(id, "TKPKD/33.14/2026/" + id, "sekretariat-tkpkd"));
        return id;
    }

    /** A reservation made from a pledge, in its own stream. */
    UUID reserved(UUID pledgeId, UUID partnerId, NeedKind kind, String desa, Amounts amounts) {
        UUID requestId = UUID.randomUUID();
        reservation(requestId, new ReservationMade(requestId, UUID.randomUUID(), UUID.randomUUID(), pledgeId, partnerId,
                kind, desa, amounts));
        return requestId;
    }

    UUID forumScheduled(ForumType type, String area, LocalDate date) {
        UUID id = UUID.randomUUID();
        forum(id, new ForumScheduled(id, type, date, "Balai Desa", "Verifikasi dan rencana intervensi", area, "operator"));
        return id;
    }

    void invited(UUID forumId, UUID... partners) {
        forum(forumId, new ActorsInvited(forumId, List.of(partners), "operator"));
    }

    void attended(UUID forumId, UUID partnerId, Attendance attendance) {
        forum(forumId, new AttendanceRecorded(forumId, partnerId, attendance,
                attendance == Attendance.REPRESENTED ? "Sekretaris" : null, "operator"));
    }

    String decided(UUID forumId, ForumType type, String area, LocalDate on) {
        String number = "MD/" + area + "/2026/" + UUID.randomUUID();
        forum(forumId, new DecisionRecorded(forumId, number, "Menyetujui daftar verifikasi",
                new Approval(Approval.Kind.VERIFICATION_LIST, null), type, area, on, "operator"));
        return number;
    }

    static AreaScope regency() {
        return new AreaScope(Area.Level.REGENCY, List.of("33.14"));
    }

    static AreaScope desa(String... codes) {
        return new AreaScope(Area.Level.DESA, List.of(codes));
    }
}
