package id.desatumis.registry.api;

import id.desatumis.contracts.AgeBand;
import id.desatumis.kit.security.Caller;
import id.desatumis.registry.application.HouseholdReads;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.Member;

import java.time.LocalDate;

/** Maps a household's state to what the caller may see. */
public final class HouseholdViews {

    private HouseholdViews() {
    }

    public static HouseholdView of(Household.State state, Caller caller, LocalDate today) {
        boolean personal = HouseholdReads.mayReadPersonalData(caller, state.desaCode());
        return new HouseholdView(state.householdId().toString(), state.desaCode(), state.version(),
                personal ? state.kkNumber() : null, personal ? state.address() : null, state.members().size(),
                state.members().stream().map(m -> member(m, personal, today)).toList(),
                state.mergedInto() == null ? null : state.mergedInto().toString(), state.erased() ? Boolean.TRUE : null, state.desil());
    }

    private static HouseholdView.MemberView member(Member m, boolean personal, LocalDate today) {
        return new HouseholdView.MemberView(m.memberId().toString(), m.relationship().name(), m.sex().name(),
                m.birthDate() == null ? null : AgeBand.of(m.birthDate(), today).label(),
                personal ? m.nik() : null, personal ? m.name() : null,
                personal && m.birthDate() != null ? m.birthDate().toString() : null);
    }
}
