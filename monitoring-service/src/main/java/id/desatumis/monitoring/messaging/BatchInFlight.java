package id.desatumis.monitoring.messaging;

import io.smallrye.mutiny.Uni;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A loop's batch whose transaction runs while the loop polls and reads the next one (a pipeline of depth one): the
 * next transaction starts only once this one has committed, so batches commit in the order they were read, and a
 * failure leaves every later batch unapplied (the loop reads them again from the stored positions).
 */
final class BatchInFlight {

    private static final CompletableFuture<Void> NONE = CompletableFuture.completedFuture(null);

    private CompletableFuture<Void> commit = NONE;

    /** Starts the batch's transaction; {@code committed} runs right after its commit (on the SQL client's thread). */
    void start(Uni<Void> transaction, Runnable committed) {
        if (commit != NONE) throw new IllegalStateException("a batch is in flight already");
        commit = transaction.invoke(committed).subscribeAsCompletionStage();
    }

    /** Waits for the batch under way to commit; its failure is thrown here, as it was raised. */
    void settle() {
        CompletableFuture<Void> c = commit;
        commit = NONE;
        try {
            c.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }

    /** Throws the failure of a batch that has ended already; returns at once otherwise. */
    void settleIfDone() {
        if (commit.isDone()) settle();
    }

    /** Waits for the batch under way to end, whatever its outcome (before a rewind or at a stop). */
    void drain() {
        try {
            settle();
        } catch (RuntimeException ignored) {
            // the batch's outcome is in the stored positions: the loop reads on from there
        }
    }
}
