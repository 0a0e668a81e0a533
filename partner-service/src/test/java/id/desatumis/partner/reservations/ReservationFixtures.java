package id.desatumis.partner.reservations;

import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.partner.application.PledgeAggregate;
import id.desatumis.partner.domain.Amounts;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.AreaScope;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.PartnerEvent.PartnerRegistered;
import id.desatumis.partner.domain.PartnerType;
import id.desatumis.partner.domain.PledgeBalance;
import id.desatumis.partner.domain.PledgeEvent;
import id.desatumis.partner.domain.PledgeEvent.PledgeAccepted;
import id.desatumis.partner.domain.PledgeEvent.PledgeExpired;
import id.desatumis.partner.domain.PledgeEvent.PledgeOffered;
import id.desatumis.partner.persistence.PartnerDirectory;
import id.desatumis.partner.persistence.PledgeBalances;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Partners and accepted pledges for the reservation tests, written as their own commands would write them (part A and
 * B build those): a partner's directory row; a pledge's PledgeOffered and PledgeAccepted through the kit's pipeline,
 * which writes its balance in the same transaction.
 */
@ApplicationScoped
public class ReservationFixtures {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String DESA = "33.14.07.2003";
    static final String KECAMATAN = "33.14.07";
    static final EventMetadata ACTOR = new EventMetadata("test-dinsos", "dinsos", "test", null, null, PartnerTopics.SOURCE);

    private final Pool pool;
    private final AggregateStore aggregates;
    private final PledgeAggregate pledges;
    private final PartnerDirectory directory;
    private final PledgeBalances balances;

    public ReservationFixtures(Pool pool, AggregateStore aggregates, PledgeAggregate pledges, PartnerDirectory directory,
                               PledgeBalances balances) {
        this.pool = pool;
        this.aggregates = aggregates;
        this.pledges = pledges;
        this.directory = directory;
        this.balances = balances;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta"));
    }

    UUID partner() {
        UUID id = UUID.randomUUID();
        pool.withTransaction(tx -> directory.registered(tx, new PartnerRegistered(id, PartnerType.CSR, "CSR " + id,
                null, "Kepala Divisi CSR", "test-dinsos"))).await().atMost(PATIENCE);
        return id;
    }

    void suspend(UUID partnerId) {
        pool.withTransaction(tx -> directory.statusChanged(tx, partnerId, PartnerDirectory.Status.SUSPENDED)).await().atMost(PATIENCE);
    }

    /** An accepted pledge of the partner for house repair in kecamatan 33.14.07, valid from a month ago for a year. */
    UUID pledge(UUID partnerId, Amounts capacity) {
        return pledge(partnerId, capacity, today().plusYears(1));
    }

    UUID pledge(UUID partnerId, Amounts capacity, LocalDate validUntil) {
        UUID id = UUID.randomUUID();
        List<PledgeEvent> events = new ArrayList<>();
        events.add(new PledgeOffered(id, partnerId, List.of(NeedKind.HOUSE_REPAIR), new AreaScope(Area.Level.KECAMATAN,
                List.of(KECAMATAN)), capacity, capacity.hasUnits() ? "HOUSE" : null, today().minusMonths(1), validUntil,
                "test-partner"));
        events.add(new PledgeAccepted(id, "TKPKD/33.14/2026/001", "test-tkpkd"));
        pool.withTransaction(tx -> aggregates.append(tx, pledges, aggregates.fresh(pledges, id), events, ACTOR))
                .await().atMost(PATIENCE);
        return id;
    }

    /** The sweep's PledgeExpired, appended while reservations are open. */
    void expire(UUID pledgeId) {
        pool.withTransaction(tx -> aggregates.lockAndLoad(tx, pledges, pledgeId)
                        .chain(loaded -> aggregates.append(tx, pledges, loaded, List.of(new PledgeExpired(pledgeId, today())), ACTOR)))
                .await().atMost(PATIENCE);
    }

    PledgeBalance balance(UUID pledgeId) {
        return balances.find(pool, pledgeId).await().atMost(PATIENCE);
    }

    /** The stored types of a reservation's events, in order. */
    List<String> storedTypes(UUID requestId) {
        List<String> out = new ArrayList<>();
        pool.preparedQuery("SELECT event_type FROM events WHERE stream_id = $1 ORDER BY version")
                .execute(Tuple.of("reservation-" + requestId)).await().atMost(PATIENCE)
                .forEach(r -> out.add(r.getString(0)));
        return out;
    }

    /** The answer stored for a request: its stored type, and the reason of a refusal. */
    String answer(UUID requestId) {
        var rows = pool.preparedQuery("""
                        SELECT event_type, payload->>'reason' AS reason FROM events WHERE stream_id = $1 AND version = 1""")
                .execute(Tuple.of("reservation-" + requestId)).await().atMost(PATIENCE);
        if (rows.rowCount() == 0) return null;
        var r = rows.iterator().next();
        return r.getString("reason") == null ? r.getString("event_type") : r.getString("event_type") + " " + r.getString("reason");
    }

    /** How far the saga's inbox has read an intervention stream. */
    long mark(String interventionStream) {
        var rows = pool.preparedQuery("SELECT last_sequence FROM consumer_stream_marks WHERE consumer = $1 AND stream_id = $2")
                .execute(Tuple.of("partner.reservations", interventionStream)).await().atMost(PATIENCE);
        return rows.rowCount() == 0 ? 0 : rows.iterator().next().getLong(0);
    }
}
