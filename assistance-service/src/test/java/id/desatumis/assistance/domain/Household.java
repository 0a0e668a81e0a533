package id.desatumis.assistance.domain;

import id.desatumis.assistance.domain.NeedsListing.Listed;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A household of the domain tests: its id, two members, its desa, and the state its events fold to. */
final class Household {

    static final UUID ID = UUID.fromString("00000000-0000-4000-8000-00000000aa01");
    static final UUID CHILD = UUID.fromString("00000000-0000-4000-8000-00000000bb01");
    static final UUID MOTHER = UUID.fromString("00000000-0000-4000-8000-00000000bb02");
    static final UUID ASSESSMENT = UUID.fromString("00000000-0000-4000-8000-00000000cc01");
    static final UUID REASSESSMENT = UUID.fromString("00000000-0000-4000-8000-00000000cc02");
    static final UUID INTERVENTION = UUID.fromString("00000000-0000-4000-8000-00000000dd01");
    static final UUID OTHER_INTERVENTION = UUID.fromString("00000000-0000-4000-8000-00000000dd02");
    static final String DESA = "33.14.07.2003";
    static final String OTHER_DESA = "33.14.08.2001";
    static final String POLICY = "bps14-2026.1";

    static final UUID HOUSE = NeedId.of(ID, NeedKind.HOUSE_REPAIR, null);
    static final UUID SCHOOL = NeedId.of(ID, NeedKind.EDUCATION, CHILD);
    static final UUID COVER = NeedId.of(ID, NeedKind.HEALTH_COVER, MOTHER);

    private Household() {
    }

    static NeedsListing listing(UUID assessmentId, Listed... needs) {
        return new NeedsListing(ID, DESA, assessmentId, "POOR", POLICY, List.of(needs));
    }

    static Listed house() {
        return new Listed(NeedKind.HOUSE_REPAIR, null);
    }

    static Listed school() {
        return new Listed(NeedKind.EDUCATION, CHILD);
    }

    static Listed cover() {
        return new Listed(NeedKind.HEALTH_COVER, MOTHER);
    }

    /** The state the events fold to. */
    static NeedsOfHousehold given(List<HouseholdEvent> events) {
        NeedsOfHousehold state = NeedsOfHousehold.NONE;
        for (HouseholdEvent e : events) state = NeedsOfHousehold.evolve(state, e);
        return state;
    }

    /** Then the state after more events. */
    static NeedsOfHousehold then(NeedsOfHousehold state, List<HouseholdEvent> events) {
        NeedsOfHousehold after = state;
        for (HouseholdEvent e : events) after = NeedsOfHousehold.evolve(after, e);
        return after;
    }

    /** A household whose first verified assessment listed its house, the child's schooling and the mother's cover. */
    static NeedsOfHousehold assessed() {
        return given(HouseholdNeeds.listed(NeedsOfHousehold.NONE, listing(ASSESSMENT, house(), school(), cover()),
                Set.of()));
    }
}
