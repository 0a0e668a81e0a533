package id.desatumis.partner.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The rules of coordination forums (scheduling, invitations, attendance, decisions), each {@code /problems/<rule>}. */
@ApplicationScoped
public class ForumProblems implements ProblemTypeCatalog {

    private static final List<ProblemType> TYPES = List.of(
            new ProblemType("forum-type-unknown", 400, "No such forum",
                    "TKPKD_COORDINATION, MUSYAWARAH_KECAMATAN or MUSYAWARAH_DESA."),
            new ProblemType("attendance-unknown", 400, "No such attendance",
                    "PRESENT, REPRESENTED, ABSENT_WITH_NOTICE or ABSENT_WITHOUT_NOTICE."),
            new ProblemType("approval-kind-unknown", 400, "No such kind of approval",
                    "PLEDGE, RESPONSIBILITY, VERIFICATION_LIST, INTERVENTION_PLAN or OTHER."),
            new ProblemType("forum-area-level", 400, "The area does not suit the forum",
                    "TKPKD coordination is held for the regency (33.14), a musyawarah kecamatan for a kecamatan, a "
                            + "musyawarah desa for a desa."),
            new ProblemType("decision-number-format", 400, "Not a decision number",
                    "Up to 100 letters, digits and . / - _, for example MD/33.14.07.2003/2026/004."),
            new ProblemType("actor-listed-twice", 400, "An actor listed twice", "Give each actor's attendance once per request."),
            new ProblemType("representative-required", 400, "Who represented the actor?",
                    "REPRESENTED names the role (never the name) of whoever came in the actor's place."),
            new ProblemType("representative-refused", 400, "Only a represented actor has a representative",
                    "Leave representedBy out unless the attendance is REPRESENTED."),
            new ProblemType("forum-exists", 409, "The forum is scheduled already", "A forum id names one meeting."),
            new ProblemType("forum-unknown", 404, "No such forum", "No forum has this id, or none you may see."),
            new ProblemType("forum-not-held-yet", 409, "The forum has not met yet",
                    "Attendance and decisions are recorded from the forum's date on."),
            new ProblemType("not-invited", 409, "Not invited", "Attendance is recorded for the actors invited to the forum."),
            new ProblemType("decision-number-taken", 409, "The decision number is taken",
                    "A decision number is unique across the programme and stays with its decision."),
            new ProblemType("forum-organised-by-district", 403, "A district forum",
                    "TKPKD coordination and musyawarah kecamatan are scheduled and recorded by Dinas Sosial or TKPKD; a "
                            + "village operator schedules and records its own desa's musyawarah desa."),
            new ProblemType("forum-decided-by-desa", 403, "The desa records its own decisions",
                    "The decisions of a musyawarah desa are recorded by the operator of that desa."));

    @Override
    public List<ProblemType> types() {
        return TYPES;
    }
}
