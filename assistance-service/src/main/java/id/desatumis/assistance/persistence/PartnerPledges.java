package id.desatumis.assistance.persistence;

import id.desatumis.assistance.domain.AreaLevel;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.PledgeRef;
import id.desatumis.assistance.domain.PledgeStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every pledge partner-service published (table {@code partner_pledges}): what it serves, where, how it is counted,
 * its period and status. Each row keeps its stream's version, so an event applied again, or late, changes nothing.
 */
@ApplicationScoped
public class PartnerPledges {

    public Uni<Void> offered(SqlClient tx, long version, PledgeRef p) {
        return tx.preparedQuery("""
                        INSERT INTO partner_pledges (pledge_id, partner_id, kinds, scope_level, scope_codes, capacity_rupiah,
                                                     capacity_units, unit, valid_from, valid_until, status, stream_version)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (pledge_id) DO NOTHING""")
                .execute(Tuple.of(p.pledgeId(), p.partnerId(), p.kinds().stream().map(Enum::name).sorted().toArray(String[]::new),
                                p.scopeLevel().name(), p.scopeCodes().toArray(String[]::new))
                        .addLong(p.capacityRupiah()).addLong(p.capacityUnits()).addString(p.unit())
                        .addLocalDate(p.validFrom()).addLocalDate(p.validUntil()).addString(p.status().name())
                        .addLong(version))
                .replaceWithVoid();
    }

    /** A new status; an acceptance keeps the decision that accepted it, any other change keeps the one before. */
    public Uni<Void> statusChanged(SqlClient tx, long version, UUID pledgeId, PledgeStatus status, String decisionNumber) {
        return tx.preparedQuery("""
                        UPDATE partner_pledges SET status = $2, decision_number = coalesce($3, decision_number),
                               stream_version = $4, updated_at = now()
                        WHERE pledge_id = $1 AND stream_version < $4""")
                .execute(Tuple.of(pledgeId, status.name(), decisionNumber, version))
                .replaceWithVoid();
    }

    public Uni<Optional<PledgeRef>> find(SqlClient c, UUID pledgeId) {
        return c.preparedQuery("""
                        SELECT pledge_id, partner_id, kinds, scope_level, scope_codes, capacity_rupiah, capacity_units, unit,
                               valid_from, valid_until, status
                        FROM partner_pledges WHERE pledge_id = $1""")
                .execute(Tuple.of(pledgeId))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(pledge(rows.iterator().next())));
    }

    private static PledgeRef pledge(Row r) {
        Set<NeedKind> kinds = Arrays.stream(r.getArrayOfStrings("kinds")).map(NeedKind::valueOf).collect(Collectors.toSet());
        return new PledgeRef(r.getUUID("pledge_id"), r.getUUID("partner_id"), kinds,
                AreaLevel.valueOf(r.getString("scope_level")), List.of(r.getArrayOfStrings("scope_codes")),
                r.getLong("capacity_rupiah"), r.getLong("capacity_units"), r.getString("unit"),
                r.getLocalDate("valid_from"), r.getLocalDate("valid_until"), PledgeStatus.valueOf(r.getString("status")));
    }
}
