package id.desatumis.contracts;

import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The AsyncAPI file is checked against the records, so the two cannot drift apart. */
class ContractsMatchAsyncApiTest {

    @Test
    void everyFieldOfHouseholdRegisteredIsDocumented() throws Exception {
        String yaml = read("/asyncapi/registry.yaml");
        assertTrue(yaml.contains("name: " + HouseholdRegisteredV1.CE_TYPE));
        for (RecordComponent c : HouseholdRegisteredV1.class.getRecordComponents()) {
            assertTrue(yaml.contains(c.getName() + ":"), "AsyncAPI lacks " + c.getName());
        }
        for (RecordComponent c : HouseholdRegisteredV1.Member.class.getRecordComponents()) {
            assertTrue(yaml.contains(c.getName() + ":"), "AsyncAPI lacks member." + c.getName());
        }
    }

    @Test
    void everyFieldOfMemberAddedIsDocumented() throws Exception {
        String yaml = read("/asyncapi/registry.yaml");
        assertTrue(yaml.contains("name: " + id.desatumis.contracts.registry.MemberAddedV1.CE_TYPE));
        for (RecordComponent c : id.desatumis.contracts.registry.MemberAddedV1.class.getRecordComponents()) {
            assertTrue(yaml.contains(c.getName() + ":"), "AsyncAPI lacks " + c.getName());
        }
    }

    @Test
    void ageBandsFollowTheFixedListAtTheirBoundaries() {
        LocalDate asOf = LocalDate.of(2026, 6, 1);
        assertEquals("0-6", AgeBand.of(LocalDate.of(2019, 6, 2), asOf).label());
        assertEquals("7-12", AgeBand.of(LocalDate.of(2019, 6, 1), asOf).label());
        assertEquals("60+", AgeBand.of(LocalDate.of(1966, 6, 1), asOf).label());
        assertEquals("25-59", AgeBand.of(LocalDate.of(1966, 6, 2), asOf).label());
        assertEquals(AgeBand.AGE_16_18, AgeBand.fromLabel("16-18"));
    }

    private static String read(String resource) throws Exception {
        try (InputStream in = ContractsMatchAsyncApiTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
