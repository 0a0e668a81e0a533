package id.desatumis.kit.aggregate;

/**
 * An aggregate as folded from its stream: its state and the stream's version (the ETag and the expected version of
 * the next append). {@code erased} when its events can no longer be opened (the subject's key was deleted);
 * {@code sealingContext} is what its {@link PayloadSealing} handed back on reading, for the next append.
 */
public record Loaded<S>(String streamId, S state, long version, boolean erased, Object sealingContext) {

    Loaded<S> after(S next, long appended, Object context) {
        return new Loaded<>(streamId, next, version + appended, erased, context);
    }
}
