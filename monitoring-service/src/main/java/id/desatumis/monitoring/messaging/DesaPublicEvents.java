package id.desatumis.monitoring.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.monitoring.DesaJoinedProgrammeV1;
import id.desatumis.contracts.monitoring.MonitoringTopics;
import id.desatumis.contracts.monitoring.VillageDeclaredTuntasV1;
import id.desatumis.kit.aggregate.AggregateEventCatalog;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.outbox.PublicRecord;
import id.desatumis.monitoring.application.DesaAggregate;
import id.desatumis.monitoring.domain.DesaEvent;
import id.desatumis.monitoring.domain.DesaEvent.DesaJoinedProgramme;
import id.desatumis.monitoring.domain.DesaEvent.VillageDeclaredTuntas;
import id.desatumis.monitoring.domain.DesaProgramme;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/**
 * What monitoring-service publishes, on {@link MonitoringTopics#DESA}: tkpkd's decisions about desa, intakes and
 * tuntas declarations, keyed by the desa's stream. Codes, numbers and counts: nothing personal. The service's own
 * projection reads them back from the topic (see {@link DesaProgrammePart}).
 */
@Singleton
public class DesaPublicEvents extends AggregateEventCatalog<DesaProgramme, DesaEvent> {

    private final ObjectMapper mapper;

    public DesaPublicEvents(AggregateStore aggregates, Pool pool, DesaAggregate desa, ObjectMapper mapper) {
        super(aggregates, pool, desa, Set.of("DesaJoinedProgramme", "VillageDeclaredTuntas"));
        this.mapper = mapper;
    }

    @Override
    public String source() {
        return MonitoringTopics.SOURCE;
    }

    @Override
    public Set<String> topics() {
        return Set.of(MonitoringTopics.DESA);
    }

    @Override
    protected Optional<PublicRecord> map(StoredEvent stored, DesaEvent event) {
        String at = DateTimeFormatter.ISO_INSTANT.format(stored.recordedAt().toInstant());
        if (event instanceof DesaJoinedProgramme e) {
            return publish(DesaJoinedProgrammeV1.CE_TYPE,
                    new DesaJoinedProgrammeV1(e.desaCode(), e.intakeYear(), e.decisionNumber(), at));
        }
        if (event instanceof VillageDeclaredTuntas e) {
            return publish(VillageDeclaredTuntasV1.CE_TYPE, new VillageDeclaredTuntasV1(e.desaCode(), e.decisionNumber(),
                    e.householdsMet(), e.needsMet(), e.needsClosed(), at));
        }
        return Optional.empty();
    }

    private Optional<PublicRecord> publish(String cloudEventType, Object contract) {
        return PublicRecord.of(MonitoringTopics.DESA, cloudEventType, mapper, contract);
    }
}
