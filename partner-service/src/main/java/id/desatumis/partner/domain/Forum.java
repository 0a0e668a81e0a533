package id.desatumis.partner.domain;

import id.desatumis.partner.domain.ForumEvent.ActorsInvited;
import id.desatumis.partner.domain.ForumEvent.AttendanceRecorded;
import id.desatumis.partner.domain.ForumEvent.DecisionRecorded;
import id.desatumis.partner.domain.ForumEvent.ForumScheduled;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A coordination meeting as its events leave it ({@link #NONE} before it is scheduled): the actors invited in the
 * order invited, how each invited actor took part (the latest record), and its decisions by number in the order
 * recorded. The decisions on it are {@link Forums}'.
 */
public record Forum(UUID forumId, ForumType type, LocalDate date, String place, String agenda, Area area,
                    List<UUID> invited, Map<UUID, Participation> attendance, Map<String, Decision> decisions) {

    public static final Forum NONE = new Forum(null, null, null, null, null, null, List.of(), Map.of(), Map.of());

    /** How an invited actor took part; {@code representedBy} is a role, only when it was represented. */
    public record Participation(Attendance attendance, String representedBy) {
    }

    /** A decision as the forum took it; it holds for the forum's area and the areas within it. */
    public record Decision(String number, String text, Approval approves, LocalDate decidedOn) {
    }

    public Forum {
        invited = List.copyOf(invited);
        attendance = Collections.unmodifiableMap(new LinkedHashMap<>(attendance));
        decisions = Collections.unmodifiableMap(new LinkedHashMap<>(decisions));
    }

    public boolean exists() {
        return forumId != null;
    }

    public boolean hasInvited(UUID partnerId) {
        return invited.contains(partnerId);
    }

    public static Forum evolve(Forum state, ForumEvent event) {
        if (event instanceof ForumScheduled e) {
            return new Forum(e.forumId(), e.type(), e.date(), e.place(), e.agenda(), Area.of(e.areaCode()), List.of(),
                    Map.of(), Map.of());
        }
        if (event instanceof ActorsInvited e) {
            List<UUID> all = new ArrayList<>(state.invited);
            e.partnerIds().stream().filter(p -> !all.contains(p)).forEach(all::add);
            return new Forum(state.forumId, state.type, state.date, state.place, state.agenda, state.area, all,
                    state.attendance, state.decisions);
        }
        if (event instanceof AttendanceRecorded e) {
            Map<UUID, Participation> all = new LinkedHashMap<>(state.attendance);
            all.put(e.partnerId(), new Participation(e.attendance(), e.representedBy()));
            return new Forum(state.forumId, state.type, state.date, state.place, state.agenda, state.area, state.invited,
                    all, state.decisions);
        }
        if (event instanceof DecisionRecorded e) {
            Map<String, Decision> all = new LinkedHashMap<>(state.decisions);
            all.put(e.number(), new Decision(e.number(), e.text(), e.approves(), e.decidedOn()));
            return new Forum(state.forumId, state.type, state.date, state.place, state.agenda, state.area, state.invited,
                    state.attendance, all);
        }
        throw new IllegalArgumentException("unknown forum event " + event);
    }
}
