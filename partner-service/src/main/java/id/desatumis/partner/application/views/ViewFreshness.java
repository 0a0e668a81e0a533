package id.desatumis.partner.application.views;

import id.desatumis.kit.eventstore.EventFeed;
import id.desatumis.partner.config.ViewSettings;
import id.desatumis.partner.persistence.views.ViewCheckpoints;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** How fresh the read models are: when the last event applied was recorded, and how many events wait behind it. */
@ApplicationScoped
public class ViewFreshness {

    /**
     * @param lastEventAt  when the last event applied was recorded (null before the first)
     * @param appliedAt    when the last batch was applied
     * @param eventsBehind events in the store past the checkpoint, counted up to the configured cap
     */
    @Schema(name = "Freshness", description = "How fresh the read models were when the answer was read (also in the "
            + "X-Projection-Last-Event-At and X-Projection-Events-Behind headers)", requiredProperties = "eventsBehind")
    public record Freshness(
            @Schema(nullable = true, description = "When the last event applied was recorded; null before the first")
            OffsetDateTime lastEventAt,
            @Schema(nullable = true, description = "When the last batch of events was applied") OffsetDateTime appliedAt,
            @Schema(minimum = "0", examples = "0", description = "Events in the store not yet applied, counted up to a cap")
            long eventsBehind) {
    }

    private final ViewCheckpoints checkpoints;
    private final EventFeed feed;
    private final Pool pool;
    private final ViewSettings settings;

    public ViewFreshness(ViewCheckpoints checkpoints, EventFeed feed, Pool pool, ViewSettings settings) {
        this.checkpoints = checkpoints;
        this.feed = feed;
        this.pool = pool;
        this.settings = settings;
    }

    /**
     * Read in the caller's Panache session before the answer it qualifies: the answer holds at least every event up
     * to this checkpoint, so the freshness stated never overstates it.
     */
    public Uni<Freshness> now() {
        return checkpoints.read(ReadModelProjector.PROJECTION).chain(c -> feed.countAfter(pool, c.position(), settings.behindCap())
                .map(behind -> new Freshness(c.lastEventAt, c.appliedAt, behind)));
    }
}
