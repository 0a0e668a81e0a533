package id.desatumis.partner.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The rules of registering, suspending and reinstating partners, each its own problem type {@code /problems/<rule>}.
 * The field rules every request shares (required, lengths, date and id formats) are {@link SharedProblems}'.
 */
@ApplicationScoped
public class PartnerProblems implements ProblemTypeCatalog {

    private static final List<ProblemType> TYPES = List.of(
            field("partner-type-unknown", "No such type of partner",
                    "OPD, PEMDES, CSR, BUMN, BUMD, BAZNAS, LAZ, NGO, UNIVERSITY or COMMUNITY."),
            field("opd-code-required", "An OPD needs its office code",
                    "An OPD is registered with its office code: the `opd` claim of its staff's tokens."),
            field("opd-code-refused", "Only an OPD has an office code", "Leave opdCode out for every other type of partner."),
            field("opd-code-format", "Not an office code",
                    "An office code is 2 to 30 letters, digits, dots, hyphens or underscores, as in the `opd` claim."),
            state("opd-code-taken", "The office code is registered already",
                    "One partner per OPD: another partner is registered with this office code."),
            state("partner-exists", "The partner is registered already", "A partner id names one registration."),
            state("partner-already-suspended", "Suspended already", "Only an active partner can be suspended."),
            state("partner-not-suspended", "Not suspended", "Only a suspended partner can be reinstated."));

    @Override
    public List<ProblemType> types() {
        return TYPES;
    }

    private static ProblemType field(String rule, String title, String description) {
        return new ProblemType(rule, 400, title, description);
    }

    private static ProblemType state(String rule, String title, String description) {
        return new ProblemType(rule, 409, title, description);
    }
}
