package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.HouseholdEvent.NeedCancelled;
import id.desatumis.assistance.domain.HouseholdEvent.NeedClosed;
import id.desatumis.assistance.domain.HouseholdEvent;
import id.desatumis.assistance.domain.NeedStatus;
import id.desatumis.assistance.domain.NeedsOfHousehold;
import id.desatumis.kit.aggregate.AggregateStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What cancelling or closing a planned need does to its intervention: the intervention is cancelled with it, unless a
 * delivery was already reported (then the need stays planned and runs to its verification).
 *
 * <p>Until the intervention aggregate is here, every planned need counts as having had a delivery reported: nothing a
 * household's news does touches a planned need.
 */
@ApplicationScoped
public class InterventionWithdrawals {

    /** The interventions of one transaction, loaded under their locks, and what was decided for them so far. */
    public static final class Session {

        /** The planned needs of the household whose intervention cannot be withdrawn (a delivery was reported). */
        public Set<UUID> deliveryReported(NeedsOfHousehold household, String reason) {
            return household.needs().values().stream().filter(n -> n.status() == NeedStatus.PLANNED)
                    .map(NeedsOfHousehold.Need::needId).collect(Collectors.toSet());
        }

        /** The needs these events cancel or close that were planned take their interventions with them. */
        public void withdrawPlanned(NeedsOfHousehold before, List<HouseholdEvent> events, String reason) {
            for (HouseholdEvent e : events) {
                UUID needId = e instanceof NeedCancelled c ? c.needId() : e instanceof NeedClosed c ? c.needId() : null;
                NeedsOfHousehold.Need need = needId == null ? null : before.need(needId);
                if (need != null && need.status() == NeedStatus.PLANNED) withdraw(need.interventionId(), reason);
            }
        }

        private void withdraw(UUID interventionId, String reason) {
            // nothing is withdrawn while every planned need is kept (see the class comment)
        }

        /** The interventions' changes, to append with the households'. */
        public List<AggregateStore.Change<?, ?>> changes() {
            return List.of();
        }
    }

    /** Loads the interventions, whose streams the caller has locked. */
    public Uni<Session> open(SqlConnection tx, Collection<UUID> interventionIds) {
        return Uni.createFrom().item(new Session());
    }
}
