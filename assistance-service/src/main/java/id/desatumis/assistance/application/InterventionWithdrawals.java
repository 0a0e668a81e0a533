package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.HouseholdEvent;
import id.desatumis.assistance.domain.HouseholdEvent.NeedCancelled;
import id.desatumis.assistance.domain.HouseholdEvent.NeedClosed;
import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.InterventionEvent;
import id.desatumis.assistance.domain.Interventions;
import id.desatumis.assistance.domain.NeedStatus;
import id.desatumis.assistance.domain.NeedsOfHousehold;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.aggregate.Loaded;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What cancelling or closing a planned need does to its intervention: the intervention is cancelled with it
 * ({@link Interventions#withdrawnNeed}), in the same transaction, unless a delivery was already reported; then the
 * need stays planned and runs to its verification.
 */
@ApplicationScoped
public class InterventionWithdrawals {

    private final AggregateStore aggregates;
    private final InterventionAggregate interventions;

    public InterventionWithdrawals(AggregateStore aggregates, InterventionAggregate interventions) {
        this.aggregates = aggregates;
        this.interventions = interventions;
    }

    /** The interventions of one transaction, loaded under their locks, and what was decided for them so far. */
    public final class Session {

        private final Map<UUID, Loaded<Intervention>> loaded;
        private final Map<UUID, Intervention> current = new HashMap<>();
        private final Map<UUID, List<InterventionEvent>> decided = new LinkedHashMap<>();

        private Session(Map<UUID, Loaded<Intervention>> loaded) {
            this.loaded = loaded;
            loaded.forEach((id, l) -> current.put(id, l.state()));
        }

        /** The planned needs of the household whose intervention cannot be withdrawn: a delivery was reported. */
        public Set<UUID> deliveryReported(NeedsOfHousehold household) {
            Set<UUID> kept = new HashSet<>();
            for (NeedsOfHousehold.Need n : household.needs().values()) {
                // whether anything would be withdrawn does not depend on the reason
                if (n.status() == NeedStatus.PLANNED && withdrawal(n.interventionId(), "ASKED").isEmpty()) kept.add(n.needId());
            }
            return kept;
        }

        /**
         * The needs these events cancel or close that were planned take their interventions with them, cancelled for
         * the need's reason (NO_LONGER_LISTED, GRADUATED, MEMBER_DIED, ...).
         */
        public void withdrawPlanned(NeedsOfHousehold before, List<HouseholdEvent> events) {
            for (HouseholdEvent e : events) {
                UUID needId = null;
                String reason = null;
                if (e instanceof NeedCancelled c) {
                    needId = c.needId();
                    reason = c.reason().name();
                } else if (e instanceof NeedClosed c) {
                    needId = c.needId();
                    reason = c.reason().name();
                }
                NeedsOfHousehold.Need need = needId == null ? null : before.need(needId);
                if (need == null || need.status() != NeedStatus.PLANNED) continue;
                List<InterventionEvent> withdrawn = withdrawal(need.interventionId(), reason);
                current.put(need.interventionId(), interventions.fold(current.get(need.interventionId()), withdrawn));
                decided.computeIfAbsent(need.interventionId(), id -> new ArrayList<>()).addAll(withdrawn);
            }
        }

        /** The interventions' changes, to append with the households'. */
        public List<Change<?, ?>> changes() {
            List<Change<?, ?>> changes = new ArrayList<>();
            decided.forEach((id, events) -> changes.add(new Change<>(interventions, loaded.get(id), events)));
            return changes;
        }

        private List<InterventionEvent> withdrawal(UUID interventionId, String reason) {
            Intervention state = current.get(interventionId);
            if (state == null) throw new IllegalStateException("intervention " + interventionId + " was not locked");
            return Interventions.withdrawnNeed(state, reason);
        }
    }

    /** Loads the interventions, whose streams the caller has locked. */
    public Uni<Session> open(SqlConnection tx, Set<UUID> interventionIds) {
        if (interventionIds.isEmpty()) return Uni.createFrom().item(new Session(Map.of()));
        List<UUID> ids = List.copyOf(interventionIds);
        return Uni.join().all(ids.stream().map(id -> aggregates.load(tx, interventions, id)).toList()).andFailFast()
                .map(all -> {
                    Map<UUID, Loaded<Intervention>> loaded = new HashMap<>();
                    for (int i = 0; i < ids.size(); i++) loaded.put(ids.get(i), all.get(i));
                    return new Session(loaded);
                });
    }
}
