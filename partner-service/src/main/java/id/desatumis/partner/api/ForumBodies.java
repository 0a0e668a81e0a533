package id.desatumis.partner.api;

import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.partner.domain.Approval;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.Attendance;
import id.desatumis.partner.domain.ForumType;
import id.desatumis.partner.domain.Forums.AttendanceEntry;
import id.desatumis.partner.domain.Forums.DecisionDraft;
import id.desatumis.partner.domain.Forums.Schedule;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The bodies of the forum commands, every field text (so each broken rule is answered on its own field), and how each
 * becomes the domain's command: every field rule of a body checked at once.
 */
public final class ForumBodies {

    static final int MAX_ACTORS = 500;
    private static final int PLACE_MAX = 200;
    private static final int AGENDA_MAX = 4000;
    private static final int TEXT_MAX = 4000;
    private static final int ROLE_MAX = 200;

    private ForumBodies() {
    }

    /**
     * @param type     TKPKD_COORDINATION, MUSYAWARAH_KECAMATAN or MUSYAWARAH_DESA
     * @param date     YYYY-MM-DD, past (recorded afterwards) or ahead
     * @param areaCode the regency (33.14), a kecamatan or a desa of Sragen, as the type wants
     */
    @Schema(name = "ForumScheduling", description = "A forum to schedule, or one held already to record",
            requiredProperties = {"type", "date", "place", "agenda", "areaCode"})
    public record Scheduling(
            @Schema(type = SchemaType.STRING, enumeration = {"TKPKD_COORDINATION", "MUSYAWARAH_KECAMATAN", "MUSYAWARAH_DESA"}, description = "TKPKD_COORDINATION for the regency, "
                    + "MUSYAWARAH_KECAMATAN for a kecamatan, MUSYAWARAH_DESA for a desa") String type,
            @Schema(format = "date", examples = "2026-12-10", description = "The day it is held, past or ahead, from "
                    + "2000-01-01 to 9999-12-31") String date,
            @Schema(description = "Where it is held", minLength = 1, maxLength = PLACE_MAX, examples = "Balai Desa Tangen") String place,
            @Schema(description = "What it is held for", minLength = 1, maxLength = AGENDA_MAX, examples = "Penetapan penerima bantuan RTLH 2027") String agenda,
            @Schema(pattern = ApiSchemas.AREA_PATTERN, examples = "33.14.07.2001", description = "The area it is held "
                    + "for, as the type wants: the regency 33.14, a kecamatan or a desa of Sragen") String areaCode) {
    }

    @Schema(name = "ForumInvitation", description = "Registered actors to invite", requiredProperties = "partnerIds")
    public record Invitation(
            @Schema(type = SchemaType.ARRAY, implementation = UUID.class, minItems = 1, maxItems = MAX_ACTORS,
                    examples = "[\"" + ApiSchemas.PARTNER_ID + "\"]", description = "Partner ids, 1 to 500")
            List<String> partnerIds) {
    }

    @Schema(name = "ForumAttendance", description = "How invited actors took part", requiredProperties = "attendance")
    public record AttendanceList(
            @Schema(minItems = 1, maxItems = MAX_ACTORS, description = "One line per actor, 1 to 500") List<AttendanceLine> attendance) {
    }

    @Schema(name = "ForumAttendanceLine", requiredProperties = {"partnerId", "attendance"})
    public record AttendanceLine(
            @Schema(format = "uuid", examples = ApiSchemas.PARTNER_ID, description = "An invited actor") String partnerId,
            @Schema(description = "How the actor took part", type = SchemaType.STRING, enumeration = {"PRESENT", "REPRESENTED", "ABSENT_WITH_NOTICE", "ABSENT_WITHOUT_NOTICE"}) String attendance,
            @Schema(maxLength = ROLE_MAX, examples = "Sekretaris Dinas", description = "The role (never a name) of "
                    + "whoever came in the actor's place: required with REPRESENTED, refused otherwise") String representedBy) {
    }

