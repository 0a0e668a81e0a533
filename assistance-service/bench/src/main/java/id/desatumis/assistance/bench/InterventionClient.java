package id.desatumis.assistance.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One client: the needs of one desa taken through the programme, each as its users take it over REST. Dinas Sosial
 * plans it from the office's pledge ({@code POST /interventions}); the office's system watches its interventions in
 * the desa waiting for delivery ({@code GET /opd/interventions?stage=RESOURCED&desa=&since=}, one look for all in
 * flight, every {@code poll}) until partner-service's answer has resourced it; the office reports the delivery with
 * its own token (one {@code POST /interventions/{id}/deliveries} each, or one {@code POST /opd/deliveries} batch for
 * all found resourced by one look); the desa's operator records the household's confirmation
 * ({@code POST .../verification}).
 *
 * <p>{@link #run} pipelines: at most {@code window} needs in flight, a new plan as soon as one is verified. The stage
 * by stage methods ({@link #resourced}, {@link #deliver}, {@link #verify}) take every need through one step before the
 * next, {@code window} at a time, so that each step can be timed (and its CPU counted) alone.
 */
final class InterventionClient {

    /** How long nothing may complete before the client gives up (a plan refused by partner-service never resources). */
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final int LIST_SIZE = 200;
    /** How far before the latest change seen a look starts. */
    private static final Duration SINCE_MARGIN = Duration.ofSeconds(2);
    /** How often a look takes every resourced intervention, not only those changed lately. */
    private static final Duration FULL_LOOK = Duration.ofSeconds(5);
    /** Reports in one OPD batch when delivering stage by stage. */
    private static final int BATCH_SIZE = 100;

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
    /** Needs that may be in flight more: one taken by each start, given back by each completion. */
    private Semaphore slots;
    private int batches;
    private OffsetDateTime latestChange;
    private long lastFullLook;

    InterventionClient(Rest rest, String desa, Actors actors, ProgrammeSetup.Programme programme, Settings settings) {
        this.rest = rest;
        this.desa = desa;
        this.actors = actors;
        this.programme = programme;
        this.settings = settings;
    }

    /** Takes every need through, pipelined; their journeys, in the order given. */
    List<Journey> run(List<UUID> needs) throws Exception {
        return planned(needs, this::deliverThenVerify);
    }

    /** Stage by stage, first: plans every need and waits until each is resourced. */
    List<Journey> resourced(List<UUID> needs) throws Exception {
        return planned(needs, found -> found.forEach(this::completed));
    }

    /** Stage by stage, second: reports every journey's delivery (one by one, or in OPD batches). */
    void deliver(List<Journey> journeys) throws Exception {
        if (!settings.batch()) {
            inWindow(journeys, this::reportDelivery);
            return;
        }
        List<List<Journey>> chunks = new ArrayList<>();
        for (int i = 0; i < journeys.size(); i += BATCH_SIZE) {
            chunks.add(journeys.subList(i, Math.min(journeys.size(), i + BATCH_SIZE)));
        }
        for (List<Journey> chunk : chunks) reportInOneBatch(chunk).join();
    }

    /** Stage by stage, third: records every journey's verification. */
    void verify(List<Journey> journeys) throws Exception {
        inWindow(journeys, this::verification);
    }

    /** Plans each need ({@code window} in flight) and hands what a look finds resourced to {@code onResourced}. */
    private List<Journey> planned(List<UUID> needs, Consumer<List<Journey>> onResourced) throws Exception {
        finished.set(0);
        List<Journey> journeys = needs.stream().map(Journey::new).toList();
        slots = new Semaphore(settings.window());
        int next = 0;
        long lastPoll = 0;
        long lastProgress = System.nanoTime();
        int finishedBefore = 0;
        while (finished.get() < journeys.size()) {
            failIfFailed();
            while (next < journeys.size() && slots.tryAcquire()) plan(journeys.get(next++));
            long now = System.nanoTime();
            if (!awaiting.isEmpty() && now - lastPoll >= settings.poll().toNanos()) {
                lastPoll = now;
                List<Journey> found = lookForResourced();
                if (!found.isEmpty()) onResourced.accept(found);
            }
            if (finished.get() != finishedBefore) {
                finishedBefore = finished.get();
                lastProgress = now;
            } else if (now - lastProgress > PATIENCE.toNanos()) {
                throw new IllegalStateException("client of " + desa + ": nothing completed within " + PATIENCE + " ("
                        + awaiting.size() + " planned and never seen resourced)");
            }
            long untilPoll = settings.poll().toNanos() - (System.nanoTime() - lastPoll);
            // woken when a completion frees a slot (plan the next at once), else at the next look for resourced ones
            wake.tryAcquire(Math.max(untilPoll, 100_000), TimeUnit.NANOSECONDS);
            wake.drainPermits();
        }
        return journeys;
    }

    /** Runs {@code step} for each journey, {@code window} in flight at once; returns when all are done. */
    private void inWindow(List<Journey> journeys, Function<Journey, CompletableFuture<?>> step) throws Exception {
        finished.set(0);
        slots = new Semaphore(settings.window());
        for (Journey j : journeys) {
            while (!slots.tryAcquire(100, TimeUnit.MILLISECONDS)) failIfFailed();
            step.apply(j).whenComplete((ignored, e) -> {
                fail(e);
                if (e == null) completed(j);
            });
        }
        while (finished.get() < journeys.size()) {
            failIfFailed();
            wake.tryAcquire(100, TimeUnit.MILLISECONDS);
        }
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

    /**
     * One look at the office's resourced interventions in the desa, as an office's system syncs: those changed since a
     * little before the latest change it saw (a change is dated by its transaction's start, so one committed late can
     * carry an earlier time), every page of them; and every few seconds all of them, so that nothing later than the
     * margin is missed. Those of ours it finds are no longer awaited.
     */
    private List<Journey> lookForResourced() throws Exception {
        long now = System.nanoTime();
        boolean full = latestChange == null || now - lastFullLook > FULL_LOOK.toNanos();
        if (full) lastFullLook = now;
        String url = RunningPlatform.ASSISTANCE_URL + "/opd/interventions?stage=RESOURCED&desa=" + desa + "&size=" + LIST_SIZE
                + (full ? "" : "&since=" + URLEncoder.encode(latestChange.minus(SINCE_MARGIN).toString(), StandardCharsets.UTF_8));
        List<Journey> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = rest.get(url + "&page=" + page, actors.office());
            long seen = System.nanoTime();
            for (JsonNode item : answer.path("items")) {
                OffsetDateTime changed = OffsetDateTime.parse(item.path("updatedAt").asText());
                if (latestChange == null || changed.isAfter(latestChange)) latestChange = changed;
                Journey j = awaiting.remove(UUID.fromString(item.path("interventionId").asText()));
                if (j == null) continue; // seen already, or another run's
                j.resourced = seen;
                found.add(j);
            }
            if ((long) (page + 1) * LIST_SIZE >= answer.path("total").asLong()) return found;
        }
    }

    private void deliverThenVerify(List<Journey> found) {
        if (settings.batch()) {
            reportInOneBatch(found).whenComplete((ignored, e) -> {
                fail(e);
                if (e == null) found.forEach(this::verifyThenComplete);
            });
        } else {
            // each verification follows its own delivery
            found.forEach(j -> reportDelivery(j).whenComplete((ignored, e) -> {
                fail(e);
                if (e == null) verifyThenComplete(j);
            }));
        }
    }

    private void verifyThenComplete(Journey j) {
        verification(j).whenComplete((ignored, e) -> {
            fail(e);
            if (e == null) completed(j);
        });
    }

    private CompletableFuture<Void> reportDelivery(Journey j) {
        j.deliverSent = System.nanoTime();
        return rest.postAsync(RunningPlatform.ASSISTANCE_URL + "/interventions/" + j.interventionId + "/deliveries",
                actors.office(), delivery(j), 201, Map.of()).thenAccept(answer -> delivered(j, answer.path("deliveryId").asText()));
    }

    private CompletableFuture<Void> reportInOneBatch(List<Journey> found) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Journey j : found) {
            Map<String, Object> item = new HashMap<>(delivery(j));
            item.put("interventionId", j.interventionId.toString());
            items.add(item);
        }
        String key = "bench-" + desa + "-" + (++batches) + "-" + UUID.randomUUID();
        long sent = System.nanoTime();
        found.forEach(j -> j.deliverSent = sent);
        return rest.postAsync(RunningPlatform.ASSISTANCE_URL + "/opd/deliveries", actors.office(), Map.of("items", items), 200,
                        Map.of("Idempotency-Key", key))
                .thenAccept(answer -> {
                    for (JsonNode result : answer.path("results")) {
                        Journey j = found.get(result.path("index").asInt());
                        if (result.path("status").asInt() != 201) {
                            throw new IllegalStateException("batch item for " + j.interventionId + " refused: " + result);
                        }
                        delivered(j, result.path("deliveryId").asText());
                    }
                });
    }

    private void delivered(Journey j, String deliveryId) {
        j.delivered = System.nanoTime();
        j.deliveryId = deliveryId;
    }

    private CompletableFuture<Void> verification(Journey j) {
        j.verifySent = System.nanoTime();
        return rest.postAsync(RunningPlatform.ASSISTANCE_URL + "/interventions/" + j.interventionId + "/deliveries/"
                        + j.deliveryId + "/verification", actors.operator(),
                Map.of("confirmedBy", "HEAD_OF_HOUSEHOLD", "confirmedOn", today.toString(), "method", "SIGNATURE"), 200, Map.of())
                .thenAccept(answer -> j.verified = System.nanoTime());
    }

    private Map<String, Object> delivery(Journey j) {
        return Map.of("deliveredOn", today.toString(),
                "description", "Rehabilitasi rumah tidak layak huni: atap, dinding dan lantai",
                "amount", Map.of("units", 1),
                "evidence", Map.of("documentNumber", "BAST/" + today.getYear() + "/" + j.needId.toString().substring(0, 8)));
    }

    private void completed(Journey j) {
        finished.incrementAndGet();
        slots.release();
        wake.release();
    }

    private void failIfFailed() {
        if (failure.get() != null) throw new IllegalStateException("client of " + desa + " failed", failure.get());
    }

    private void fail(Throwable e) {
        if (e != null) {
            failure.compareAndSet(null, e);
            wake.release();
        }
    }
}
