package id.desatumis.partner.persistence.views;

import id.desatumis.kit.eventstore.FeedPosition;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * How far a projection has applied the event store, written in the same transaction as the rows of each batch: the
 * rows and the checkpoint move together or not at all.
 */
@Entity
@Table(name = "view_checkpoint")
public class ViewCheckpoint extends PanacheEntityBase {

    @Id
    @Column(name = "projection")
    public String projection;
    @Column(name = "last_transaction_id")
    public String lastTransactionId;
    @Column(name = "last_position")
    public long lastPosition;
    /** When the last event applied was recorded. */
    @Column(name = "last_event_at")
    public OffsetDateTime lastEventAt;
    /** When the last batch was applied. */
    @Column(name = "applied_at")
    public OffsetDateTime appliedAt;
    @Column(name = "events_applied")
    public long eventsApplied;

    public FeedPosition position() {
        return new FeedPosition(lastTransactionId, lastPosition);
    }

    /** Past a batch of {@code count} events ending at {@code last}, recorded at {@code lastEventAt}. */
    public void movePast(FeedPosition last, OffsetDateTime lastEventAt, int count, OffsetDateTime now) {
        this.lastTransactionId = last.transactionId();
        this.lastPosition = last.globalPosition();
        this.lastEventAt = lastEventAt;
        this.appliedAt = now;
        this.eventsApplied += count;
    }
}
