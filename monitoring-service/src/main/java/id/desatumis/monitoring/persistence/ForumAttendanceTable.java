package id.desatumis.monitoring.persistence;

import io.vertx.mutiny.sqlclient.Tuple;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Table {@code forum_attendance}: who was invited to each forum, and how each took part. */
public final class ForumAttendanceTable {

    private ForumAttendanceTable() {
    }

    /** One actor of ActorsInvited. */
    public record Invited(UUID forumId, UUID partnerId, OffsetDateTime at) implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO forum_attendance (forum_id, partner_id, invited_at) VALUES ($1::uuid, $2::uuid,
                        $3::timestamptz)
                    ON CONFLICT (forum_id, partner_id) DO UPDATE SET
                        invited_at = LEAST(forum_attendance.invited_at, EXCLUDED.invited_at)""";
        }

        @Override
        public Tuple values() {
            return Params.of(forumId, partnerId, at);
        }

        @Override
        public Object row() {
            return List.of(forumId, partnerId);
        }

    }

    /** AttendanceRecorded at its forum stream version: a later record corrects an earlier one. */
    public record Recorded(UUID forumId, UUID partnerId, String attendance, long version, OffsetDateTime at)
            implements RowWrite {
        @Override
        public String statement() {
            return """
                    INSERT INTO forum_attendance (forum_id, partner_id, attendance, attendance_version, recorded_at)
                    VALUES ($1::uuid, $2::uuid, $3::text, $4::bigint, $5::timestamptz)
                    ON CONFLICT (forum_id, partner_id) DO UPDATE SET
                        attendance = CASE WHEN EXCLUDED.attendance_version > forum_attendance.attendance_version
                                          THEN EXCLUDED.attendance ELSE forum_attendance.attendance END,
                        recorded_at = CASE WHEN EXCLUDED.attendance_version > forum_attendance.attendance_version
                                           THEN EXCLUDED.recorded_at ELSE forum_attendance.recorded_at END,
                        attendance_version = GREATEST(forum_attendance.attendance_version, EXCLUDED.attendance_version)""";
        }

        @Override
        public Tuple values() {
            return Params.of(forumId, partnerId, attendance, version, at);
        }

        @Override
        public Object row() {
            return List.of(forumId, partnerId);
        }

    }
}
