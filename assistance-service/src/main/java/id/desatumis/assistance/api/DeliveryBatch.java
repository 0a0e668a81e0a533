package id.desatumis.assistance.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.application.DeliveryCommands;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.ProblemException;
import id.desatumis.kit.api.ProblemResponses;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.api.RuleProblems;
import id.desatumis.kit.domain.RuleBroken;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * An office's system reports up to 500 deliveries at once (issue 10, item 8), each answered by its index with the
 * status and body (or problem) a single report would have had. Each item runs in its own transaction, so one bad item
 * sinks no other, and no lock is held across items (a batch touching many interventions would otherwise hold all
 * their streams, and the relay's horizon, for the whole batch).
 *
 * <p>The batch's Idempotency-Key (required) is made into one key per item ({@code <key>} and the item's index), each
 * kept by the kit in its item's own transaction: the same batch sent again answers every accepted item as it was
 * answered (replayed, nothing reported twice), and runs again only the items that were refused (a refusal leaves no
 * record, as for any command). An item sent again under the same key with other content is refused on its own (422).
 */
@ApplicationScoped
public class DeliveryBatch {

    public static final int MAX_ITEMS = 500;
    /** Items in flight at once: enough to overlap round trips, few enough to leave connections for others. */
    private static final int CONCURRENCY = 4;
    private static final String PATH = "/opd/deliveries";
    /** As the kit takes a key (IdempotentCommands). */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final Logger LOG = Logger.getLogger(DeliveryBatch.class);

    /** The batch: {@code {"items": [report, ...]}}. */
    public record Batch(List<JsonNode> items) {
    }

    private final DeliveryCommands deliveries;
    private final IdempotentCommands commands;
    private final RuleProblems rules;
    private final ObjectMapper mapper;

    public DeliveryBatch(DeliveryCommands deliveries, IdempotentCommands commands, RuleProblems rules,
                         ObjectMapper mapper) {
        this.deliveries = deliveries;
        this.commands = commands;
        this.rules = rules;
        this.mapper = mapper;
    }

    public Uni<Map<String, Object>> report(CommandContext ctx, String idempotencyKey, Batch batch) {
        List<FieldError> errors = new ArrayList<>();
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            errors.add(new FieldError("Idempotency-Key", "required", "a batch is sent with an Idempotency-Key"));
        } else if (!KEY.matcher(idempotencyKey).matches()) {
            errors.add(new FieldError("Idempotency-Key", "idempotency-key", "1 to 255 visible ASCII characters"));
        }
        if (batch == null || batch.items() == null || batch.items().isEmpty()) {
            errors.add(new FieldError("items", "required", "items lists the deliveries"));
        } else if (batch.items().size() > MAX_ITEMS) {
            errors.add(new FieldError("items", "max-size", "a batch holds at most " + MAX_ITEMS + " deliveries"));
        }
        if (!errors.isEmpty()) throw Problems.invalid(errors);
        String keyStem = "batch-" + sha256(idempotencyKey) + "-";
        Map<String, Object>[] answers = newAnswers(batch.items().size());
        return Multi.createFrom().items(IntStream.range(0, batch.items().size()).boxed())
                .onItem().transformToUni(i -> one(ctx, keyStem + i, batch.items().get(i), i).invoke(a -> answers[i] = a))
                .merge(CONCURRENCY)
                .collect().last()
                .map(ignored -> summary(Arrays.asList(answers)));
    }

    private Uni<Map<String, Object>> one(CommandContext ctx, String key, JsonNode item, int i) {
        DeliveryBodies.BatchItem body;
        try {
            body = item == null || !item.isObject() ? null : mapper.treeToValue(item, DeliveryBodies.BatchItem.class);
        } catch (Exception wrongShape) {
            return refused(ctx, i, new ProblemException(Problems.MALFORMED, "the item could not be read as a delivery report",
                    List.of(new FieldError("items[" + i + "]", "json-type", "a field has the wrong JSON type or format"))));
        }
        var read = DeliveryRequests.item(body, i);
        if (!read.valid()) return refused(ctx, i, Problems.invalid(read.errors()));
        var report = read.value();
        try {
            return commands.execute(ctx.caller(), "POST", PATH, key, item,
                            deliveries.reporting(ctx, report.interventionId(), OptionalLong.empty(), report.report()))
                    .map(response -> answered(i, response))
                    .onFailure().recoverWithUni(e -> refused(ctx, i, problem(e, i)));
        } catch (RuntimeException e) {
            return refused(ctx, i, problem(e, i));
        }
    }

    private ProblemException problem(Throwable e, int i) {
        if (e instanceof ProblemException p) return p;
        if (e instanceof RuleBroken r) return rules.of(r);
        LOG.errorf(e, "batch item %d failed", i);
        return new ProblemException(Problems.INTERNAL, "this delivery was not reported; send it again");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> answered(int i, Response response) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("index", i);
        a.put("status", response.getStatus());
        a.put("location", response.getHeaderString("Location"));
        if (response.getHeaderString("Idempotent-Replayed") != null) a.put("replayed", true);
        a.putAll((Map<String, Object>) response.getEntity());
        return a;
    }

    /** The item's problem as a single report would have answered it (its correlation id is the batch's). */
    @SuppressWarnings("unchecked")
    private static Uni<Map<String, Object>> refused(CommandContext ctx, int i, ProblemException p) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("index", i);
        a.put("status", p.type().status());
        a.put("problem", (Map<String, Object>) ProblemResponses.of(p, ctx.correlationId()).getEntity());
        return Uni.createFrom().item(a);
    }

    private static Map<String, Object> summary(List<Map<String, Object>> answers) {
        long accepted = answers.stream().filter(a -> ((Integer) a.get("status")) < 300).count();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("received", answers.size());
        body.put("accepted", accepted);
        body.put("refused", answers.size() - accepted);
        body.put("results", answers);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object>[] newAnswers(int n) {
        return new Map[n];
    }

    /** The client's key, of up to 255 characters, hashed: the items' keys stay within the kit's bound. */
    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
