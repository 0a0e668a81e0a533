package id.desatumis.monitoring.application;

import id.desatumis.kit.aggregate.CommandRunner.Decided;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.monitoring.domain.DesaEvent;
import id.desatumis.monitoring.domain.DesaEvent.VillageDeclaredTuntas;
import id.desatumis.monitoring.domain.DesaProgramme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What tkpkd's decisions answer: codes, numbers and counts only, kept as they are for an Idempotency-Key's replay. */
final class ProgrammeAnswers {

    private ProgrammeAnswers() {
    }

    /** The intake's desa, at their streams' new versions (each joined now: version 1). */
    static CommandResult intake(int year, String decisionNumber, List<String> desaCodes, List<Loaded<?>> after) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("intakeYear", year);
        body.put("decisionNumber", decisionNumber);
        body.put("desaCodes", desaCodes);
        long version = after.stream().mapToLong(Loaded::version).max().orElse(0);
        return new CommandResult(201, "/cohorts/" + year, version, body);
    }

    static CommandResult declared(Decided<DesaProgramme, DesaEvent> decided) {
        VillageDeclaredTuntas d = (VillageDeclaredTuntas) decided.events().get(0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("desaCode", d.desaCode());
        body.put("status", "DECLARED");
        body.put("decisionNumber", d.decisionNumber());
        body.put("householdsMet", d.householdsMet());
        body.put("needsMet", d.needsMet());
        body.put("needsClosed", d.needsClosed());
        body.put("version", decided.after().version());
        return new CommandResult(201, "/desa/" + d.desaCode() + "/tuntas", decided.after().version(), body);
    }
}
