package id.desatumis.monitoring.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The rules of tkpkd's decisions about desa (intakes and tuntas declarations), each {@code /problems/<rule>}. */
@ApplicationScoped
public class ProgrammeProblems implements ProblemTypeCatalog {

    private static final List<ProblemType> TYPES = List.of(
            ProblemType.fieldRule("intake-year", "Not an intake year",
                    "Intakes are yearly from 2022, when the programme started, to next year (an intake decided ahead)."),
            ProblemType.fieldRule("desa-unknown", "No such desa",
                    "Desa are named by their Kemendagri code, one of Kabupaten Sragen's 208 desa (33.14.07.2003)."),
            ProblemType.fieldRule("desa-listed-twice", "A desa listed twice", "Name each desa of an intake once."),
            ProblemType.fieldRule("decision-number-format", "Not a decision number",
                    "Up to 100 letters, digits and . / - _, for example TKPKD/33.14/2022/001."),
            ProblemType.fieldRule("required", "A required field is missing", "The field named in errors is required."),
            ProblemType.fieldRule("max-size", "Too many", "The list named in errors has more entries than allowed."),
            ProblemType.stateRule("decision-unknown", "No such forum decision here",
                    "The decision cited must have been recorded by its forum in partner-service, under its number; "
                            + "one recorded a moment ago may not have reached this service yet."),
            ProblemType.stateRule("decision-other-area", "A decision of another area",
                    "A forum decision holds for the forum's area and the areas within it: a desa's musyawarah desa, "
                            + "its kecamatan's musyawarah kecamatan or TKPKD for the regency."),
            ProblemType.stateRule("decision-approves-otherwise", "A decision that approved something else",
                    "An intake or a tuntas declaration rests on a decision approving OTHER, not a pledge, a matrix "
                            + "entry, a verification list or an intervention plan."),
            ProblemType.stateRule("intake-decision-not-tkpkd", "Desa join by a TKPKD decision",
                    "Which desa join the programme in a year is decided by TKPKD coordination for the regency (33.14)."),
            ProblemType.stateRule("already-joined", "The desa joined the programme already",
                    "A desa joins the programme once, in one intake; `errors` names each desa that has."),
            ProblemType.stateRule("desa-not-in-programme", "The desa has not joined the programme",
                    "A desa is declared tuntas once it has joined the programme in an intake: record the intake first."),
            ProblemType.stateRule("already-declared", "The desa was declared tuntas already",
                    "A desa is declared tuntas once; `decisionNumber` is the decision it was declared on."),
            ProblemType.stateRule("desa-not-settled", "Something is still open in the desa",
                    "A desa is declared tuntas when every verified need of every verified-poor household in it is met "
                            + "(delivered and verified) or closed for a recorded reason. `distance` says what is open: "
                            + "households and needs, by kind and by responsible actor, and needs not planned yet."));

    @Override
    public List<ProblemType> types() {
        return TYPES;
    }
}
