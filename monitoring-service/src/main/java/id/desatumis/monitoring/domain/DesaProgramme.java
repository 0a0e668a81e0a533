package id.desatumis.monitoring.domain;

import id.desatumis.monitoring.domain.DesaEvent.DesaJoinedProgramme;
import id.desatumis.monitoring.domain.DesaEvent.VillageDeclaredTuntas;

/**
 * A desa's place in the programme, folded from its stream: the intake it joined in (null before it joined) and the
 * decision that declared it tuntas (null before).
 */
public record DesaProgramme(String desaCode, Integer intakeYear, String intakeDecision, String tuntasDecision) {

    /** A desa whose stream does not exist: not in the programme. */
    public static final DesaProgramme NONE = new DesaProgramme(null, null, null, null);

    public boolean joined() {
        return intakeYear != null;
    }

    public boolean declared() {
        return tuntasDecision != null;
    }

    public static DesaProgramme evolve(DesaProgramme state, DesaEvent event) {
        if (event instanceof DesaJoinedProgramme e) {
            return new DesaProgramme(e.desaCode(), e.intakeYear(), e.decisionNumber(), state.tuntasDecision());
        }
        if (event instanceof VillageDeclaredTuntas e) {
            return new DesaProgramme(e.desaCode(), state.intakeYear(), state.intakeDecision(), e.decisionNumber());
        }
        throw new IllegalArgumentException("unknown event " + event);
    }
}
