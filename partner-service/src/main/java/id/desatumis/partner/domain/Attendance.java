package id.desatumis.partner.domain;

/** How an invited actor took part in a forum (the study found offices absent from coordination meetings). */
public enum Attendance {
    PRESENT, REPRESENTED, ABSENT_WITH_NOTICE, ABSENT_WITHOUT_NOTICE
}
