package id.desatumis.contracts.monitoring;

/**
 * tkpkd recorded that a desa joins the programme in a yearly intake (its cohort), citing its decision. A desa joins
 * once. Published on {@link MonitoringTopics#DESA} with the key {@code desa-<desaCode>}, as CloudEvent type
 * {@value #CE_TYPE}.
 *
 * @param desaCode       dotted Kemendagri desa code
 * @param intakeYear     the intake (cohort) year, for example 2022
 * @param decisionNumber the tkpkd decision that chose the desa
 * @param joinedAt       ISO-8601 instant recorded: the cohort's baseline is the desa's figures at this instant
 */
public record DesaJoinedProgrammeV1(String desaCode, int intakeYear, String decisionNumber, String joinedAt) {

    public static final String EVENT_TYPE = "DesaJoinedProgramme";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.monitoring.DesaJoinedProgramme.v1";
}
