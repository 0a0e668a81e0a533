package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.BudgetLineEvent.BudgetLineOpened;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;

import java.util.List;

/**
 * Which budget lines a caller may read: Dinas Sosial, TKPKD and auditors every line; an office (its {@code opd}
 * token) the lines it owns; a village operator the APBDES lines of its desa. Any other line is absent to it (404),
 * and a listing leaves it out.
 *
 * @param everything  programme-wide
 * @param opdCode     the office whose lines it reads, or null
 * @param desaCodes   the desa whose APBDES lines it reads, or null
 */
public record BudgetLineScope(boolean everything, String opdCode, List<String> desaCodes) {

    public static BudgetLineScope of(Caller caller) {
        if (caller.has(Roles.DINSOS) || caller.has(Roles.TKPKD) || caller.has(Roles.AUDITOR)) {
            return new BudgetLineScope(true, null, null);
        }
        // an office token without its office code, or an operator without desa, reads nothing
        String opd = caller.has(Roles.OPD) ? (caller.opdCode() == null ? "" : caller.opdCode()) : null;
        List<String> desa = caller.has(Roles.VILLAGE_OPERATOR) ? List.copyOf(caller.desaCodes()) : null;
        if (opd == null && desa == null) opd = "";
        return new BudgetLineScope(false, opd, desa);
    }

    public boolean sees(BudgetLineOpened line) {
        if (everything) return true;
        if (opdCode != null && opdCode.equals(line.ownerOpdCode())) return true;
        return desaCodes != null && line.fund().village() && desaCodes.contains(line.desaCode());
    }
}
