package id.desatumis.monitoring.persistence;

import id.desatumis.monitoring.domain.ProgrammeDecision;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * The forum decisions partner-service recorded, as a tkpkd decision cites one: read from the projection's
 * {@code decisions} table (PartnersPart writes it), through {@link ProjectionReads#read}.
 */
@ApplicationScoped
public class ProgrammeDecisions {

    /** The decision of that number, or empty when none has reached this service. */
    public Uni<Optional<ProgrammeDecision>> find(SqlConnection c, String number) {
        return c.preparedQuery("SELECT number, forum_type, area_code, approves_kind FROM decisions WHERE number = $1")
                .execute(Tuple.of(number))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(decision(rows.iterator().next())));
    }

    private static ProgrammeDecision decision(Row r) {
        return new ProgrammeDecision(r.getString("number"), r.getString("forum_type"), r.getString("area_code"),
                r.getString("approves_kind"));
    }
}
