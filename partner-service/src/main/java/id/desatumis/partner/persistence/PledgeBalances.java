package id.desatumis.partner.persistence;

import id.desatumis.partner.domain.Amounts;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.AreaScope;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.PledgeBalance;
import id.desatumis.partner.domain.PledgeEvent.PledgeOffered;
import id.desatumis.partner.domain.PledgeStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What each pledge holds and what of it is taken (table {@code pledge_balances}): written by the pledge's events and
 * by its reservations' events, each in their own command's transaction, under the pledge stream's lock. The table's
 * CHECKs refuse an over-commitment even if a writer ever got past the lock.
 */
@ApplicationScoped
public class PledgeBalances {

    /** A change to one pledge's reserved and consumed amounts (negative to give back). */
    public record Delta(UUID pledgeId, long reservedRupiah, long reservedUnits, long consumedRupiah, long consumedUnits) {

        public static Delta of(UUID pledgeId, Amounts reserved, Amounts consumed) {
            return new Delta(pledgeId, reserved.rupiahOrZero(), reserved.unitsOrZero(), consumed.rupiahOrZero(),
                    consumed.unitsOrZero());
        }

        Delta plus(Delta o) {
            return new Delta(pledgeId, reservedRupiah + o.reservedRupiah, reservedUnits + o.reservedUnits,
                    consumedRupiah + o.consumedRupiah, consumedUnits + o.consumedUnits);
        }
    }

    private static final String COLUMNS = """
            pledge_id, partner_id, status, kinds, scope_level, scope_codes, unit, valid_from, valid_until,
            capacity_rupiah, capacity_units, reserved_rupiah, reserved_units, consumed_rupiah, consumed_units,
            withdrawn_rupiah, withdrawn_units""";

    public Uni<PledgeBalance> find(SqlClient c, UUID pledgeId) {
        return c.preparedQuery("SELECT " + COLUMNS + " FROM pledge_balances WHERE pledge_id = $1")
                .execute(Tuple.of(pledgeId))
                .map(rows -> rows.rowCount() == 0 ? null : balance(rows.iterator().next()));
    }

    /** The pledges of those ids that exist, by id. */
    public Uni<Map<UUID, PledgeBalance>> findAll(SqlClient c, Collection<UUID> pledgeIds) {
        if (pledgeIds.isEmpty()) return Uni.createFrom().item(Map.of());
        return c.preparedQuery("SELECT " + COLUMNS + " FROM pledge_balances WHERE pledge_id = ANY($1)")
                .execute(Tuple.of(pledgeIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, PledgeBalance> out = new HashMap<>();
                    rows.forEach(r -> out.put(r.getUUID("pledge_id"), balance(r)));
                    return out;
                });
    }

    /** Every pledge of a partner for a kind of need, whatever its status, area or period, the first to expire first. */
    public Uni<List<PledgeBalance>> ofPartnerForKind(SqlClient c, UUID partnerId, NeedKind kind) {
        return c.preparedQuery("SELECT " + COLUMNS + """
                         FROM pledge_balances WHERE partner_id = $1 AND $2 = ANY(kinds)
                        ORDER BY valid_until, pledge_id""")
                .execute(Tuple.of(partnerId, kind.name()))
                .map(PledgeBalances::all);
    }

    /**
     * Offered or accepted pledges whose last day is before {@code today}: due to expire (an offer never accepted in
     * its period expires too, rather than wait for ever).
     */
    public Uni<List<UUID>> dueToExpire(SqlClient c, LocalDate today, int limit) {
        return c.preparedQuery("""
                        SELECT pledge_id FROM pledge_balances WHERE status IN ('OFFERED', 'ACCEPTED') AND valid_until < $1
                        ORDER BY valid_until, pledge_id LIMIT $2""")
                .execute(Tuple.of(today, limit))
                .map(rows -> {
                    List<UUID> out = new ArrayList<>();
                    rows.forEach(r -> out.add(r.getUUID(0)));
                    return out;
                });
    }

