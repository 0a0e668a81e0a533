package id.desatumis.monitoring.persistence;

import id.desatumis.monitoring.domain.TuntasDistance;
import id.desatumis.monitoring.domain.TuntasStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.Map;

/**
 * The tuntas rule read from the projection, in one place: what the desa pages show and what a declaration is refused
 * on. Run through {@link ProjectionReads#read}.
 */
@ApplicationScoped
public class TuntasQueries {

    /** The desa's distance from tuntas. */
    public Uni<TuntasDistance> distance(SqlConnection tx, String desaCode) {
        throw new UnsupportedOperationException("HouseholdsPart's helper fills this in");
    }

    /** The status of each of these desa (DECLARED from desa_programme, else READY or OPEN by the distance). */
    public Uni<Map<String, TuntasStatus>> statuses(SqlConnection tx, Collection<String> desaCodes) {
        throw new UnsupportedOperationException("HouseholdsPart's helper fills this in");
    }
}
