package id.desatumis.kit.eventstore;

/**
 * A place in the store's reading order, (transaction id, global position), as {@link EventFeed} reads it: a
 * projection keeps the position of the last event it applied as its checkpoint. The transaction id is an xid8, as
 * text (its decimal digits).
 */
public record FeedPosition(String transactionId, long globalPosition) {

    /** Before every event. */
    public static final FeedPosition START = new FeedPosition("0", 0);

    public FeedPosition {
        if (transactionId == null || !transactionId.matches("\\d{1,20}")) {
            throw new IllegalArgumentException("a transaction id is an xid8's decimal digits: " + transactionId);
        }
    }

    /** The position of an event read from the store: the next read starts past it. */
    public static FeedPosition of(StoredEvent e) {
        return new FeedPosition(e.transactionId(), e.globalPosition());
    }
}
