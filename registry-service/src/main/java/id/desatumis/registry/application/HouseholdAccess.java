package id.desatumis.registry.application;

import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;
import id.desatumis.registry.domain.Household;

import java.util.OptionalLong;

/**
 * Who may see and change a household: one the caller may not see is as unknown as one that does not exist (404, so an
 * operator learns nothing of another village), one outside the caller's villages is 403, one merged away answers with
 * the household it continues as, and a stale If-Match is 412, in that order.
 */
final class HouseholdAccess {

    private HouseholdAccess() {
    }

    static Household.State visible(Caller caller, Household.State state) {
        if (!state.exists() || !caller.maySee(state.desaCode())) throw Problems.notFound("household");
        return state;
    }

    static Household.State writable(CommandContext ctx, Household.State state, OptionalLong ifMatch) {
        visible(ctx.caller(), state);
        ctx.caller().requireActIn(state.desaCode());
        Household.requireNotMerged(state);
        Versions.checkIfMatch(ifMatch, state.version());
        return state;
    }

    /** The other household of a transfer: one the caller may not see is decided on as one that does not exist. */
    static Household.State other(Caller caller, Household.State state) {
        return state.exists() && caller.maySee(state.desaCode()) ? state : Household.State.EMPTY;
    }

    /** Dinas Sosial, and the operator of the household's own village, read its personal fields. */
    static boolean mayReadPersonalData(Caller caller, String desaCode) {
        return caller.has(Roles.DINSOS) || (caller.has(Roles.VILLAGE_OPERATOR) && caller.desaCodes().contains(desaCode));
    }
}
