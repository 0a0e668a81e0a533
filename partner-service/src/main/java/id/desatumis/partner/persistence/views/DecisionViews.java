package id.desatumis.partner.persistence.views;

import id.desatumis.partner.domain.ForumEvent.DecisionRecorded;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Table {@code forum_decision_view}: every decision with its text, by number. */
@ApplicationScoped
public class DecisionViews implements PanacheRepositoryBase<ForumDecisionView, String> {

    /** Applied only after the forum's version let the event through; a number never changes its decision. */
    public void recorded(DecisionRecorded e, EventStamp stamp, ViewRows rows) {
        if (rows.decisions.containsKey(e.number())) return;
        ForumDecisionView d = new ForumDecisionView();
        d.number = e.number();
        d.forumId = e.forumId();
        d.forumType = e.forumType().name();
        d.areaCode = e.areaCode();
        d.decidedOn = e.decidedOn();
        d.text = e.text();
        d.approvesKind = e.approves().kind().name();
        d.approvesReference = e.approves().reference();
        d.recordedAt = stamp.at();
        rows.decisions.put(d.number, rows.created(d));
    }

    /** How many decisions each forum of a page took, by forum (none: absent). */
    public Uni<Map<UUID, Long>> countPerForum(Collection<UUID> forumIds) {
        if (forumIds.isEmpty()) return Uni.createFrom().item(Map.of());
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select d.forumId, count(*) from ForumDecisionView d where d.forumId in :forums group by d.forumId",
                        Object[].class).setParameter("forums", forumIds).getResultList())
                .map(rows -> {
                    Map<UUID, Long> out = new HashMap<>();
                    rows.forEach(r -> out.put((UUID) r[0], (Long) r[1]));
                    return out;
                });
    }

    public Uni<List<ForumDecisionView>> ofForum(UUID forumId) {
        return list("forumId", Sort.by("decidedOn").and("number"), forumId);
    }
}
