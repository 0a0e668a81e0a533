package id.desatumis.monitoring.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.kit.inbox.BatchProjection.Change;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.monitoring.persistence.InterventionsTable;
import id.desatumis.monitoring.persistence.NeedsTable;
import id.desatumis.monitoring.persistence.RowWrites;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of projection/30-assistance.sql: needs (from assessment-service's NeedsIdentified and HouseholdGraduated,
 * and assistance-service's closures and cancellations), interventions, deliveries and budget lines (every
 * assistance-service event on its topic that says something the tables hold). After a batch's rows are written, the
 * stage of every intervention it touched is derived again from its deliveries, then the status of every need it
 * touched (directly, through its household's listing, or through its interventions): the same rule as
 * assistance-service's, whatever order the two topics arrived in. A generation being rebuilt derives nothing per
 * batch (an intervention's five or six events arrive in as many batches, and each derivation scans the tables): it
 * derives every intervention, then every need, once, in the transaction that makes it live.
 */
@ApplicationScoped
public class AssistancePart implements ProjectionPart<RowChanges> {

    private final ObjectMapper mapper;
    private final RowWrites rows;
    private final InterventionsTable interventions;
    private final NeedsTable needs;

    public AssistancePart(ObjectMapper mapper, RowWrites rows, InterventionsTable interventions, NeedsTable needs) {
        this.mapper = mapper;
        this.rows = rows;
        this.interventions = interventions;
        this.needs = needs;
    }

    @Override
    public String name() {
        return "assistance";
    }

    @Override
    public Set<String> topics() {
        return Set.of(AssessmentTopics.ASSESSMENT, AssistanceTopics.INTERVENTION);
    }

    @Override
    public Optional<RowChanges> read(ConsumedEvent event) {
        RowChanges c = NeedFacts.of(event, mapper);
        if (c == null) c = InterventionFacts.of(event, mapper);
        if (c == null) c = DeliveryFacts.of(event, mapper);
        if (c == null) c = BudgetFacts.of(event, mapper);
        return Optional.ofNullable(c);
    }

    @Override
    public Uni<Set<String>> apply(SqlConnection tx, List<Change<RowChanges>> fresh) {
        RowChanges.Batch batch = merged(fresh);
        Set<String> changed = new LinkedHashSet<>(batch.areas);
        return rows.apply(tx, batch.writes)
                .chain(() -> interventions.derive(tx, batch.interventions))
                .invoke(changed::addAll)
                .chain(() -> needs.derive(tx, batch.needs, batch.households, batch.interventions))
                .invoke(changed::addAll)
                .replaceWith(changed);
    }

    @Override
    public Uni<Set<String>> applyBuilding(SqlConnection tx, List<Change<RowChanges>> fresh) {
        RowChanges.Batch batch = merged(fresh);
        return rows.apply(tx, batch.writes).replaceWith(batch.areas);
    }

    @Override
    public Uni<Void> beforeLive(SqlConnection tx) {
        return interventions.deriveAll(tx).chain(() -> needs.deriveAll(tx));
    }

    private static RowChanges.Batch merged(List<Change<RowChanges>> fresh) {
        RowChanges.Batch batch = new RowChanges.Batch();
        fresh.forEach(c -> batch.add(c.change()));
        return batch;
    }
}
