package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.HouseholdEvent;
import id.desatumis.assistance.domain.NeedsOfHousehold;
import id.desatumis.assistance.persistence.ReferenceCodeRows;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.eventstore.EventMetadata;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A consumer's batch of news of households, in one transaction: every household of the batch (and the interventions of
 * its planned needs) locked before the first write ({@link #prepare}), then each piece of news decided in order on the
 * household as the news before it left it, and every household's and intervention's new events appended in one call
 * with their read models ({@link #apply}). Reference codes are written beside them; an erased household's key is
 * deleted last ({@link HouseholdForgetting}).
 */
@ApplicationScoped
public class HouseholdNewsBatch {

    private final AggregateStore aggregates;
    private final HouseholdAggregate households;
    private final HouseholdLocks locks;
    private final InterventionWithdrawals withdrawals;
    private final ReferenceCodeRows codes;
    private final HouseholdForgetting forgetting;

    public HouseholdNewsBatch(AggregateStore aggregates, HouseholdAggregate households, HouseholdLocks locks,
                              InterventionWithdrawals withdrawals, ReferenceCodeRows codes, HouseholdForgetting forgetting) {
        this.aggregates = aggregates;
        this.households = households;
        this.locks = locks;
        this.withdrawals = withdrawals;
        this.codes = codes;
        this.forgetting = forgetting;
    }

    /** The first thing the batch's transaction does: every piece of news counts, redeliveries too (harmless). */
    public Uni<HouseholdLocks.Locked> prepare(SqlConnection tx, List<HouseholdNews> news) {
        Set<UUID> ids = new TreeSet<>();
        news.stream().filter(n -> n instanceof HouseholdNews.Change).forEach(n -> ids.add(n.householdId()));
        return locks.lockAndLoad(tx, ids);
    }

    /** Decides the news not applied before, in order; {@code causes} holds each one's metadata. */
    public Uni<Void> apply(SqlConnection tx, HouseholdLocks.Locked locked, List<HouseholdNews> fresh,
                           List<EventMetadata> causes) {
        if (fresh.isEmpty()) return Uni.createFrom().voidItem();
        List<ReferenceCodeRows.Issued> issued = new ArrayList<>();
        for (HouseholdNews n : fresh) {
            if (n instanceof HouseholdNews.CodeIssued c) {
                issued.add(new ReferenceCodeRows.Issued(c.householdId(), c.codeHash(), c.issuedAt()));
            }
        }
        return codes.issued(tx, issued)
                .chain(() -> withdrawals.open(tx, locked.interventions()))
                .chain(session -> {
                    List<Change<?, ?>> changes = decide(locked.households(), session, fresh, causes);
                    changes.addAll(session.changes());
                    return aggregates.appendAll(tx, changes, causes.get(0));
                })
                .chain(() -> forgetting.forget(tx, fresh, causes));
    }

    private List<Change<?, ?>> decide(Map<UUID, Loaded<NeedsOfHousehold>> loaded, InterventionWithdrawals.Session session,
                                      List<HouseholdNews> fresh, List<EventMetadata> causes) {
        Map<UUID, NeedsOfHousehold> current = new HashMap<>();
        Map<UUID, List<HouseholdEvent>> decided = new LinkedHashMap<>();
        Map<UUID, EventMetadata> causeOf = new HashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            if (!(fresh.get(i) instanceof HouseholdNews.Change news)) continue;
            UUID id = news.householdId();
            NeedsOfHousehold before = current.computeIfAbsent(id, h -> loaded.get(h).state());
            List<HouseholdEvent> events = news.decide(before, session.deliveryReported(before));
            if (events.isEmpty()) continue;
            session.withdrawPlanned(before, events);
            current.put(id, households.fold(before, events));
            decided.computeIfAbsent(id, h -> new ArrayList<>()).addAll(events);
            causeOf.merge(id, causes.get(i), HouseholdNewsBatch::commonCause);
        }
        List<Change<?, ?>> changes = new ArrayList<>();
        decided.forEach((id, events) -> changes.add(new Change<>(households, loaded.get(id), events, causeOf.get(id))));
        return changes;
    }

    /** The metadata of a household's events caused by several pieces of news: their actor and correlation, no one cause. */
    private static EventMetadata commonCause(EventMetadata a, EventMetadata b) {
        if (a.equals(b)) return a;
        String correlation = Objects.equals(a.correlationId(), b.correlationId()) ? a.correlationId() : null;
        return new EventMetadata(a.actorSubject(), a.actorRole(), correlation, null, null, a.source());
    }
}
