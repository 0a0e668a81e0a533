package id.desatumis.kit.outbox;

import id.desatumis.kit.eventstore.StoredEvent;

/** A place in the relay's reading order: (transaction id, global position). The transaction id is an xid8, as text. */
record OutboxPosition(String transactionId, long globalPosition) {

    static final OutboxPosition START = new OutboxPosition("0", 0);

    static OutboxPosition of(StoredEvent e) {
        return new OutboxPosition(e.transactionId(), e.globalPosition());
    }
}
