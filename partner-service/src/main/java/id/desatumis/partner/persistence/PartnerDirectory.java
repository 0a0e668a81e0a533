package id.desatumis.partner.persistence;

import id.desatumis.partner.domain.PartnerEvent.PartnerRegistered;
import id.desatumis.partner.domain.PartnerType;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every actor as commands check it at once (table {@code partner_directory}), written with the partner's events: is
 * it active, and which partner an OPD's token acts for. The unique office code keeps one partner per OPD.
 */
@ApplicationScoped
public class PartnerDirectory {

    public enum Status {
        ACTIVE, SUSPENDED
    }

    public record Entry(UUID partnerId, PartnerType type, String name, String opdCode, Status status) {

        public boolean active() {
            return status == Status.ACTIVE;
        }
    }

    private static final String COLUMNS = "partner_id, type, name, opd_code, status";

    /** The partner of that id, or null. */
    public Uni<Entry> find(SqlClient c, UUID partnerId) {
        return c.preparedQuery("SELECT " + COLUMNS + " FROM partner_directory WHERE partner_id = $1")
                .execute(Tuple.of(partnerId))
                .map(rows -> rows.rowCount() == 0 ? null : entry(rows.iterator().next()));
    }

    /** The partners of those ids that exist, by id. */
    public Uni<Map<UUID, Entry>> findAll(SqlClient c, Collection<UUID> partnerIds) {
        if (partnerIds.isEmpty()) return Uni.createFrom().item(Map.of());
        return c.preparedQuery("SELECT " + COLUMNS + " FROM partner_directory WHERE partner_id = ANY($1)")
                .execute(Tuple.of(partnerIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, Entry> out = new HashMap<>();
                    rows.forEach(r -> out.put(r.getUUID("partner_id"), entry(r)));
                    return out;
                });
    }

    /** The OPD registered with that office code, or null. */
    public Uni<Entry> byOpdCode(SqlClient c, String opdCode) {
        return c.preparedQuery("SELECT " + COLUMNS + " FROM partner_directory WHERE opd_code = $1")
                .execute(Tuple.of(opdCode))
                .map(rows -> rows.rowCount() == 0 ? null : entry(rows.iterator().next()));
    }

    /** A new partner; an office code registered already fails here (unique violation) and undoes the command. */
    /** Whether a registration failed because another took its office code meanwhile (the column's unique key). */
    public static boolean opdCodeTaken(Throwable failure) {
        return failure instanceof PgException pg && "23505".equals(pg.getSqlState()) && pg.getConstraint() != null
                && pg.getConstraint().contains("opd_code");
    }

    public Uni<Void> registered(SqlClient tx, PartnerRegistered e) {
        List<Object> values = new ArrayList<>(List.of(e.partnerId(), e.type().name(), e.name()));
        return tx.preparedQuery("""
                        INSERT INTO partner_directory (partner_id, type, name, opd_code, status)
                        VALUES ($1, $2, $3, $4, 'ACTIVE')""")
                .execute(Tuple.tuple(values).addString(e.opdCode()))
                .replaceWithVoid();
    }

    public Uni<Void> statusChanged(SqlClient tx, UUID partnerId, Status status) {
        return tx.preparedQuery("UPDATE partner_directory SET status = $2 WHERE partner_id = $1")
                .execute(Tuple.of(partnerId, status.name()))
                .replaceWithVoid();
    }

    private static Entry entry(Row r) {
        return new Entry(r.getUUID("partner_id"), PartnerType.valueOf(r.getString("type")), r.getString("name"),
                r.getString("opd_code"), Status.valueOf(r.getString("status")));
    }
}
