package id.desatumis.partner.persistence.views;

import id.desatumis.partner.domain.ForumEvent.ForumScheduled;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Table {@code forum_view}: the forums, projected from their streams. Every later event of a forum's stream passes
 * {@link #advance} first, which guards its invitations, attendance and decisions with the forum's version.
 */
@ApplicationScoped
public class ForumViews implements PanacheRepositoryBase<ForumView, UUID> {

    public void scheduled(ForumScheduled e, EventStamp stamp, ViewRows rows) {
        if (rows.forums.containsKey(e.forumId())) return;
        ForumView f = new ForumView();
        f.forumId = e.forumId();
        f.type = e.type().name();
        f.heldOn = e.date();
        f.place = e.place();
        f.agenda = e.agenda();
        f.areaCode = e.areaCode();
        f.scheduledAt = stamp.at();
        f.changedAt = stamp.at();
        f.version = stamp.version();
        rows.forums.put(f.forumId, rows.created(f));
    }

    /** Whether a later event of the forum's stream is new; if so, the forum is now at its version. */
    public boolean advance(UUID forumId, EventStamp stamp, ViewRows rows) {
        ForumView f = rows.forums.get(forumId);
        if (f == null || !stamp.isNewFor(f.version)) return false;
        f.version = stamp.version();
        f.changedAt = stamp.at();
        return true;
    }

    /** A page of the forums of a filter, the latest first. */
    public Uni<Paged<ForumView>> page(ForumFilter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = " FROM forum_view f WHERE " + filter.where("f", params);
        return NativeQueries.page("SELECT f.*" + where + " ORDER BY f.held_on DESC, f.forum_id", ForumView.class,
                "SELECT count(*)" + where, params, page, size);
    }
}
