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
    public record Scheduling(String type, String date, String place, String agenda, String areaCode) {
    }

    public record Invitation(List<String> partnerIds) {
    }

    public record AttendanceList(List<AttendanceLine> attendance) {
    }

    /** @param representedBy the role (never a name) of whoever came in the actor's place, REPRESENTED only */
    public record AttendanceLine(String partnerId, String attendance, String representedBy) {
    }

    /** @param number stable and unique across the programme, for example {@code MD/33.14.07.2003/2026/004} */
    public record DecisionBody(String number, String text, Approves approves) {
    }

    /** @param reference what exactly, when the decision names it: a pledge id, a matrix entry, a list or plan reference */
    public record Approves(String kind, String reference) {
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
