package id.desatumis.partner.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static id.desatumis.kit.api.ProblemType.fieldRule;
import static id.desatumis.kit.api.ProblemType.stateRule;

/**
 * The rules of registering, suspending and reinstating partners, each its own problem type {@code /problems/<rule>}.
 * The field rules every request shares (required, lengths, date and id formats) are {@link SharedProblems}'.
 */
@ApplicationScoped
public class PartnerProblems implements ProblemTypeCatalog {

    private static final List<ProblemType> TYPES = List.of(
            fieldRule("partner-type-unknown", "No such type of partner",
                    "OPD, PEMDES, CSR, BUMN, BUMD, BAZNAS, LAZ, NGO, UNIVERSITY or COMMUNITY."),
            fieldRule("opd-code-required", "An OPD needs its office code",
                    "An OPD is registered with its office code: the `opd` claim of its staff's tokens."),
            fieldRule("opd-code-refused", "Only an OPD has an office code", "Leave opdCode out for every other type of partner."),
            fieldRule("opd-code-format", "Not an office code",
                    "An office code is 2 to 30 letters, digits, dots, hyphens or underscores, as in the `opd` claim."),
            stateRule("opd-code-taken", "The office code is registered already",
                    "One partner per OPD: another partner is registered with this office code."),
            stateRule("partner-exists", "The partner is registered already", "A partner id names one registration."),
            stateRule("partner-already-suspended", "Suspended already", "Only an active partner can be suspended."),
            stateRule("partner-not-suspended", "Not suspended", "Only a suspended partner can be reinstated."));

    @Override
    public List<ProblemType> types() {
        return TYPES;
    }
}
