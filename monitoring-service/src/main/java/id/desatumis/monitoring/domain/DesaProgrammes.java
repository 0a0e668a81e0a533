package id.desatumis.monitoring.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;
import id.desatumis.monitoring.domain.DesaEvent.DesaJoinedProgramme;
import id.desatumis.monitoring.domain.DesaEvent.VillageDeclaredTuntas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * tkpkd's decisions about desa: an intake (desa join the programme in a year's cohort, by a TKPKD decision) and a
 * tuntas declaration (citing a forum decision, refused while anything is open). Each a pure function of the desa's
 * state, the decision cited (empty when partner-service recorded none of that number) and, for a declaration, the
 * desa's distance from tuntas as the projection reads it.
 */
public final class DesaProgrammes {

    static final String DECISION = "decisionNumber";

    private DesaProgrammes() {
    }

    /**
     * Every desa of the intake joins, or none does: each desa's events, in the order given.
     *
     * @param desa the desa of the intake as they stand now, in the request's order (a desa once)
     */
    public static List<List<DesaEvent>> intake(List<DesaProgramme> desa, List<String> desaCodes, int year,
                                               String decisionNumber, Optional<ProgrammeDecision> decision) {
        requireKnown(decision).requireIntake(DECISION);
        List<RuleBroken> joined = new ArrayList<>();
        List<List<DesaEvent>> events = new ArrayList<>();
        for (int i = 0; i < desaCodes.size(); i++) {
            DesaProgramme d = desa.get(i);
            if (d.joined()) {
                joined.add(new RuleBroken("desaCodes[" + i + "]", "already-joined", "the desa joined the programme in "
                        + "the intake of " + d.intakeYear() + ": a desa joins once", Map.of("intakeYear", d.intakeYear())));
            }
            events.add(List.of(new DesaJoinedProgramme(desaCodes.get(i), year, decisionNumber)));
        }
        if (joined.size() == 1) throw joined.get(0);
        if (!joined.isEmpty()) throw new RulesBroken(joined);
        return events;
    }

    /**
     * The desa declared tuntas: refused for a desa that never joined the programme (a declaration closes a cohort's
     * work, and a desa outside every cohort has none), for one declared already, on a decision that does not hold in
     * the desa, and while anything is open (the refusal carries the distance).
     */
    public static List<DesaEvent> declareTuntas(DesaProgramme desa, String desaCode, String decisionNumber,
                                                Optional<ProgrammeDecision> decision, TuntasDistance distance) {
        if (!desa.joined()) {
            throw new RuleBroken("desaCode", "desa-not-in-programme",
                    "the desa has not joined the programme: record its intake first");
        }
        if (desa.declared()) {
            throw new RuleBroken("desaCode", "already-declared", "the desa was declared tuntas already",
                    Map.of("decisionNumber", desa.tuntasDecision()));
        }
        requireKnown(decision).requireHoldsIn(DECISION, desaCode);
        if (!distance.settled()) {
            String why = distance.verifiedPoor() == 0 && distance.needsOpen() == 0
                    ? "no household of the desa is verified poor yet"
                    : distance.needsOpen() + " needs of " + distance.householdsOpen() + " households are still open";
            throw new RuleBroken("desaCode", "desa-not-settled", why, Map.of("distance", details(distance)));
        }
        return List.of(new VillageDeclaredTuntas(desaCode, decisionNumber, distance.householdsMet(), distance.needsMet(),
                distance.needsClosed()));
    }

    private static ProgrammeDecision requireKnown(Optional<ProgrammeDecision> decision) {
        return decision.orElseThrow(() -> new RuleBroken(DECISION, "decision-unknown",
                "no forum decision has this number here (partner-service may not have published it yet)"));
    }

    /** What is open, as the problem tells it: counts by kind and by responsible actor (partner ids), never a person. */
    private static Map<String, Object> details(TuntasDistance d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("householdsOpen", d.householdsOpen());
        out.put("needsOpen", d.needsOpen());
        out.put("openByKind", new TreeMap<>(d.openByKind()));
        List<Map<String, Object>> byActor = new ArrayList<>();
        new TreeMap<>(d.openByActor()).forEach((actor, open) -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("actorId", actor.toString());
            a.put("needsOpen", open);
            byActor.add(a);
        });
        out.put("openByActor", byActor);
        out.put("unplannedOpen", d.unplannedOpen());
        out.put("verifiedPoor", d.verifiedPoor());
        return out;
    }
}
