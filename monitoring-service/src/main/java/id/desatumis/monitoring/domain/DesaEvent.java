package id.desatumis.monitoring.domain;

/**
 * What tkpkd decides about a desa's place in the programme, stored in the desa's stream ({@code desa-<desaCode>}).
 * Who decided is in the events' metadata.
 */
public sealed interface DesaEvent {

    String desaCode();

    /** The desa joined the programme in an intake (its cohort), by a TKPKD decision. */
    record DesaJoinedProgramme(String desaCode, int intakeYear, String decisionNumber) implements DesaEvent {
    }

    /** The desa was declared tuntas, citing a forum decision, with what was settled at the declaration. */
    record VillageDeclaredTuntas(String desaCode, String decisionNumber, int householdsMet, int needsMet,
                                 int needsClosed) implements DesaEvent {
    }
}
