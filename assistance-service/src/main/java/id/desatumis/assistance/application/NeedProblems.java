package id.desatumis.assistance.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The rules of households' needs and of the public status lookup, each its own problem type
 * ({@code /problems/<rule>}). The field rules every part shares (required, max-length, desa-unknown, paging) are
 * {@link FieldProblems}'.
 */
@ApplicationScoped
public class NeedProblems implements ProblemTypeCatalog {

    public static final ProblemType REFERENCE_CODE_UNKNOWN = new ProblemType("reference-code-unknown", 404,
            "No household has this reference code", "The code is unknown, mistyped or no longer in use (a new one was "
                    + "issued). Check it on the household's receipt, or ask the desa's office.");
    public static final ProblemType TOO_MANY_LOOKUPS = new ProblemType("too-many-lookups", 429, "Too many lookups",
            "Status lookups are limited per client address; try again after Retry-After seconds.");

    @Override
    public List<ProblemType> types() {
        return List.of(
                new ProblemType("need-unknown", 409, "No such need",
                        "The household has no need of this id: needs come from verified assessments."),
                new ProblemType("need-already-planned", 409, "Already planned",
                        "An intervention is already planned for this need (interventionId): cancel it first."),
                new ProblemType("need-already-met", 409, "Already met",
                        "This need is met: its delivery was verified (interventionId)."),
                new ProblemType("need-closed", 409, "No longer open",
                        "This need was cancelled (no longer listed, graduated, merged away or erased) or closed for a "
                                + "recorded reason."),
                new ProblemType("need-delivery-reported", 409, "A delivery was reported",
                        "The intervention planned for this need had a delivery reported: it is verified or disputed, "
                                + "the need is not closed meanwhile (interventionId)."),
                new ProblemType("close-reason-unknown", 400, "No such reason to close a need",
                        "REFUSED_BY_HOUSEHOLD, MEMBER_DIED or MEMBER_MOVED_AWAY."),
                new ProblemType("need-status-unknown", 400, "No such status of a need",
                        "IDENTIFIED, PLANNED, MET, CANCELLED or CLOSED."),
                REFERENCE_CODE_UNKNOWN,
                TOO_MANY_LOOKUPS,
                new ProblemType("kind-unknown", 400, "No such kind of need",
                        "HOUSE_REPAIR, ELECTRICITY, SANITATION, EDUCATION, HEALTH_COVER, BUSINESS_CAPITAL, SKILLS_TRAINING "
                                + "or FOOD_ASSISTANCE."));
    }
}
