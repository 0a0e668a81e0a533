package id.desatumis.partner.pledges;

import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.partner.application.PledgeAggregate;
import id.desatumis.partner.domain.Approval;
import id.desatumis.partner.domain.ForumEvent.DecisionRecorded;
import id.desatumis.partner.domain.ForumType;
import id.desatumis.partner.domain.PartnerEvent.PartnerRegistered;
import id.desatumis.partner.domain.PartnerType;
import id.desatumis.partner.domain.PledgeEvent;
import id.desatumis.partner.persistence.ForumDecisions;
import id.desatumis.partner.persistence.PartnerDirectory;
import id.desatumis.partner.persistence.PledgeBalances;
import io.vertx.mutiny.sqlclient.Pool;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Partners, forum decisions and pledges as the pledge tests need them, written straight into the inline tables and
 * the event store in a test transaction (partners and forums are another part's commands).
 */
final class Fixtures {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final PartnerDirectory DIRECTORY = new PartnerDirectory();
    private static final ForumDecisions DECISIONS = new ForumDecisions();

    private Fixtures() {
    }

    /** A registered partner that is not an office. */
    static UUID partner(Pool pool) {
        return register(pool, PartnerType.BAZNAS, null);
    }

    /** A registered OPD with its office code (the opd claim of its staff's tokens). */
    static UUID office(Pool pool, String opdCode) {
        return register(pool, PartnerType.OPD, opdCode);
    }

    /** Another office, registered: its office code (unique per test). */
    static String officeCode(Pool pool, String office) {
        String opd = office + "-" + UUID.randomUUID();
        office(pool, opd);
        return opd;
    }

    static void suspend(Pool pool, UUID partnerId) {
        pool.withTransaction(tx -> DIRECTORY.statusChanged(tx, partnerId, PartnerDirectory.Status.SUSPENDED))
                .await().atMost(PATIENCE);
    }

    /** A forum decision of that area approving a pledge (this one, or any when {@code pledgeId} is null); its number. */
    static String pledgeDecision(Pool pool, ForumType forum, String areaCode, UUID pledgeId) {
        return decision(pool, forum, areaCode, new Approval(Approval.Kind.PLEDGE, pledgeId == null ? null : pledgeId.toString()));
    }

    static String decision(Pool pool, ForumType forum, String areaCode, Approval approves) {
        String number = "TEST/" + areaCode + "/" + UUID.randomUUID();
        var recorded = new DecisionRecorded(UUID.randomUUID(), number, "the forum agrees", approves, forum, areaCode,
                LocalDate.now(), "sekretariat-tkpkd");
        pool.withTransaction(tx -> DECISIONS.recorded(tx, recorded)).await().atMost(PATIENCE);
        return number;
    }

    /** A pledge's events appended as its commands would have (a period already over cannot be offered any more). */
    static void pledgeHistory(Pool pool, AggregateStore aggregates, PledgeAggregate pledges, UUID pledgeId,
                              List<PledgeEvent> events) {
        pool.withTransaction(tx -> aggregates.append(tx, pledges, aggregates.fresh(pledges, pledgeId), events,
                EventMetadata.system("/desatumis/partner", "test"))).await().atMost(PATIENCE);
    }

    /** Reserves (or releases, negative) on the pledge's balance, as a reservation's events would. */
    static void reserve(Pool pool, UUID pledgeId, long rupiah, long units) {
        pool.withTransaction(tx -> new PledgeBalances().changed(tx,
                List.of(new PledgeBalances.Delta(pledgeId, rupiah, units, 0, 0)))).await().atMost(PATIENCE);
    }

    private static UUID register(Pool pool, PartnerType type, String opdCode) {
        UUID id = UUID.randomUUID();
        var registered = new PartnerRegistered(id, type, type + " " + id, opdCode, "Kepala Bidang", "staf-dinsos");
        pool.withTransaction(tx -> DIRECTORY.registered(tx, registered)).await().atMost(PATIENCE);
        return id;
    }
}
