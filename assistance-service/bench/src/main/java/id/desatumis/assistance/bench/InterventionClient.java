package id.desatumis.assistance.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One client: the needs of one desa taken through the programme, each as its users take it over REST. Dinas Sosial
 * plans it from the office's pledge ({@code POST /interventions}); the client watches the desa's interventions waiting
 * for delivery ({@code GET /interventions?desa=&stage=RESOURCED}, one request for all it has in flight, every
 * {@code poll}) until partner-service's answer has resourced it; the office reports the delivery with its own token
 * (one {@code POST /interventions/{id}/deliveries} each, or one {@code POST /opd/deliveries} batch for all found
 * resourced by one look); the desa's operator records the household's confirmation
 * ({@code POST .../verification}). Pipelined: at most {@code window} needs in flight at once, a new plan as soon as
 * one is verified.
 */
final class InterventionClient {

    /** How long nothing may complete before the client gives up (a plan refused by partner-service never resources). */
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final int LIST_SIZE = 200;

    /** The tokens a client acts with: Dinas Sosial's (plans, reads), the office's (delivers), the desa operator's. */
    record Actors(String dinsos, String office, String operator) {
    }

    /** How a client works: needs in flight at most, how often it looks for resourced ones, single or batched reports. */
    record Settings(int window, Duration poll, boolean batch) {
        Settings {
            if (window < 1 || window > LIST_SIZE) throw new IllegalArgumentException("window: 1 to " + LIST_SIZE);
        }
    }

    private final Rest rest;
    private final String desa;
    private final Actors actors;
    private final ProgrammeSetup.Programme programme;
    private final Settings settings;
    private final LocalDate today = LocalDate.now(ProgrammeSetup.SRAGEN);

    private final Map<UUID, Journey> awaiting = new ConcurrentHashMap<>();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Semaphore wake = new Semaphore(0);
    /** Needs that may be in flight more: one taken by each plan, given back by its verification. */
    private Semaphore slots;
    private int batches;

    InterventionClient(Rest rest, String desa, Actors actors, ProgrammeSetup.Programme programme, Settings settings) {
        this.rest = rest;
        this.desa = desa;
        this.actors = actors;
        this.programme = programme;
        this.settings = settings;
    }

    /** Takes every need through; their journeys, in the order given. */
    List<Journey> run(List<UUID> needs) throws Exception {
        finished.set(0);
        List<Journey> journeys = needs.stream().map(Journey::new).toList();
        slots = new Semaphore(settings.window());
        int next = 0;
        long lastPoll = 0;
        long lastProgress = System.nanoTime();
        int finishedBefore = 0;
        while (finished.get() < journeys.size()) {
            if (failure.get() != null) throw new IllegalStateException("client of " + desa + " failed", failure.get());
            while (next < journeys.size() && slots.tryAcquire()) plan(journeys.get(next++));
            long now = System.nanoTime();
            if (!awaiting.isEmpty() && now - lastPoll >= settings.poll().toNanos()) {
                lastPoll = now;
                deliverResourced();
            }
            if (finished.get() != finishedBefore) {
                finishedBefore = finished.get();
                lastProgress = now;
            } else if (now - lastProgress > PATIENCE.toNanos()) {
                throw new IllegalStateException("client of " + desa + ": nothing verified within " + PATIENCE + " ("
                        + awaiting.size() + " planned and never seen resourced)");
            }
            long untilPoll = settings.poll().toNanos() - (System.nanoTime() - lastPoll);
            // woken when a verification frees a slot (plan the next at once), else at the next look for resourced ones
            wake.tryAcquire(Math.max(untilPoll, 100_000), TimeUnit.NANOSECONDS);
            wake.drainPermits();
        }
        return journeys;
    }

