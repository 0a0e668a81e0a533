package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.AreaLevel;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.ResponsibilityLead;
import id.desatumis.assistance.persistence.ResponsibilityLeadHistory;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Who answers for a kind of need in a desa on a day, by the responsibility matrix as partner-service published it:
 * the lead in force for the desa, else for its kecamatan, else for the regency (the most specific area wins; a
 * cleared lead leaves the wider area's). A plan's default responsible actor. {@code c} may be the plan's transaction.
 */
@ApplicationScoped
public class ResponsibleActors {

    private final ResponsibilityLeadHistory history;

    public ResponsibleActors(ResponsibilityLeadHistory history) {
        this.history = history;
    }

    /** The lead's partner id; empty when neither the desa, nor its kecamatan, nor the regency has one that day. */
    public Uni<Optional<UUID>> leadOf(SqlClient c, NeedKind kind, String desaCode, LocalDate on) {
        return leadInForce(c, kind, desaCode, on).map(l -> l.map(ResponsibilityLead::leadPartnerId));
    }

    /** The lead in force with its supporting actors, the area it was assigned for, the decision and its date. */
    public Uni<Optional<ResponsibilityLead>> leadInForce(SqlClient c, NeedKind kind, String desaCode, LocalDate on) {
        return history.mostSpecific(c, kind, AreaLevel.desaAndWider(desaCode), on);
    }
}
