package id.desatumis.kit.eventstore;

/**
 * A transaction tried to lock streams, or to append to streams it had not locked, after it had already written.
 * The locks must come first: the transaction id is assigned at the first write, and the relay's per-stream order
 * rests on a later append to a stream always having the higher transaction id. A programming error, never retried.
 */
public final class LockOrderViolation extends IllegalStateException {
    public LockOrderViolation(String message, Throwable cause) {
        super(message, cause);
    }
}
