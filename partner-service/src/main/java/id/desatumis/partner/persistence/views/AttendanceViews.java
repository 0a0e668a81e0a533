package id.desatumis.partner.persistence.views;

import id.desatumis.partner.domain.ForumEvent.ActorsInvited;
import id.desatumis.partner.domain.ForumEvent.AttendanceRecorded;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Table {@code forum_attendance_view}: who was invited to each forum and how each took part, and the attendance of
 * each actor over many forums (the study found offices absent from coordination meetings).
 */
@ApplicationScoped
public class AttendanceViews implements PanacheRepositoryBase<ForumAttendanceView, ForumAttendanceView.Key> {

    /** Invitations and attendance counted: over one forum's actors, or over one actor's forums. */
    @Schema(name = "AttendanceCounts", description = "Invitations and attendance counted over a forum's actors",
            requiredProperties = {"invited", "present", "represented", "absentWithNotice", "absentWithoutNotice",
                    "notRecorded"})
    public record Counts(@Schema(description = "Actors invited", minimum = "0", examples = "12") long invited,
                         @Schema(description = "Present", minimum = "0", examples = "9") long present,
                         @Schema(description = "Represented", minimum = "0", examples = "1") long represented,
                         @Schema(description = "Absent with notice", minimum = "0", examples = "1") long absentWithNotice,
                         @Schema(description = "Absent without notice", minimum = "0", examples = "1") long absentWithoutNotice,
                         @Schema(minimum = "0", examples = "0", description = "Actors whose attendance is not recorded")
                         long notRecorded) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);
    }

    /** How an actor took part in forums; the name and type are null for an actor not (yet) projected as a partner. */
    public record Tally(UUID partnerId, String name, String type, Counts counts) {
    }

    /** Applied only after the forum's version let the event through. */
    public void invited(ActorsInvited e, EventStamp stamp, ViewRows rows) {
        for (UUID partnerId : e.partnerIds()) {
            row(e.forumId(), partnerId, stamp.at(), rows).invited = true;
        }
    }

    /** Applied only after the forum's version let the event through. */
    public void recorded(AttendanceRecorded e, EventStamp stamp, ViewRows rows) {
        ForumAttendanceView a = row(e.forumId(), e.partnerId(), stamp.at(), rows);
        a.attendance = e.attendance().name();
        a.representedBy = e.representedBy();
    }

    private static ForumAttendanceView row(UUID forumId, UUID partnerId, OffsetDateTime at, ViewRows rows) {
        ForumAttendanceView.Key key = new ForumAttendanceView.Key(forumId, partnerId);
        ForumAttendanceView a = rows.attendance.get(key);
        if (a == null) {
            a = new ForumAttendanceView();
            a.forumId = forumId;
            a.partnerId = partnerId;
            rows.attendance.put(key, rows.created(a));
        }
        a.changedAt = at;
        return a;
    }

    /** The counts of each forum of a page, by forum. */
    public Uni<Map<UUID, Counts>> perForum(Collection<UUID> forumIds) {
        if (forumIds.isEmpty()) return Uni.createFrom().item(Map.of());
        Map<String, Object> params = new HashMap<>();
        params.put("forums", List.copyOf(forumIds));
        return NativeQueries.list("SELECT a.forum_id, " + COUNTS + " FROM forum_attendance_view a"
                        + " WHERE a.forum_id IN (:forums) GROUP BY a.forum_id", Object[].class, params)
                .map(rows -> {
                    Map<UUID, Counts> out = new HashMap<>();
                    rows.forEach(r -> out.put((UUID) r[0], counts(r, 1)));
                    return out;
                });
    }

    /** A page of every actor's attendance over the forums of a filter, the most often absent first. */
    public Uni<Paged<Tally>> perActor(ForumFilter filter, UUID onlyPartner, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" JOIN forum_view f ON f.forum_id = a.forum_id WHERE ")
                .append(filter.where("f", params));
        if (onlyPartner != null) {
            where.append(" AND a.partner_id = :partner");
            params.put("partner", onlyPartner);
        }
        String rows = TALLY + where + GROUP + " ORDER BY count(*) FILTER (WHERE a.attendance LIKE 'ABSENT%') DESC,"
                + " p.name, a.partner_id";
        return NativeQueries.page(rows, Object[].class,
                        "SELECT count(DISTINCT a.partner_id) FROM forum_attendance_view a" + where, params, page, size)
                .map(p -> new Paged<>(tallies(p.rows()), p.total()));
    }

    private static final String COUNTS = """
            count(*) FILTER (WHERE a.invited), count(*) FILTER (WHERE a.attendance = 'PRESENT'),
            count(*) FILTER (WHERE a.attendance = 'REPRESENTED'), count(*) FILTER (WHERE a.attendance = 'ABSENT_WITH_NOTICE'),
            count(*) FILTER (WHERE a.attendance = 'ABSENT_WITHOUT_NOTICE'), count(*) FILTER (WHERE a.attendance IS NULL)""";
    private static final String TALLY = "SELECT a.partner_id, p.name, p.type, " + COUNTS
            + " FROM forum_attendance_view a LEFT JOIN partner_view p ON p.partner_id = a.partner_id";
    private static final String GROUP = " GROUP BY a.partner_id, p.name, p.type";

    private static List<Tally> tallies(List<Object[]> rows) {
        List<Tally> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(new Tally((UUID) r[0], (String) r[1], (String) r[2], counts(r, 3))));
        return out;
    }

    private static Counts counts(Object[] r, int from) {
        return new Counts(NativeQueries.number(r[from]), NativeQueries.number(r[from + 1]), NativeQueries.number(r[from + 2]),
                NativeQueries.number(r[from + 3]), NativeQueries.number(r[from + 4]), NativeQueries.number(r[from + 5]));
    }
}
