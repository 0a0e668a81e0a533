package id.desatumis.kit.aggregate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stored-event declarations: stable names, versions, upcasting, and what they refuse. */
class EventTypesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aStoredNameAndVersionComeFromTheDeclarationNotTheJavaClass() {
        var types = LedgerTypes.TODAY.eventTypes();
        assertThat(types.declared(new Ledger.Deposited(5, "BANK"))).extracting("name", "version").containsExactly("Deposited", 2);
        assertThat(types.named("Deposited")).get().extracting(EventTypes.Declared::javaType).isEqualTo(Ledger.Deposited.class);
        assertThat(types.named("Ledger$Deposited")).isEmpty();
    }

    @Test
    void aPayloadStoredAtVersionOneIsUpcastToTheCurrentVersion() {
        ObjectNode v1 = JSON.createObjectNode().put("amount", 2500);
        ObjectNode current = LedgerTypes.TODAY.eventTypes().upcast("Deposited", 1, v1);
        assertThat(current.get("amountRupiah").asLong()).isEqualTo(2500);
        assertThat(current.get("source").asText()).isEqualTo("COUNTER");
        assertThat(current.has("amount")).isFalse();
    }

    @Test
    void aPayloadAtTheCurrentVersionIsReadAsItIs() {
        ObjectNode v2 = JSON.createObjectNode().put("amountRupiah", 7).put("source", "BANK");
        assertThat(LedgerTypes.TODAY.eventTypes().upcast("Deposited", 2, v2)).isEqualTo(v2);
    }

    @Test
    void aVersionNewerThanThisBuildReadsIsRefusedNotMisread() {
        assertThatThrownBy(() -> LedgerTypes.TODAY.eventTypes().upcast("Deposited", 3, JSON.createObjectNode()))
                .hasMessageContaining("newer than this build reads");
    }

    @Test
    void everyRecordOfASealedFamilyMustBeDeclared() {
        assertThatThrownBy(() -> EventTypes.of(Ledger.Event.class).type("Deposited", 1, Ledger.Deposited.class).build())
                .hasMessageContaining("Withdrawn").hasMessageContaining("declare it");
    }

    @Test
    void aVersionAboveOneNeedsEveryUpcasterBelowIt() {
        assertThatThrownBy(() -> EventTypes.of(Ledger.Event.class)
                .type("Deposited", 3, Ledger.Deposited.class).type("Withdrawn", 1, Ledger.Withdrawn.class)
                .upcaster("Deposited", 1, t -> t).build())
                .hasMessageContaining("no upcaster from version 2");
    }

    @Test
    void aNameIsDeclaredOnceAndIsPascalCase() {
        assertThatThrownBy(() -> EventTypes.of(Ledger.Event.class).type("Deposited", 1, Ledger.Deposited.class)
                .type("Deposited", 1, Ledger.Withdrawn.class)).hasMessageContaining("declared twice");
        assertThatThrownBy(() -> EventTypes.of(Ledger.Event.class).type("deposited.v1", 1, Ledger.Deposited.class))
                .hasMessageContaining("PascalCase");
    }
}
