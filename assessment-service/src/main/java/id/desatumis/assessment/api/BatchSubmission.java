package id.desatumis.assessment.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assessment.application.AssessmentSubmission;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.ProblemException;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.api.RuleProblems;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.CallerProvider;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An enumerator's offline work, synced at once: up to 500 forms, each answered on its own (in its own transaction),
 * in the order sent. The same form sent twice, in one batch or two, is stored once. A batch that is not a list of
 * at most 500 items is refused whole, and changes nothing.
 */
@ApplicationScoped
public class BatchSubmission {

    public static final int MAX_ITEMS = 500;
    /** Forms in flight at once: enough to overlap round trips, few enough to leave connections for others. */
    private static final int CONCURRENCY = 4;
    private static final Logger LOG = Logger.getLogger(BatchSubmission.class);

    /** The batch: {@code {"items": [form, ...]}}. */
    public record Batch(List<JsonNode> items) {
    }

    private final AssessmentSubmission submission;
    private final ObjectMapper mapper;
    private final CallerProvider callers;
    private final CommandContexts contexts;
    private final RuleProblems rules;
    private final RegionCatalog regions;
    private final Clock clock;

    public BatchSubmission(AssessmentSubmission submission, ObjectMapper mapper, CallerProvider callers,
                                   CommandContexts contexts, RuleProblems rules, RegionCatalog regions, Clock clock) {
        this.submission = submission;
        this.mapper = mapper;
        this.callers = callers;
        this.contexts = contexts;
        this.rules = rules;
        this.regions = regions;
        this.clock = clock;
    }

    public Uni<Map<String, Object>> submit(Batch batch) {
        if (batch == null || batch.items() == null) throw Problems.invalid("items", "required", "items lists the forms");
        if (batch.items().size() > MAX_ITEMS) {
            throw Problems.invalid("items", "max-size", "a batch holds at most " + MAX_ITEMS + " forms");
        }
        Caller caller = callers.current();
        var ctx = contexts.current();
        LocalDate today = LocalDate.now(clock);
        Map<String, Object>[] answers = new Map[batch.items().size()];
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < batch.items().size(); i++) indexes.add(i);
        return Multi.createFrom().iterable(indexes)
                .onItem().transformToUni(i -> one(batch.items().get(i), i, caller, ctx, today).invoke(a -> answers[i] = a))
                .merge(CONCURRENCY)
                .collect().last()
                .map(ignored -> summary(Arrays.asList(answers)));
    }

    private Uni<Map<String, Object>> one(JsonNode item, int i, Caller caller, CommandContext ctx, LocalDate today) {
        String at = "items[" + i + "]";
        AssessmentForm form;
        try {
            form = item == null || item.isNull() ? null : mapper.treeToValue(item, AssessmentForm.class);
        } catch (Exception e) {
            return Uni.createFrom().item(refused(i, null, Problems.invalid(at, "malformed",
                    "the form is not of the expected shape (a field has the wrong type)")));
        }
        var read = FormReader.read(form, at, caller.subject(), today, regions);
        String id = form == null ? null : form.assessmentId();
        if (!read.valid()) return Uni.createFrom().item(refused(i, id, Problems.invalid(read.errors())));
        if (!caller.mayActIn(read.visit().desaCode())) {
            return Uni.createFrom().item(refused(i, id, new ProblemException(Problems.OUTSIDE_SCOPE, "you do not act for this desa",
                    List.of(new FieldError(at + ".desaCode", "outside-village-scope", "you do not act for this desa")))));
        }
        return submission.submitAlone(read.visit(), ctx.metadata())
                .map(result -> answered(i, result))
                .onFailure(RuleBroken.class).recoverWithItem(e -> refused(i, id, rules.of((RuleBroken) e)))
                .onFailure(ProblemException.class).recoverWithItem(e -> refused(i, id, (ProblemException) e))
                .onFailure().recoverWithItem(e -> {
                    LOG.errorf(e, "batch item %d failed", i);
                    return refused(i, id, new ProblemException(Problems.INTERNAL, "this form was not stored; send it again"));
                });
    }

    private static Map<String, Object> answered(int i, CommandResult r) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("index", i);
        a.put("status", r.status());
        a.put("location", r.location());
        a.putAll(r.body());
        return a;
    }

    private static Map<String, Object> refused(int i, String assessmentId, ProblemException p) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("index", i);
        a.put("status", p.type().status());
        if (assessmentId != null) a.put("assessmentId", assessmentId);
        a.put("outcome", "REFUSED");
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", p.type().uri());
        problem.put("title", p.type().title());
        problem.put("status", p.type().status());
        problem.put("detail", p.detail());
        if (!p.errors().isEmpty()) problem.put("errors", p.errors());
        problem.putAll(p.extensions());
        a.put("problem", problem);
        return a;
    }

    private static Map<String, Object> summary(List<Map<String, Object>> answers) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String o : List.of("STORED", "ALREADY_STORED", "PENDING", "REFUSED")) {
            counts.put(o, answers.stream().filter(a -> o.equals(a.get("outcome"))).count());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("received", answers.size());
        body.put("counts", counts);
        body.put("results", answers);
        return body;
    }
}