    private void plan(Journey j) {
        Map<String, Object> body = new HashMap<>();
        body.put("needId", j.needId.toString());
        body.put("source", Map.of("type", "PLEDGE", "pledgeId", programme.pledgeId().toString()));
        body.put("amount", Map.of("units", 1));
        body.put("dueDate", today.plusMonths(3).toString());
        body.put("decisionNumber", programme.planDecision());
        j.planSent = System.nanoTime();
        rest.postAsync(RunningPlatform.ASSISTANCE_URL + "/interventions", actors.dinsos(), body, 201, Map.of())
                .thenAccept(answer -> {
                    j.planned = System.nanoTime();
                    j.interventionId = UUID.fromString(answer.path("interventionId").asText());
                    awaiting.put(j.interventionId, j);
                })
                .whenComplete((ignored, e) -> fail(e));
    }

    /** One look at the desa's resourced interventions: each of ours found there is delivered, then verified. */
    private void deliverResourced() throws Exception {
        JsonNode page = rest.get(RunningPlatform.ASSISTANCE_URL + "/interventions?desa=" + desa + "&stage=RESOURCED&size="
                + LIST_SIZE, actors.dinsos());
        long seen = System.nanoTime();
        List<Journey> found = new ArrayList<>();
        for (JsonNode item : page.path("items")) {
            Journey j = awaiting.remove(UUID.fromString(item.path("interventionId").asText()));
            if (j == null) continue; // another run's, or one already being delivered
            j.resourced = seen;
            found.add(j);
        }
        if (found.isEmpty()) return;
        if (settings.batch()) {
            deliverInOneBatch(found);
        } else {
            for (Journey j : found) {
                rest.postAsync(RunningPlatform.ASSISTANCE_URL + "/interventions/" + j.interventionId + "/deliveries",
                                actors.office(), delivery(j), 201, Map.of())
                        .thenCompose(answer -> verify(j, answer.path("deliveryId").asText()))
                        .whenComplete((ignored, e) -> fail(e));
            }
        }
    }

    private void deliverInOneBatch(List<Journey> found) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Journey j : found) {
            Map<String, Object> item = new HashMap<>(delivery(j));
            item.put("interventionId", j.interventionId.toString());
            items.add(item);
        }
        String key = "bench-" + desa + "-" + (++batches) + "-" + UUID.randomUUID();
        rest.postAsync(RunningPlatform.ASSISTANCE_URL + "/opd/deliveries", actors.office(), Map.of("items", items), 200,
                        Map.of("Idempotency-Key", key))
                .thenAccept(answer -> {
                    for (JsonNode result : answer.path("results")) {
                        Journey j = found.get(result.path("index").asInt());
                        if (result.path("status").asInt() != 201) {
                            fail(new IllegalStateException("batch item for " + j.interventionId + " refused: " + result));
                            return;
                        }
                        verify(j, result.path("deliveryId").asText()).whenComplete((ignored, e) -> fail(e));
                    }
                })
                .whenComplete((ignored, e) -> fail(e));
    }

    private CompletableFuture<Void> verify(Journey j, String deliveryId) {
        j.delivered = System.nanoTime();
        return rest.postAsync(RunningPlatform.ASSISTANCE_URL + "/interventions/" + j.interventionId + "/deliveries/"
                        + deliveryId + "/verification", actors.operator(),
                Map.of("confirmedBy", "HEAD_OF_HOUSEHOLD", "confirmedOn", today.toString(), "method", "SIGNATURE"), 200, Map.of())
                .thenAccept(answer -> {
                    j.verified = System.nanoTime();
                    finished.incrementAndGet();
                    slots.release();
                    wake.release();
                });
    }

    private Map<String, Object> delivery(Journey j) {
        return Map.of("deliveredOn", today.toString(),
                "description", "Rehabilitasi rumah tidak layak huni: atap, dinding dan lantai",
                "amount", Map.of("units", 1),
                "evidence", Map.of("documentNumber", "BAST/" + today.getYear() + "/" + j.needId.toString().substring(0, 8)));
    }

    private void fail(Throwable e) {
        if (e != null) {
            failure.compareAndSet(null, e);
            wake.release();
        }
    }
}
