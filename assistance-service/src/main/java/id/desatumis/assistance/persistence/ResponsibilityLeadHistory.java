package id.desatumis.assistance.persistence;

import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.ResponsibilityLead;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The responsibility matrix with its history (table {@code responsibility_leads}) as partner-service published it: one
 * row per assignment or clearing of a kind of need in an area, keyed by the cell's stream version (a row delivered
 * again is the same row). A row is in force from its date until a later row of the same kind and area.
 */
@ApplicationScoped
public class ResponsibilityLeadHistory {

    /**
     * The lead in force on $3 in the most specific of the areas $2 that has one. Per area the row in force is the
     * latest whose date is not after the day (a clearing included: it hides the assignment before it, and the wider
     * area's lead then applies); a more specific area has a longer code.
     */
    private static final String LEAD_OF = """
            SELECT kind, area_code, lead_partner_id, supporting_partners, decision_number, effective_from FROM (
                SELECT DISTINCT ON (area_code) * FROM responsibility_leads
                WHERE kind = $1 AND area_code = ANY($2) AND effective_from <= $3
                ORDER BY area_code, effective_from DESC, stream_version DESC) cell
            WHERE lead_partner_id IS NOT NULL ORDER BY length(area_code) DESC LIMIT 1""";

    /** An assignment ({@code leadPartnerId} set) or a clearing, at its cell's stream version. */
    public Uni<Void> recorded(SqlClient tx, long version, NeedKind kind, String areaCode, UUID leadPartnerId,
                              List<UUID> supportingPartnerIds, String decisionNumber, LocalDate effectiveFrom) {
        return tx.preparedQuery("""
                        INSERT INTO responsibility_leads (kind, area_code, stream_version, lead_partner_id,
                                                          supporting_partners, decision_number, effective_from)
                        VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING""")
                .execute(Tuple.of(kind.name(), areaCode, version).addUUID(leadPartnerId)
                        .addArrayOfUUID(supportingPartnerIds.toArray(UUID[]::new)).addString(decisionNumber)
                        .addLocalDate(effectiveFrom))
                .replaceWithVoid();
    }

    /** The lead of a kind of need on a day in the most specific of these areas that has one. */
    public Uni<Optional<ResponsibilityLead>> mostSpecific(SqlClient c, NeedKind kind, List<String> areaCodes, LocalDate day) {
        return c.preparedQuery(LEAD_OF)
                .execute(Tuple.of(kind.name(), areaCodes.toArray(String[]::new), day))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(lead(rows.iterator().next())));
    }

    private static ResponsibilityLead lead(Row r) {
        UUID[] supporting = r.getArrayOfUUIDs("supporting_partners");
        return new ResponsibilityLead(NeedKind.valueOf(r.getString("kind")), r.getString("area_code"),
                r.getUUID("lead_partner_id"), supporting == null ? List.of() : Arrays.asList(supporting),
                r.getString("decision_number"), r.getLocalDate("effective_from"));
    }
}
