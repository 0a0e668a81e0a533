package id.desatumis.registry.application;

import id.desatumis.kit.aggregate.EventTypes;
import id.desatumis.registry.domain.HouseholdEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The household's events are stored under the names every existing database holds, at schema version 1 (and
 * {@code ReferenceCodeIssued} since reference codes came): renaming a record in code must not change them (a changed
 * record needs a new version and an upcaster instead).
 */
class StoredEventNamesTest {

    @Test
    void theStoredNamesAreTheOnesStoredSinceTheFirstRelease() {
        assertThat(HouseholdAggregate.EVENT_TYPES.all()).extracting(EventTypes.Declared::name, EventTypes.Declared::version)
                .containsExactlyInAnyOrder(
                        tuple("HouseholdRegistered", 1),
                        tuple("MemberAdded", 1),
                        tuple("MemberDied", 1),
                        tuple("MemberMovedOut", 1),
                        tuple("HeadChanged", 1),
                        tuple("HouseholdMoved", 1),
                        tuple("KkNumberChanged", 1),
                        tuple("MembersSplitOff", 1),
                        tuple("HouseholdMergedInto", 1),
                        tuple("HouseholdAbsorbed", 1),
                        tuple("HouseholdErased", 1),
                        tuple("LikelyDuplicateFlagged", 1),
                        tuple("DuplicateFlagResolved", 1),
                        tuple("PersonErased", 1),
                        tuple("ReferenceCodeIssued", 1));
        assertThat(HouseholdAggregate.EVENT_TYPES.named("HouseholdRegistered")).get()
                .extracting(EventTypes.Declared::javaType).isEqualTo(HouseholdEvent.HouseholdRegistered.class);
    }
}
