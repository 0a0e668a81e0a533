package id.desatumis.partner.persistence.views;

import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The rows one batch of events touches, loaded together (a query per table, not one per event) into the batch's
 * session; the projections change them in memory and add the new ones here, and the transaction's flush writes
 * them all.
 */
public final class ViewRows {

    /** The rows a batch will touch, gathered from its events before anything is loaded. */
    public static final class Wanted {
        final Set<UUID> partners = new HashSet<>();
        final Set<UUID> pledges = new HashSet<>();
        final Set<UUID> allocations = new HashSet<>();
        final Set<UUID> forums = new HashSet<>();
        final Set<String> decisions = new HashSet<>();

        public void partner(UUID id) {
            partners.add(id);
        }

        public void pledge(UUID id) {
            if (id != null) pledges.add(id);
        }

        public void allocation(UUID requestId) {
            allocations.add(requestId);
        }

        /** The forum and every actor's row at it. */
        public void forum(UUID id) {
            forums.add(id);
        }

        public void decision(String number) {
            decisions.add(number);
        }
    }

    final Map<UUID, PartnerView> partners = new HashMap<>();
    final Map<UUID, PledgeView> pledges = new HashMap<>();
    final Map<UUID, PledgeAllocationView> allocations = new HashMap<>();
    final Map<UUID, ForumView> forums = new HashMap<>();
    final Map<ForumAttendanceView.Key, ForumAttendanceView> attendance = new HashMap<>();
    final Map<String, ForumDecisionView> decisions = new HashMap<>();
    private final List<Object> created = new ArrayList<>();

    private ViewRows() {
    }

    /** Loads, in the session of the batch's transaction, every row the batch wants that exists. */
    public static Uni<ViewRows> load(Mutiny.Session session, Wanted wanted) {
        ViewRows rows = new ViewRows();
        return find(session, PartnerView.class, wanted.partners, p -> rows.partners.put(p.partnerId, p))
                .chain(() -> find(session, PledgeView.class, wanted.pledges, p -> rows.pledges.put(p.pledgeId, p)))
                .chain(() -> find(session, PledgeAllocationView.class, wanted.allocations, a -> rows.allocations.put(a.requestId, a)))
                .chain(() -> find(session, ForumView.class, wanted.forums, f -> rows.forums.put(f.forumId, f)))
                .chain(() -> wanted.forums.isEmpty() ? Uni.createFrom().voidItem()
                        : session.createSelectionQuery("from ForumAttendanceView where forumId in :forums", ForumAttendanceView.class)
                                .setParameter("forums", wanted.forums).getResultList()
                                .invoke(list -> list.forEach(a -> rows.attendance.put(a.key(), a))).replaceWithVoid())
                .chain(() -> find(session, ForumDecisionView.class, wanted.decisions, d -> rows.decisions.put(d.number, d)))
                .replaceWith(rows);
    }

    private static <T> Uni<Void> find(Mutiny.Session session, Class<T> entity, Set<?> ids, Consumer<T> put) {
        if (ids.isEmpty()) return Uni.createFrom().voidItem();
        return session.find(entity, ids.toArray()).invoke(found -> found.forEach(e -> {
            if (e != null) put.accept(e);
        })).replaceWithVoid();
    }

    /** A row made by this batch: kept here for the rest of the batch, and persisted with it. */
    <T> T created(T row) {
        created.add(row);
        return row;
    }

    /** The rows this batch made, to persist before the transaction ends. */
    public List<Object> created() {
        return List.copyOf(created);
    }
}
