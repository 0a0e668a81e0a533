package id.desatumis.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevStackTest {

    @Test
    void startsARealPostgresWithADatabasePerService() throws Exception {
        DevStack stack = DevStack.shared();
        stack.postgres().ensureDatabase("devstack_smoke");
        stack.postgres().ensureDatabase("devstack_smoke"); // a second time is a no-op
        try (var c = DriverManager.getConnection(stack.postgres().jdbcUrl("devstack_smoke"),
                stack.postgres().user(), stack.postgres().password());
             var rs = c.createStatement().executeQuery("SELECT current_database(), current_setting('server_version_num')::int")) {
            assertTrue(rs.next());
            assertEquals("devstack_smoke", rs.getString(1));
            assertTrue(rs.getInt(2) >= 150000, "PostgreSQL 15 or later");
        }
    }

    @Test
    void startsARealKafkaThatRefusesToAutoCreateTopics() throws Exception {
        DevStack stack = DevStack.shared();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic("devstack.smoke", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            assertTrue(admin.listTopics().names().get(30, TimeUnit.SECONDS).contains("devstack.smoke"));
            var config = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS);
            assertEquals(1, config.size());
        }
    }
}
