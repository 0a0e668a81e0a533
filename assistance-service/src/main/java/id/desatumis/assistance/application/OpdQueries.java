package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.Stage;
import id.desatumis.assistance.persistence.InterventionIndex;
import id.desatumis.assistance.persistence.InterventionIndex.OpdFilter;
import id.desatumis.assistance.persistence.InterventionIndex.OpdPage;
import id.desatumis.assistance.persistence.InterventionIndex.OpdRow;
import id.desatumis.kit.security.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The OPD API's lists (issue 10, item 8): the interventions the caller's office (or partner) answers for, and those of
 * them past their due date and not delivered in full. Read from the interventions table, which is written with the
 * events (so it is never behind them). A token whose office is not registered here answers for nothing: an empty page.
 */
@ApplicationScoped
public class OpdQueries {

    /** The filters of the list, each null for any. */
    public record Filter(Stage stage, String desaCode, NeedKind kind, OffsetDateTime since) {
    }

    private final InterventionIndex index;
    private final Actors actors;
    private final Pool pool;
    private final Clock clock;

    public OpdQueries(InterventionIndex index, Actors actors, Pool pool, Clock clock) {
        this.index = index;
        this.actors = actors;
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<Map<String, Object>> interventions(Caller caller, Filter f, int page, int size) {
        return ofActor(caller, page, size, actorId -> index.ofActor(pool,
                new OpdFilter(actorId, f.stage(), f.desaCode(), f.kind(), f.since()), page, size));
    }

    /** Due before today (Sragen's date) and not delivered in full; the most late first. */
    public Uni<Map<String, Object>> overdue(Caller caller, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        return ofActor(caller, page, size, actorId -> index.overdueOf(pool, actorId, today, page, size));
    }

    private Uni<Map<String, Object>> ofActor(Caller caller, int page, int size, Function<UUID, Uni<OpdPage>> query) {
        return actors.actingFor(pool, caller).chain((Optional<UUID> actor) -> actor.isEmpty()
                ? Uni.createFrom().item(new OpdPage(List.of(), 0))
                : query.apply(actor.get()))
                .map(p -> page(p, page, size));
    }

    private static Map<String, Object> page(OpdPage p, int page, int size) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", p.rows().stream().map(OpdQueries::item).toList());
        body.put("page", page);
        body.put("size", size);
        body.put("total", p.total());
        return body;
    }

    private static Map<String, Object> item(OpdRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("interventionId", r.interventionId().toString());
        m.put("needId", text(r.needId()));
        m.put("householdId", r.householdId().toString());
        m.put("memberId", text(r.memberId()));
        m.put("kind", r.kind().name());
        m.put("desaCode", r.desaCode());
        m.put("stage", r.stage().name());
        m.put("unplanned", r.unplanned());
        m.put("sourceType", r.sourceType() == null ? null : r.sourceType().name());
        m.put("planned", DeliveryAnswers.amount(r.planned()));
        m.put("delivered", DeliveryAnswers.amount(r.delivered()));
        m.put("dueDate", text(r.dueDate()));
        m.put("plannedOn", text(r.plannedOn()));
        m.put("lastDeliveredOn", text(r.lastDeliveredOn()));
        m.put("verifiedOn", text(r.verifiedOn()));
        m.put("version", r.version());
        m.put("updatedAt", r.updatedAt().toString());
        return m;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