    public Uni<Void> offered(SqlClient tx, PledgeOffered e) {
        Tuple t = Tuple.tuple(List.of(e.pledgeId(), e.partnerId(),
                e.kinds().stream().map(Enum::name).toArray(String[]::new), e.scope().level().name(),
                e.scope().codes().toArray(String[]::new)));
        t.addString(e.unit()).addLocalDate(e.validFrom()).addLocalDate(e.validUntil())
                .addLong(e.capacity().rupiah()).addLong(e.capacity().units());
        return tx.preparedQuery("""
                        INSERT INTO pledge_balances (pledge_id, partner_id, status, kinds, scope_level, scope_codes, unit,
                                                     valid_from, valid_until, capacity_rupiah, capacity_units)
                        VALUES ($1, $2, 'OFFERED', $3, $4, $5, $6, $7, $8, $9, $10)""")
                .execute(t).replaceWithVoid();
    }

    public Uni<Void> statusChanged(SqlClient tx, UUID pledgeId, PledgeStatus status) {
        return tx.preparedQuery("UPDATE pledge_balances SET status = $2 WHERE pledge_id = $1")
                .execute(Tuple.of(pledgeId, status.name())).replaceWithVoid();
    }

    public Uni<Void> withdrawn(SqlClient tx, UUID pledgeId, Amounts withdrawn) {
        return tx.preparedQuery("""
                        UPDATE pledge_balances SET withdrawn_rupiah = withdrawn_rupiah + $2, withdrawn_units = withdrawn_units + $3
                        WHERE pledge_id = $1""")
                .execute(Tuple.of(pledgeId, withdrawn.rupiahOrZero(), withdrawn.unitsOrZero())).replaceWithVoid();
    }

    /**
     * The reserved and consumed amounts of a batch of reservations' changes, summed per pledge into one statement.
     * A sum that would over-commit a pledge fails its CHECK and undoes the whole transaction.
     */
    public Uni<Void> changed(SqlClient tx, List<Delta> deltas) {
        Map<UUID, Delta> perPledge = new HashMap<>();
        deltas.forEach(d -> perPledge.merge(d.pledgeId(), d, Delta::plus));
        if (perPledge.isEmpty()) return Uni.createFrom().voidItem();
        List<Delta> all = new ArrayList<>(perPledge.values());
        return tx.preparedQuery("""
                        UPDATE pledge_balances b
                        SET reserved_rupiah = b.reserved_rupiah + d.rr, reserved_units = b.reserved_units + d.ru,
                            consumed_rupiah = b.consumed_rupiah + d.cr, consumed_units = b.consumed_units + d.cu
                        FROM unnest($1::uuid[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[]) AS d(id, rr, ru, cr, cu)
                        WHERE b.pledge_id = d.id""")
                .execute(Tuple.of(all.stream().map(Delta::pledgeId).toArray(UUID[]::new),
                        all.stream().map(Delta::reservedRupiah).toArray(Long[]::new),
                        all.stream().map(Delta::reservedUnits).toArray(Long[]::new),
                        all.stream().map(Delta::consumedRupiah).toArray(Long[]::new),
                        all.stream().map(Delta::consumedUnits).toArray(Long[]::new)))
                .replaceWithVoid();
    }

    private static List<PledgeBalance> all(Iterable<Row> rows) {
        List<PledgeBalance> out = new ArrayList<>();
        rows.forEach(r -> out.add(balance(r)));
        return out;
    }

    private static PledgeBalance balance(Row r) {
        Area.Level level = Area.Level.valueOf(r.getString("scope_level"));
        List<NeedKind> kinds = Arrays.stream(r.getArrayOfStrings("kinds")).map(NeedKind::valueOf).toList();
        return new PledgeBalance(r.getUUID("pledge_id"), r.getUUID("partner_id"), PledgeStatus.valueOf(r.getString("status")),
                kinds, new AreaScope(level, List.of(r.getArrayOfStrings("scope_codes"))), r.getString("unit"),
                r.getLocalDate("valid_from"), r.getLocalDate("valid_until"),
                new Amounts(r.getLong("capacity_rupiah"), r.getLong("capacity_units")),
                new Amounts(r.getLong("reserved_rupiah"), r.getLong("reserved_units")),
                new Amounts(r.getLong("consumed_rupiah"), r.getLong("consumed_units")),
                new Amounts(r.getLong("withdrawn_rupiah"), r.getLong("withdrawn_units")));
    }
}
