package id.desatumis.partner.persistence.views;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** Table {@code view_checkpoint}: each projection's place in the event store (its row is made by the migration). */
@ApplicationScoped
public class ViewCheckpoints implements PanacheRepositoryBase<ViewCheckpoint, String> {

    /** The checkpoint, locked until the batch's transaction ends: one batch at a time moves it, whoever runs it. */
    public Uni<ViewCheckpoint> lock(String projection) {
        return findById(projection, LockModeType.PESSIMISTIC_WRITE).map(c -> require(c, projection));
    }

    public Uni<ViewCheckpoint> read(String projection) {
        return findById(projection).map(c -> require(c, projection));
    }

    private static ViewCheckpoint require(ViewCheckpoint c, String projection) {
        if (c == null) throw new IllegalStateException("no checkpoint row for projection " + projection);
        return c;
    }
}
