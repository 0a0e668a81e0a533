package id.desatumis.partner.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;
import id.desatumis.partner.domain.Forum.Participation;
import id.desatumis.partner.domain.ForumEvent.ActorsInvited;
import id.desatumis.partner.domain.ForumEvent.AttendanceRecorded;
import id.desatumis.partner.domain.ForumEvent.DecisionRecorded;
import id.desatumis.partner.domain.ForumEvent.ForumScheduled;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What may happen to a forum:
 * <ul>
 *   <li>it is held for an area of its type's level: TKPKD for the regency, a musyawarah kecamatan for a kecamatan, a
 *       musyawarah desa for a desa; its date may lie in the past (a meeting recorded afterwards) or ahead;</li>
 *   <li>registered actors are invited (suspended ones too: a forum may be where that is discussed); inviting one
 *       again changes nothing;</li>
 *   <li>attendance is recorded once the forum's date has come, for invited actors only, each actor once per request;
 *       REPRESENTED names the representative's role, nothing else does; a later record corrects an earlier one, the
 *       same record again changes nothing;</li>
 *   <li>decisions are recorded once the forum's date has come, each under a number no other decision of the
 *       programme has; a decision is dated the forum's date and holds for the forum's area.</li>
 * </ul>
 */
public final class Forums {

    private Forums() {
    }

    public record Schedule(UUID forumId, ForumType type, LocalDate date, String place, String agenda, Area area) {
    }

    public record AttendanceEntry(UUID partnerId, Attendance attendance, String representedBy) {
    }

    public record DecisionDraft(String number, String text, Approval approves) {
    }

    public static List<ForumEvent> schedule(Forum state, Schedule s, String by) {
        if (state.exists()) throw new RuleBroken("forumId", "forum-exists", "a forum with this id is scheduled already");
        if (s.area().level() != s.type().level()) {
            throw new RuleBroken("areaCode", "forum-area-level",
                    "a " + s.type() + " is held for a " + s.type().level().name().toLowerCase(Locale.ROOT) + ", not a "
                            + s.area().level().name().toLowerCase(Locale.ROOT));
        }
        return List.of(new ForumScheduled(s.forumId(), s.type(), s.date(), s.place(), s.agenda(), s.area().code(), by));
    }

    /** @param registered which of the actors named are registered partners */
    public static List<ForumEvent> invite(Forum state, List<UUID> partnerIds, Set<UUID> registered, String by) {
        requireScheduled(state);
        List<RuleBroken> broken = new ArrayList<>();
        for (int i = 0; i < partnerIds.size(); i++) {
            if (!registered.contains(partnerIds.get(i))) {
                broken.add(new RuleBroken("partnerIds[" + i + "]", "partner-unknown", "no partner has this id"));
            }
        }
        refuse(broken);
        List<UUID> fresh = partnerIds.stream().distinct().filter(p -> !state.hasInvited(p)).toList();
        return fresh.isEmpty() ? List.of() : List.of(new ActorsInvited(state.forumId(), fresh, by));
    }

    public static List<ForumEvent> recordAttendance(Forum state, List<AttendanceEntry> entries, LocalDate today, String by) {
        requireScheduled(state);
        requireHeld(state, today);
        List<RuleBroken> broken = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceEntry e = entries.get(i);
            String at = "attendance[" + i + "].";
            if (!seen.add(e.partnerId())) {
                broken.add(new RuleBroken(at + "partnerId", "actor-listed-twice",
                        "an actor's attendance is given once per request"));
            } else if (!state.hasInvited(e.partnerId())) {
                broken.add(new RuleBroken(at + "partnerId", "not-invited", "attendance is recorded for invited actors only"));
            }
            boolean represented = e.attendance() == Attendance.REPRESENTED;
            if (represented && e.representedBy() == null) {
                broken.add(new RuleBroken(at + "representedBy", "representative-required",
                        "a represented actor names the role of whoever came in its place"));
            } else if (!represented && e.representedBy() != null) {
                broken.add(new RuleBroken(at + "representedBy", "representative-refused",
                        "only a represented actor names a representative"));
            }
        }
        refuse(broken);
        List<ForumEvent> events = new ArrayList<>();
        for (AttendanceEntry e : entries) {
            Participation now = new Participation(e.attendance(), e.representedBy());
            if (!Objects.equals(state.attendance().get(e.partnerId()), now)) {
                events.add(new AttendanceRecorded(state.forumId(), e.partnerId(), e.attendance(), e.representedBy(), by));
            }
        }
        return events;
    }

    /** @param numberTakenElsewhere whether a decision of another forum has this number already */
    public static List<ForumEvent> recordDecision(Forum state, DecisionDraft d, boolean numberTakenElsewhere, LocalDate today,
                                                  String by) {
        requireScheduled(state);
        requireHeld(state, today);
        if (numberTakenElsewhere || state.decisions().containsKey(d.number())) {
            throw new RuleBroken("number", "decision-number-taken", "another decision has this number");
        }
        return List.of(new DecisionRecorded(state.forumId(), d.number(), d.text(), d.approves(), state.type(),
                state.area().code(), state.date(), by));
    }

    private static void requireScheduled(Forum state) {
        if (!state.exists()) throw new RuleBroken("forumId", "forum-unknown", "no forum has this id");
    }

    private static void requireHeld(Forum state, LocalDate today) {
        if (today.isBefore(state.date())) {
            throw new RuleBroken("forumId", "forum-not-held-yet",
                    "the forum meets on " + state.date() + ": what it decides and who came are recorded from that day");
        }
    }

    private static void refuse(List<RuleBroken> broken) {
        if (broken.size() == 1) throw broken.get(0);
        if (!broken.isEmpty()) throw new RulesBroken(broken);
    }
}
