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
import java.util.List;

import static id.desatumis.kit.schema.KitSchemaOnLegacyDatabaseTest.KIT_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;

/** A service's first start on an empty database. */
@QuarkusTest
@TestProfile(KitSchemaOnFreshDatabaseTest.OnFreshDatabase.class)
class KitSchemaOnFreshDatabaseTest {

    public static class OnFreshDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FreshDatabase.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    DataSource dataSource;
    @Inject
    Flyway flyway;

    @Test
    void theKitsMigrationsAreInTheKitsHistoryAndTheServicesInItsOwn() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(SchemaSnapshot.versions(c, KIT_HISTORY))
                    .containsExactlyInAnyOrderElementsOf(SchemaTestDatabase.referenceKitVersions());
            assertThat(SchemaSnapshot.history(c, KIT_HISTORY)).allMatch(line -> line.endsWith(" true"));
            assertThat(SchemaSnapshot.versions(c, "flyway_schema_history"))
                    .as("a baseline below every service migration, then the service's own")
                    .containsExactly("0", "10", "13");
            assertThat(SchemaSnapshot.kitTablesShape(c)).isEqualTo(SchemaTestDatabase.referenceShape());
        }
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
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
}
