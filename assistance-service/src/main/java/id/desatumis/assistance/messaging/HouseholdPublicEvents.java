package id.desatumis.assistance.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.application.HouseholdAggregate;
import id.desatumis.assistance.domain.HouseholdEvent.HouseholdNeedsMet;
import id.desatumis.assistance.domain.HouseholdEvent.NeedCancelled;
import id.desatumis.assistance.domain.HouseholdEvent.NeedClosed;
import id.desatumis.assistance.domain.HouseholdEvent;
import id.desatumis.assistance.domain.NeedsOfHousehold;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.HouseholdNeedsMetV1;
import id.desatumis.contracts.assistance.NeedCancelledV1;
import id.desatumis.contracts.assistance.NeedClosedV1;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.outbox.PublicRecord;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;

import static id.desatumis.assistance.messaging.InterventionContracts.name;
import static id.desatumis.assistance.messaging.InterventionContracts.text;

/**
 * What assistance-service publishes of households' needs, on {@link AssistanceTopics#INTERVENTION} keyed by
 * {@code household-<id>}: a need cancelled or closed (ids, kind, desa and the reason as a code; a closure's note stays
 * here) and HouseholdNeedsMet, for monitoring. Identification comes from assessment-service's own NeedsIdentified, and
 * planning and meeting from the interventions' events; the rest (member ids above all) is internal.
 */
@Singleton
public class HouseholdPublicEvents extends AssistanceCatalog<NeedsOfHousehold, HouseholdEvent> {

    public HouseholdPublicEvents(AggregateStore aggregates, Pool pool, HouseholdAggregate households, ObjectMapper mapper) {
        super(aggregates, pool, households.forPublishing(), Set.of("NeedCancelled", "NeedClosed", "HouseholdNeedsMet"), mapper);
    }

    @Override
    protected Optional<PublicRecord> map(StoredEvent stored, HouseholdEvent event) {
        String at = recordedAt(stored);
        String household = event.householdId().toString();
        if (event instanceof NeedCancelled e) {
            return publish(NeedCancelledV1.CE_TYPE, new NeedCancelledV1(household, text(e.needId()), name(e.kind()),
                    e.desaCode(), name(e.reason()), at));
        }
        if (event instanceof NeedClosed e) {
            return publish(NeedClosedV1.CE_TYPE, new NeedClosedV1(household, text(e.needId()), name(e.kind()),
                    e.desaCode(), name(e.reason()), at));
        }
        if (event instanceof HouseholdNeedsMet e) {
            return publish(HouseholdNeedsMetV1.CE_TYPE, new HouseholdNeedsMetV1(household, e.desaCode(), e.met(),
                    e.closed(), at));
        }
        return Optional.empty();
    }
}
