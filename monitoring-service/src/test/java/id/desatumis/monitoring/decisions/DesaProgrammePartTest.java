package id.desatumis.monitoring.decisions;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.monitoring.DesaJoinedProgrammeV1;
import id.desatumis.contracts.monitoring.MonitoringTopics;
import id.desatumis.contracts.monitoring.VillageDeclaredTuntasV1;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.inbox.BatchProjection.Change;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.monitoring.messaging.DesaProgrammePart;
import id.desatumis.monitoring.persistence.DesaProgrammeRows.Fact;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * DesaProgrammePart against its table, in a projection schema of the test's own (the engine that feeds it batches is
 * another's): it reads monitoring's own topic, writes each fact's columns, converges whatever order the facts come
 * in, and says which desa changed. Desa codes here touch no other test: the schema is this test's.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class DesaProgrammePartTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String JOINED_AT = "2022-03-01T02:00:00Z";
    static final String DECLARED_AT = "2026-11-20T03:30:00Z";

    @Inject
    Pool pool;
    @Inject
    DesaProgrammePart part;
    PartSchema schema;

    @BeforeEach
    void schema() {
        schema = new PartSchema(pool, "h_decisions_part").create();
    }

    static ConsumedEvent event(String type, String desa, long sequence, Object payload) throws Exception {
        return new ConsumedEvent(UUID.randomUUID(), type, MonitoringTopics.SOURCE, "desa-" + desa,
                OffsetDateTime.now(), sequence, null, JSON.writeValueAsString(payload));
    }

    Set<String> apply(ConsumedEvent... events) {
        List<Change<Fact>> changes = new ArrayList<>();
        for (ConsumedEvent e : events) part.read(e).ifPresent(f -> changes.add(new Change<>(e, f)));
        return schema.run(tx -> part.apply(tx, changes));
    }

    Row row(String desa) {
        return schema.run(tx -> tx.preparedQuery("SELECT * FROM desa_programme WHERE desa_code = $1")
                .execute(Tuple.of(desa)).map(rows -> rows.iterator().hasNext() ? rows.iterator().next() : null));
    }

    @Test
    void anIntakeAndADeclarationAreTheDesasRow() throws Exception {
        String desa = "33.14.07.2003";
        assertThat(apply(event(DesaJoinedProgrammeV1.CE_TYPE, desa, 1,
                new DesaJoinedProgrammeV1(desa, 2022, "TKPKD/2022/1", JOINED_AT)))).containsExactly(desa);
        Row joined = row(desa);
        assertThat(joined.getInteger("intake_year")).isEqualTo(2022);
        assertThat(joined.getString("intake_decision")).isEqualTo("TKPKD/2022/1");
        assertThat(joined.getOffsetDateTime("joined_at").toInstant()).isEqualTo(OffsetDateTime.parse(JOINED_AT).toInstant());
        assertThat(joined.getString("tuntas_decision")).isNull();

        assertThat(apply(event(VillageDeclaredTuntasV1.CE_TYPE, desa, 2,
                new VillageDeclaredTuntasV1(desa, "MD/1", 529, 1200, 37, DECLARED_AT)))).containsExactly(desa);
        Row declared = row(desa);
        assertThat(declared.getInteger("intake_year")).isEqualTo(2022);
        assertThat(declared.getString("tuntas_decision")).isEqualTo("MD/1");
        assertThat(declared.getOffsetDateTime("tuntas_declared_at").toInstant())
                .isEqualTo(OffsetDateTime.parse(DECLARED_AT).toInstant());
        assertThat(List.of(declared.getInteger("households_met"), declared.getInteger("needs_met"),
                declared.getInteger("needs_closed"))).containsExactly(529, 1200, 37);
    }

    @Test
    void aBatchOfSeveralDesaConvergesWhateverTheOrderOfItsFacts() throws Exception {
        String a = "33.14.05.2005";
        String b = "33.14.02.2010";
        Set<String> changed = apply(
                event(VillageDeclaredTuntasV1.CE_TYPE, a, 2, new VillageDeclaredTuntasV1(a, "MD/A", 1, 2, 3, DECLARED_AT)),
                event(DesaJoinedProgrammeV1.CE_TYPE, b, 1, new DesaJoinedProgrammeV1(b, 2023, "TKPKD/2023/1", JOINED_AT)),
                event(DesaJoinedProgrammeV1.CE_TYPE, a, 1, new DesaJoinedProgrammeV1(a, 2022, "TKPKD/2022/1", JOINED_AT)));
        assertThat(changed).containsExactlyInAnyOrder(a, b);
        assertThat(row(a).getInteger("intake_year")).isEqualTo(2022);
        assertThat(row(a).getString("tuntas_decision")).isEqualTo("MD/A");
        assertThat(row(b).getInteger("intake_year")).isEqualTo(2023);
        assertThat(row(b).getString("tuntas_decision")).isNull();
    }

    @Test
    void otherTypesAreNotReadAndNothingFreshChangesNothing() throws Exception {
        assertThat(part.read(event("id.desatumis.monitoring.SomethingElse.v1", "33.14.01.2001", 1, "{}"))).isEmpty();
        assertThat(apply()).isEmpty();
        assertThat(part.topics()).containsExactly(MonitoringTopics.DESA);
    }

    @Test
    void aPayloadThatDoesNotReadStopsThePart() throws Exception {
        assertThatThrownBy(() -> part.read(new ConsumedEvent(UUID.randomUUID(), DesaJoinedProgrammeV1.CE_TYPE,
                MonitoringTopics.SOURCE, "desa-33.14.01.2001", OffsetDateTime.now(), 1, null, "{not json")))
                .isInstanceOf(ConsumedEvent.MalformedEvent.class);
        assertThatThrownBy(() -> part.read(event(DesaJoinedProgrammeV1.CE_TYPE, "33.14.01.2001", 1,
                new DesaJoinedProgrammeV1("33.14.01.2001", 2022, "T", "yesterday"))))
                .isInstanceOf(ConsumedEvent.MalformedEvent.class);
        assertThatThrownBy(() -> part.read(event(VillageDeclaredTuntasV1.CE_TYPE, "33.14.01.2001", 2,
                new VillageDeclaredTuntasV1(null, "MD", 1, 1, 1, DECLARED_AT))))
                .isInstanceOf(ConsumedEvent.MalformedEvent.class);
    }
}
