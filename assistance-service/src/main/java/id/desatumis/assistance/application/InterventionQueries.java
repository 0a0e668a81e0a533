package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.assistance.domain.Stage;
import id.desatumis.assistance.persistence.InterventionIndex;
import id.desatumis.assistance.persistence.InterventionIndex.Filter;
import id.desatumis.assistance.persistence.InterventionIndex.Listed;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Interventions as staff read them: a list from the interventions table (written with the events, never behind them),
 * and one intervention with its deliveries from its own stream. A village operator lists its desa only.
 */
@ApplicationScoped
public class InterventionQueries {

    /** One page of a list: its items, which page (from 0) of what size, and how many items the list has. */
    public record Page(List<Map<String, Object>> items, int page, int size, long total) {
    }

    /** What a list asks for; a null part does not filter. */
    public record Criteria(String desaCode, NeedKind kind, Stage stage, UUID actorId, UUID householdId) {
    }

    /** One intervention as its stream now folds, and its version (the ETag). */
    public record One(Map<String, Object> body, long version) {
    }

    private final Pool pool;
    private final AggregateStore aggregates;
    private final InterventionAggregate interventions;
    private final InterventionIndex index;
    private final InterventionAccess access;

    public InterventionQueries(Pool pool, AggregateStore aggregates, InterventionAggregate interventions,
                               InterventionIndex index, InterventionAccess access) {
        this.pool = pool;
        this.aggregates = aggregates;
        this.interventions = interventions;
        this.index = index;
        this.access = access;
    }

    public Uni<Page> page(Caller caller, Criteria c, int page, int size) {
        List<String> desa = c.desaCode() == null ? null : List.of(c.desaCode());
        boolean programmeWide = caller.has(Roles.DINSOS) || caller.has(Roles.TKPKD) || caller.has(Roles.AUDITOR);
        if (!programmeWide) {
            // an operator lists its own desa; asking for another's is asking for what it may not know of
            if (c.desaCode() != null && !caller.desaCodes().contains(c.desaCode())) throw Problems.notFound("desa");
            if (desa == null) desa = List.copyOf(caller.desaCodes());
        }
        Filter f = new Filter(desa, c.kind(), c.stage(), c.actorId(), c.householdId());
        return index.count(pool, f).chain(total -> index.page(pool, f, page, size)
                .map(rows -> new Page(rows.stream().map(InterventionQueries::item).toList(), page, size, total)));
    }

    /** One intervention with its deliveries; 404 for one the caller may not see. */
    public Uni<One> one(Caller caller, UUID interventionId) {
        return aggregates.load(pool, interventions, interventionId)
                .chain(loaded -> access.requireVisible(pool, caller, loaded.state())
                        .map(s -> new One(InterventionAnswers.detail(s, loaded.version()), loaded.version())));
    }

    private static Map<String, Object> item(Listed l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("interventionId", l.interventionId().toString());
        putId(out, "needId", l.needId());
        out.put("householdId", l.householdId().toString());
        putId(out, "memberId", l.memberId());
        out.put("kind", l.kind().name());
        out.put("desaCode", l.desaCode());
        out.put("actorId", l.actorId().toString());
        out.put("stage", l.stage().name());
        out.put("unplanned", l.unplanned());
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("type", l.sourceType());
        putId(source, "pledgeId", l.pledgeId());
        putId(source, "budgetLineId", l.budgetLineId());
        out.put("source", source);
        out.put("planned", counted(l.planned(), l.planned()));
        out.put("delivered", counted(l.planned(), l.delivered()));
        if (l.dueDate() != null) out.put("dueDate", l.dueDate().toString());
        out.put("plannedOn", l.plannedOn().toString());
        if (l.lastDeliveredOn() != null) out.put("lastDeliveredOn", l.lastDeliveredOn().toString());
        if (l.verifiedOn() != null) out.put("verifiedOn", l.verifiedOn().toString());
        if (l.decisionNumber() != null) out.put("decisionNumber", l.decisionNumber());
        if (l.lastRefusal() != null) out.put("lastRefusal", l.lastRefusal());
        out.put("version", l.version());
        out.put("updatedAt", l.updatedAt().toString());
        return out;
    }

    /** The parts of {@code amount} that the plan counts. */
    private static Map<String, Object> counted(Quantity plan, Quantity amount) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (plan.rupiah() != null) out.put("rupiah", amount.rupiahOrZero());
        if (plan.units() != null) out.put("units", amount.unitsOrZero());
        return out;
    }

    private static void putId(Map<String, Object> out, String key, UUID id) {
        if (id != null) out.put(key, id.toString());
    }
}