    @Schema(name = "ForumDecision", description = "A decision of the forum", requiredProperties = {"number", "text",
            "approves"})
    public record DecisionBody(
            @Schema(pattern = ApiSchemas.DECISION_PATTERN, examples = "MD/33.14.07.2001/2026/004", description = "Stable "
                    + "and unique across the programme: 1 to 100 letters, digits and . / - _") String number,
            @Schema(description = "What was decided", minLength = 1, maxLength = TEXT_MAX, examples = "Usulan RTLH Dukuh Ngrampal disetujui") String text,
            @Schema(description = "What the decision approves") Approves approves) {
    }

    @Schema(name = "ForumDecisionApproves", description = "What the decision approves", requiredProperties = "kind")
    public record Approves(
            @Schema(description = "What kind of thing it approves", type = SchemaType.STRING, enumeration = {"PLEDGE", "RESPONSIBILITY", "VERIFICATION_LIST", "INTERVENTION_PLAN", "OTHER"}) String kind,
            @Schema(maxLength = ROLE_MAX, examples = ApiSchemas.PLEDGE_ID, description = "What exactly, when the decision "
                    + "names it: a pledge id, a matrix entry (HOUSE_REPAIR@33.14.07), a list or plan reference")
            String reference) {
    }

    static Schedule schedule(Scheduling b, RegionCatalog regions, List<FieldError> errors) {
        Scheduling s = b == null ? new Scheduling(null, null, null, null, null) : b;
        ForumType type = FieldChecks.oneOf("type", s.type(), ForumType.class, "forum-type-unknown", errors);
        LocalDate date = FieldChecks.date("date", s.date(), errors);
        String place = FieldChecks.text("place", s.place(), PLACE_MAX, errors);
        String agenda = FieldChecks.text("agenda", s.agenda(), AGENDA_MAX, errors);
        Area area = FieldChecks.area("areaCode", s.areaCode(), regions, errors);
        return new Schedule(UUID.randomUUID(), type, date, place, agenda, area);
    }

    static List<UUID> partnerIds(Invitation b, List<FieldError> errors) {
        List<String> ids = FieldChecks.list("partnerIds", b == null ? null : b.partnerIds(), MAX_ACTORS, errors);
        if (ids == null) return null;
        List<UUID> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            out.add(FieldChecks.id("partnerIds[" + i + "]", ids.get(i), errors));
        }
        return out;
    }

    static List<AttendanceEntry> attendance(AttendanceList b, List<FieldError> errors) {
        List<AttendanceLine> lines = FieldChecks.list("attendance", b == null ? null : b.attendance(), MAX_ACTORS, errors);
        if (lines == null) return null;
        List<AttendanceEntry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            AttendanceLine l = lines.get(i) == null ? new AttendanceLine(null, null, null) : lines.get(i);
            String at = "attendance[" + i + "].";
            out.add(new AttendanceEntry(FieldChecks.id(at + "partnerId", l.partnerId(), errors),
                    FieldChecks.oneOf(at + "attendance", l.attendance(), Attendance.class, "attendance-unknown", errors),
                    FieldChecks.optionalText(at + "representedBy", l.representedBy(), ROLE_MAX, errors)));
        }
        return out;
    }

    static DecisionDraft decision(DecisionBody b, List<FieldError> errors) {
        DecisionBody d = b == null ? new DecisionBody(null, null, null) : b;
        String number = FieldChecks.decisionNumber("number", d.number(), errors);
        String text = FieldChecks.text("text", d.text(), TEXT_MAX, errors);
        Approves a = d.approves() == null ? new Approves(null, null) : d.approves();
        Approval.Kind kind = FieldChecks.oneOf("approves.kind", a.kind(), Approval.Kind.class, "approval-kind-unknown", errors);
        String reference = FieldChecks.optionalText("approves.reference", a.reference(), ROLE_MAX, errors);
        return new DecisionDraft(number, text, new Approval(kind, reference));
    }
}
