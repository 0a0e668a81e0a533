package id.desatumis.partner.application;

import id.desatumis.kit.aggregate.CommandRunner.Decided;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.partner.domain.Forum;
import id.desatumis.partner.domain.ForumEvent;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A forum command's answer: the forum as it stands after the command, with its version (the ETag). No personal
 * data: actors are partner ids, a representative is a role. Kept as it is for an Idempotency-Key's replay.
 */
final class ForumResults {

    private ForumResults() {
    }

    static CommandResult of(int status, Decided<Forum, ForumEvent> decided) {
        Loaded<Forum> after = decided.after();
        Forum f = after.state();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("forumId", f.forumId().toString());
        body.put("type", f.type().name());
        body.put("date", f.date().toString());
        body.put("place", f.place());
        body.put("agenda", f.agenda());
        body.put("areaCode", f.area().code());
        body.put("invited", f.invited().stream().map(Object::toString).toList());
        body.put("attendance", f.attendance().entrySet().stream().map(e -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("partnerId", e.getKey().toString());
            a.put("attendance", e.getValue().attendance().name());
            a.put("representedBy", e.getValue().representedBy());
            return a;
        }).toList());
        body.put("decisions", f.decisions().values().stream().map(ForumResults::decision).toList());
        body.put("version", after.version());
        // what this command recorded: empty when it changed nothing (an actor invited again, the same attendance)
        body.put("recorded", decided.events().stream().map(e -> e.getClass().getSimpleName()).toList());
        return new CommandResult(status, "/forums/" + f.forumId(), after.version(), body);
    }

    private static Map<String, Object> decision(Forum.Decision d) {
        Map<String, Object> approves = new LinkedHashMap<>();
        approves.put("kind", d.approves().kind().name());
        approves.put("reference", d.approves().reference());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("number", d.number());
        out.put("text", d.text());
        out.put("approves", approves);
        out.put("decidedOn", d.decidedOn().toString());
        return out;
    }
}
