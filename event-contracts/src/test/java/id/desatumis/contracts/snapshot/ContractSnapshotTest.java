package id.desatumis.contracts.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.contracts.assistance.ReservationRequestedV1;
import id.desatumis.contracts.partner.PledgeOfferedV1;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every published contract against its last released JSON Schema, committed in {@code contract-snapshots}. Run with
 * {@code -Dcontracts.snapshot.record=true} on a release to write the schemas as released: new contracts get their
 * first snapshot, compatible changes (a new optional field) are taken in, and a breaking change is still refused.
 */
class ContractSnapshotTest {

    /** Read and written in the source tree (surefire runs in the module's folder), so a recording can be committed. */
    private static final Path SNAPSHOTS = Path.of("src/test/resources/contract-snapshots");
    private static final String RECORD_COMMAND = "mvn -pl event-contracts test -Dcontracts.snapshot.record=true";
    private static final boolean RECORDING = Boolean.getBoolean("contracts.snapshot.record");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TestFactory
    Stream<DynamicTest> everyContractIsCompatibleWithItsReleasedSchema() {
        return PublishedContracts.all().stream().map(contract -> dynamicTest(contract.ceType(), () -> check(contract)));
    }

    @Test
    void theScanFindsContractsOfEveryProducer() {
        List<Class<?>> found = PublishedContracts.all().stream().<Class<?>>map(PublishedContract::record).toList();
        assertTrue(found.contains(HouseholdRegisteredV1.class), "the registry's contracts were not found: " + found);
        assertTrue(found.contains(NeedsIdentifiedV1.class), "the assessment's contracts were not found: " + found);
        assertTrue(found.contains(PledgeOfferedV1.class), "the partner service's contracts were not found: " + found);
        assertTrue(found.contains(ReservationRequestedV1.class), "the assistance service's contracts were not found: " + found);
    }

    @Test
    void everyTopLevelRecordIsANamedContract() {
        List<String> unnamed = PublishedContracts.topLevelRecords().stream()
                .filter(type -> PublishedContracts.ceType(type) == null).map(Class::getName).toList();
        assertEquals(List.of(), unnamed, "records without CE_TYPE would escape the snapshot check; nest parts of a"
                + " contract inside it, and give each contract its CE_TYPE");
    }

    @Test
    void everyReleasedSchemaStillHasItsContract() throws IOException {
        Set<String> expected = PublishedContracts.all().stream().map(PublishedContract::snapshotFileName)
                .collect(Collectors.toSet());
        if (!Files.isDirectory(SNAPSHOTS)) {
            return; // nothing released yet (the first recording creates the folder)
        }
        try (Stream<Path> files = Files.list(SNAPSHOTS)) {
            List<String> orphans = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".schema.json") && !expected.contains(name)).sorted().toList();
            assertEquals(List.of(), orphans, "released contracts whose record is gone: their events stay on the"
                    + " topics forever and consumers replay them, so a released contract is never removed");
        }
    }

    private static void check(PublishedContract contract) throws IOException {
        JsonNode current = ContractSchemas.of(contract);
        Path snapshot = SNAPSHOTS.resolve(contract.snapshotFileName());
        if (!Files.exists(snapshot)) {
            if (RECORDING) {
                write(snapshot, current);
                return;
            }
            fail(contract.ceType() + " has no released schema: record it with `" + RECORD_COMMAND + "` and commit "
                    + snapshot);
        }
        List<String> breaking = SchemaCompatibility.breakingChanges(JSON.readTree(snapshot.toFile()), current);
        assertEquals(List.of(), breaking, contract.record().getSimpleName() + " breaks its released schema " + snapshot
                + "; publish a new version (a new record with its own CE_TYPE) instead");
        if (RECORDING) {
            write(snapshot, current);
        }
    }

    private static void write(Path snapshot, JsonNode schema) throws IOException {
        Files.createDirectories(snapshot.getParent());
        Files.writeString(snapshot, JSON.writeValueAsString(schema) + "\n");
    }
}
