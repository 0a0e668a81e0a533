package id.desatumis.monitoring.domain;

/**
 * An actor's forum record: invitations to forums held by today, those it attended (present or represented), those it
 * missed without notice, and attended over invited (null when never invited).
 */
public record ForumAttendance(int invited, int attended, int absentWithoutNotice, Double attendanceRate) {

    public static ForumAttendance of(int invited, int attended, int absentWithoutNotice) {
        return new ForumAttendance(invited, attended, absentWithoutNotice,
                invited == 0 ? null : Ratios.rounded((double) attended / invited));
    }
}
