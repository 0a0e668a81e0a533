package id.desatumis.registry.application.imports;

import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.registry.domain.RegionReference;
import id.desatumis.registry.persistence.ImportStore;
import id.desatumis.registry.persistence.ImportStore.Refusal;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Processes imports in the background, one at a time, in short transactions of a few hundred families. A bad
 * row never stops the others; the file is deleted once read. Runs on its own thread, never an event loop.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    /**
     * Families per transaction. With two batches in flight, a family is compared (as a likely duplicate) with
     * everyone committed at least 250 to 500 families before it; look-alikes within that window are not flagged.
     */
    private static final int FAMILIES_PER_TRANSACTION = 250;
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final BulkRegistration bulk;
    private final ImportStore imports;
    private final RegionReference regions;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "registry-import");
        t.setDaemon(true);
        return t;
    });

    public ImportRunner(BulkRegistration bulk, ImportStore imports, RegionReference regions, Clock clock) {
        this.bulk = bulk;
        this.imports = imports;
        this.regions = regions;
        this.clock = clock;
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    public void submit(UUID importId, Path file, EventMetadata metadata) {
        worker.submit(() -> run(importId, file, metadata));
    }

    private void run(UUID importId, Path file, EventMetadata metadata) {
        Counts counts = new Counts();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             ImportFile families = new ImportFile(reader)) {
            imports.started(importId).await().atMost(PATIENCE);
            LocalDate today = LocalDate.now(clock);
            List<FamilyPlan> batch = new ArrayList<>();
            List<Refusal> refused = new ArrayList<>();
            ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
            while (families.hasNext()) {
                FamilyPlan plan = FamilyPlan.of(families.next(), today, regions);
                refused.addAll(plan.refusals());
                if (plan.command() != null) batch.add(plan);
                if (batch.size() >= FAMILIES_PER_TRANSACTION) {
                    // the next batch is read and checked while the database writes this one
                    inFlight.add(new InFlight(List.copyOf(batch), List.copyOf(refused), families.rowsRead(),
                            bulk.register(List.copyOf(batch), metadata).subscribeAsCompletionStage()));
                    batch.clear();
                    refused.clear();
                    if (inFlight.size() > 1) settle(importId, inFlight.poll(), counts, metadata);
                }
            }
            inFlight.add(new InFlight(List.copyOf(batch), List.copyOf(refused), families.rowsRead(),
                    batch.isEmpty() ? CompletableFuture.completedFuture(null)
                            : bulk.register(List.copyOf(batch), metadata).subscribeAsCompletionStage()));
            while (!inFlight.isEmpty()) settle(importId, inFlight.poll(), counts, metadata);
            imports.finished(importId, "done", null).await().atMost(PATIENCE);
            LOG.infof("import %s done: %d rows, %d households, %d people, %d rows refused", importId,
                    counts.rowsRead, counts.households, counts.people, counts.refused);
        } catch (Exception e) {
            // the message names the failure's kind and row count only: never a row's content
            LOG.errorf("import %s failed after %d rows: %s", importId, counts.rowsRead, e.getClass().getSimpleName());
            imports.finished(importId, "failed", e.getClass().getSimpleName() + " after row " + counts.rowsRead)
                    .await().atMost(PATIENCE);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (Exception ignored) {
                // a temporary file in a private folder; the OS cleans it
            }
        }
    }

    private record InFlight(List<FamilyPlan> batch, List<Refusal> refused, int rowsRead,
                            CompletableFuture<BulkRegistration.Outcome> outcome) {
    }

    /** Waits for a batch's transaction and records what it did; a batch that lost a race goes family by family. */
    private void settle(UUID importId, InFlight f, Counts counts, EventMetadata metadata) throws Exception {
        List<BulkRegistration.Outcome> outcomes = new ArrayList<>();
        try {
            BulkRegistration.Outcome o = f.outcome().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            if (o != null) outcomes.add(o);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof PgException)) throw e;
            outcomes.addAll(oneByOne(f.batch(), metadata));
        }
        List<Refusal> refused = new ArrayList<>(f.refused());
        for (BulkRegistration.Outcome outcome : outcomes) {
            counts.flagged += outcome.flaggedRows();
            for (FamilyPlan p : outcome.registered()) {
                counts.households++;
                counts.people += p.command().members().size();
            }
            for (int i = 0; i < outcome.duplicates().size(); i++) {
                String rule = outcome.duplicateRules().get(i);
                for (ImportRow row : outcome.duplicates().get(i).registered()) {
                    refused.add(new Refusal(row.rowNumber(), rule.startsWith("kk") ? "kkNumber" : "nik", rule,
                            rule.startsWith("kk") ? "this KK number is already registered" : "a NIK of this family is already registered"));
                }
            }
        }
        counts.rowsRead = f.rowsRead();
        counts.refused += (int) refused.stream().mapToInt(Refusal::rowNumber).distinct().count();
        imports.progress(importId, new ImportStore.Progress(counts.rowsRead, counts.households, counts.people, counts.refused,
                counts.flagged),
                refused).await().atMost(PATIENCE);
    }

    /** When a concurrent registration wins a race inside a batch: each family in a transaction of its own. */
    private List<BulkRegistration.Outcome> oneByOne(List<FamilyPlan> batch, EventMetadata metadata) {
        List<BulkRegistration.Outcome> out = new ArrayList<>();
        for (FamilyPlan p : batch) {
            try {
                out.add(bulk.register(List.of(p), metadata).await().atMost(PATIENCE));
            } catch (PgException again) {
                out.add(new BulkRegistration.Outcome(List.of(), List.of(p), List.of("nik-already-registered")));
            }
        }
        return out;
    }

    private static final class Counts {
        int rowsRead;
        int households;
        int people;
        int refused;
        int flagged;
    }
}
