package id.desatumis.kit.schema;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database made by the old layout (one shared Flyway history, the service's own copies of the kit's tables). */
@QuarkusTest
@TestProfile(KitSchemaOnLegacyDatabaseTest.OnLegacyDatabase.class)
class KitSchemaOnLegacyDatabaseTest {

    public static class OnLegacyDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LegacyDatabase.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    static final String KIT_HISTORY = "platform_kit_schema_history";

    @Inject
    DataSource dataSource;
    @Inject
    Flyway flyway;

    @Test
    void theKitsRowsMoveToTheKitsHistoryWithTheirChecksumsAndTheRetiredCopiesLeave() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<String> before = snapshot(c, "history");
            List<String> kitBefore = before.stream().filter(line -> line.startsWith("1.")).toList();
            assertThat(kitBefore).as("the old layout kept the kit's rows in the service's history").hasSize(6);

            List<String> kit = SchemaSnapshot.history(c, KIT_HISTORY);
            assertThat(kit.subList(0, kitBefore.size())).isEqualTo(kitBefore);
            assertThat(SchemaSnapshot.versions(c, KIT_HISTORY))
                    .containsExactlyInAnyOrderElementsOf(SchemaTestDatabase.referenceKitVersions());
            assertThat(kit).allMatch(line -> line.endsWith(" true"));

            assertThat(SchemaSnapshot.history(c, "flyway_schema_history"))
                    .as("the service's own rows stay as they were; its copies of the kit's tables are gone")
                    .isEqualTo(before.stream().filter(line -> line.startsWith("10 ") || line.startsWith("13 ")).toList());
        }
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void theRowsOfTheKitsTablesSurvive() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(snapshot(c, "rows")).hasSize(5);
            assertThat(SchemaSnapshot.kitTablesRows(c)).isEqualTo(snapshot(c, "rows"));
            assertThat(SchemaSnapshot.lines(c, "SELECT note || ' ' || author FROM service_notes")).containsExactly("kept tester");
        }
    }

    @Test
    void theKitsTablesHaveTheKitsShapeAndErasuresTakePersonsToo() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(SchemaSnapshot.kitTablesShape(c)).isEqualTo(SchemaTestDatabase.referenceShape());
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO erasures (subject_id, kind, erased_by, legal_basis) "
                        + "VALUES (gen_random_uuid(), 'person', 'auditor-1', 'test')");
                assertThatThrownBy(() -> st.execute("INSERT INTO erasures (subject_id, kind, erased_by, legal_basis) "
                        + "VALUES (gen_random_uuid(), 'village', 'auditor-1', 'test')"))
                        .hasMessageContaining("erasures_kind_check");
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    @Test
    void startingAgainChangesNothing() throws SQLException {
        List<String> before = everything();
        // what Quarkus runs at every start (with no connection held here: the pool has two)
        assertThat(flyway.migrate().migrationsExecuted).isZero();
        assertThat(everything()).isEqualTo(before);
    }

    private List<String> everything() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return SchemaSnapshot.everything(c, KIT_HISTORY);
        }
    }

    private static List<String> snapshot(Connection c, String what) throws SQLException {
        return SchemaSnapshot.lines(c, "SELECT line FROM legacy_snapshot WHERE what = '" + what + "' ORDER BY ord");
    }
}
