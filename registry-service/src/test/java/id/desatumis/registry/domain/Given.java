package id.desatumis.registry.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdRegistered;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A small registered family for the given/when/then tests: Sutarno (head), Sri (wife), Dewi (child). */
final class Given {

    static final String DESA = "33.14.07.2003";
    static final UUID HOUSEHOLD = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    static final UUID OTHER = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    static final Member HEAD = new Member(UUID.randomUUID(), "3314071203850001", "Sutarno", Sex.M,
            LocalDate.of(1985, 3, 12), Relationship.HEAD);
    static final Member WIFE = new Member(UUID.randomUUID(), "3314075706880003", "Sri Wahyuni", Sex.F,
            LocalDate.of(1988, 6, 17), Relationship.WIFE);
    static final Member CHILD = new Member(UUID.randomUUID(), "3314074101100004", "Dewi", Sex.F,
            LocalDate.of(2010, 1, 1), Relationship.CHILD);
    static final HouseholdRegistered FAMILY = new HouseholdRegistered(HOUSEHOLD, "3314071001200001", DESA,
            "Dukuh Ngrampal RT 02 RW 01", List.of(HEAD, WIFE, CHILD));
    static final Member NEIGHBOUR = new Member(UUID.randomUUID(), "3314071505700001", "Paimin", Sex.M,
            LocalDate.of(1970, 5, 15), Relationship.HEAD);
    static final HouseholdRegistered NEIGHBOURS = new HouseholdRegistered(OTHER, "3314071001200002", DESA,
            "Dukuh Ngrampal RT 03 RW 01", List.of(NEIGHBOUR));

    private Given() {
    }

    static Household.State state(HouseholdEvent... history) {
        return Household.fold(List.of(history));
    }

    static String rejection(Runnable r) {
        try {
            r.run();
        } catch (RuleBroken e) {
            return e.rule();
        }
        throw new AssertionError("expected a rejection");
    }
}
