package id.desatumis.monitoring.persistence;

import id.desatumis.monitoring.domain.TimelineEntry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * The intervention_timeline table (projection/10-households.sql): events that name an intervention and no household.
 * Its only writer; {@link TimelineTable} reads it into the household's timeline.
 */
@ApplicationScoped
public class InterventionEventsTable {

    private static final String ADD = TimelineRows.insert("intervention_timeline", "intervention_id");

    /** Adds the entries that name an intervention and no household. */
    public Uni<Void> add(SqlClient tx, List<TimelineEntry> entries) {
        List<Object[]> rows = new ArrayList<>();
        for (TimelineEntry e : entries) {
            if (e.households().isEmpty() && e.interventionId() != null) rows.add(TimelineRows.row(e.interventionId(), e));
        }
        return TimelineRows.add(tx, ADD, rows);
    }
}
