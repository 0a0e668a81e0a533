package id.desatumis.partner.persistence;

import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.LeadInForce;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.ResponsibilityEvent;
import id.desatumis.partner.domain.ResponsibilityEvent.ResponsibilityAssigned;
import id.desatumis.partner.domain.ResponsibilityEvent.ResponsibilityCleared;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The responsibility matrix with its history (table {@code responsibilities}), one row per assignment or clearing,
 * written with the matrix's events: a row is in force from its date until a later row of the same kind and area.
 * The reservation saga asks it who leads a kind of need in a desa; the matrix queries read it whole (it has at most
 * eight kinds times 229 areas in force at once).
 */
@ApplicationScoped
public class Responsibilities {

    /** One row of a cell's history: an assignment (with a lead) or a clearing. */
    public record HistoryRow(long version, UUID leadPartnerId, List<UUID> supportingPartnerIds, String decisionNumber,
                             LocalDate effectiveFrom, String reason, String recordedBy, OffsetDateTime recordedAt) {
    }

    /** The entry of each kind and area in force on $1 (a clearing included, so that it hides the assignment before). */
    private static final String IN_FORCE = """
            SELECT DISTINCT ON (kind, area_code) kind, area_code, area_level, lead_partner_id, supporting_partners,
                   decision_number, effective_from
            FROM responsibilities WHERE effective_from <= $1""";
    private static final String LATEST_FIRST = " ORDER BY kind, area_code, effective_from DESC, version DESC";

    /** A matrix event at its stream version, in the appending transaction. */
    public Uni<Void> recorded(SqlClient tx, long version, ResponsibilityEvent event) {
        Area area = Area.of(event.areaCode());
        List<Object> values = new ArrayList<>(List.of(event.kind().name(), area.code(), area.level().name(), version));
        Tuple t = Tuple.tuple(values);
        if (event instanceof ResponsibilityAssigned e) {
            t.addUUID(e.leadPartnerId()).addArrayOfUUID(e.supportingPartnerIds().toArray(UUID[]::new))
                    .addString(e.decisionNumber()).addLocalDate(e.effectiveFrom()).addString(null).addString(e.assignedBy());
        } else if (event instanceof ResponsibilityCleared e) {
            t.addUUID(null).addArrayOfUUID(new UUID[0]).addString(e.decisionNumber()).addLocalDate(e.effectiveFrom())
                    .addString(e.reason()).addString(e.clearedBy());
        }
        return tx.preparedQuery("""
                        INSERT INTO responsibilities (kind, area_code, area_level, version, lead_partner_id,
                                                      supporting_partners, decision_number, effective_from, reason, recorded_by)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)""")
                .execute(t).replaceWithVoid();
    }

    /**
     * Who leads a kind of need in a desa on a day: the lead in force for the desa, else its kecamatan's, else the
     * regency's; empty when none of them has one.
     */
    public Uni<Optional<UUID>> leadOf(SqlClient c, NeedKind kind, String desaCode, LocalDate day) {
        return c.preparedQuery("SELECT lead_partner_id FROM (" + IN_FORCE + " AND kind = $2 AND area_code = ANY($3)"
                        + LATEST_FIRST + ") cell WHERE lead_partner_id IS NOT NULL ORDER BY length(area_code) DESC LIMIT 1")
                .execute(Tuple.of(day, kind.name(), LeadInForce.areaAndWider(desaCode).toArray(String[]::new)))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID(0)));
    }

    /**
     * The leads in force on a day, by kind and area code; a null {@code kind} or {@code areaCodes} means every one.
     */
    public Uni<List<LeadInForce>> inForce(SqlClient c, LocalDate day, NeedKind kind, List<String> areaCodes) {
        return c.preparedQuery("SELECT * FROM (" + IN_FORCE + " AND ($2::text IS NULL OR kind = $2)"
                        + " AND ($3::text[] IS NULL OR area_code = ANY($3))" + LATEST_FIRST + ") cell"
                        + " WHERE lead_partner_id IS NOT NULL ORDER BY kind, area_code")
                .execute(Tuple.of(day, kind == null ? null : kind.name(),
                        areaCodes == null ? null : areaCodes.toArray(String[]::new)))
                .map(rows -> {
                    List<LeadInForce> out = new ArrayList<>();
                    rows.forEach(r -> out.add(lead(r)));
                    return out;
                });
    }

    /** Every entry of one kind and area, in the order recorded. */
    public Uni<List<HistoryRow>> history(SqlClient c, NeedKind kind, String areaCode) {
        return c.preparedQuery("""
                        SELECT version, lead_partner_id, supporting_partners, decision_number, effective_from, reason,
                               recorded_by, recorded_at
                        FROM responsibilities WHERE kind = $1 AND area_code = $2 ORDER BY version""")
                .execute(Tuple.of(kind.name(), areaCode))
                .map(rows -> {
                    List<HistoryRow> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new HistoryRow(r.getLong("version"), r.getUUID("lead_partner_id"),
                            supporting(r), r.getString("decision_number"), r.getLocalDate("effective_from"),
                            r.getString("reason"), r.getString("recorded_by"), r.getOffsetDateTime("recorded_at"))));
                    return out;
                });
    }

    private static LeadInForce lead(Row r) {
        return new LeadInForce(NeedKind.valueOf(r.getString("kind")),
                new Area(r.getString("area_code"), Area.Level.valueOf(r.getString("area_level"))),
                r.getUUID("lead_partner_id"), supporting(r), r.getString("decision_number"), r.getLocalDate("effective_from"));
    }

    private static List<UUID> supporting(Row r) {
        UUID[] ids = r.getArrayOfUUIDs("supporting_partners");
        return ids == null ? List.of() : Arrays.asList(ids);
    }
}
