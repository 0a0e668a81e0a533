package id.desatumis.monitoring.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.monitoring.DesaJoinedProgrammeV1;
import id.desatumis.contracts.monitoring.MonitoringTopics;
import id.desatumis.contracts.monitoring.VillageDeclaredTuntasV1;
import id.desatumis.kit.inbox.BatchProjection.Change;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.monitoring.persistence.DesaProgrammeRows;
import id.desatumis.monitoring.persistence.DesaProgrammeRows.Declared;
import id.desatumis.monitoring.persistence.DesaProgrammeRows.Fact;
import id.desatumis.monitoring.persistence.DesaProgrammeRows.Joined;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The programme part of the projection (table {@code desa_programme}, projection/40-desa.sql): which desa joined in
 * which intake and which were declared tuntas, read from monitoring-service's own topic like every other fact, so a
 * rebuild from the topics reproduces it. A fact changes the figures of its desa.
 */
@ApplicationScoped
public class DesaProgrammePart implements ProjectionPart<Fact> {

    private final ObjectMapper mapper;
    private final DesaProgrammeRows rows;

    public DesaProgrammePart(ObjectMapper mapper, DesaProgrammeRows rows) {
        this.mapper = mapper;
        this.rows = rows;
    }

    @Override
    public String name() {
        return "desa-programme";
    }

    @Override
    public Set<String> topics() {
        return Set.of(MonitoringTopics.DESA);
    }

    @Override
    public Optional<Fact> read(ConsumedEvent event) {
        if (DesaJoinedProgrammeV1.CE_TYPE.equals(event.type())) {
            DesaJoinedProgrammeV1 e = event.payloadAs(mapper, DesaJoinedProgrammeV1.class, name());
            return Optional.of(new Joined(required(event, e.desaCode()), e.intakeYear(),
                    required(event, e.decisionNumber()), instant(event, e.joinedAt())));
        }
        if (VillageDeclaredTuntasV1.CE_TYPE.equals(event.type())) {
            VillageDeclaredTuntasV1 e = event.payloadAs(mapper, VillageDeclaredTuntasV1.class, name());
            return Optional.of(new Declared(required(event, e.desaCode()), required(event, e.decisionNumber()),
                    instant(event, e.declaredAt()), e.householdsMet(), e.needsMet(), e.needsClosed()));
        }
        return Optional.empty();
    }

    @Override
    public Uni<Set<String>> apply(SqlConnection tx, List<Change<Fact>> fresh) {
        List<Joined> joined = fresh.stream().map(Change::change).filter(Joined.class::isInstance).map(Joined.class::cast).toList();
        List<Declared> declared = fresh.stream().map(Change::change).filter(Declared.class::isInstance)
                .map(Declared.class::cast).toList();
        Set<String> changed = new LinkedHashSet<>();
        fresh.forEach(c -> changed.add(c.change().desaCode()));
        return rows.joined(tx, joined).chain(() -> rows.declared(tx, declared)).replaceWith(changed);
    }

    private String required(ConsumedEvent event, String value) {
        if (value == null || value.isBlank()) throw malformed(event, null);
        return value;
    }

    private OffsetDateTime instant(ConsumedEvent event, String value) {
        try {
            return Instant.parse(required(event, value)).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw malformed(event, e);
        }
    }

    private ConsumedEvent.MalformedEvent malformed(ConsumedEvent event, Throwable cause) {
        return new ConsumedEvent.MalformedEvent("malformed " + event.type() + " " + event.id() + " of stream "
                + event.subject() + ": " + name() + " stops until it is fixed", cause);
    }
}
