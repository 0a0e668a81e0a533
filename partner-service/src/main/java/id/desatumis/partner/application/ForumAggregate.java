package id.desatumis.partner.application;

import id.desatumis.kit.aggregate.AggregateType;
import id.desatumis.kit.aggregate.EventTypes;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.partner.domain.Forum;
import id.desatumis.partner.domain.ForumEvent;
import id.desatumis.partner.domain.ForumEvent.ActorsInvited;
import id.desatumis.partner.domain.ForumEvent.AttendanceRecorded;
import id.desatumis.partner.domain.ForumEvent.DecisionRecorded;
import id.desatumis.partner.domain.ForumEvent.ForumScheduled;
import id.desatumis.partner.persistence.ForumDecisions;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * A forum as the kit's pipeline stores it (stream {@code forum-<forumId>}), with each decision written to
 * {@code forum_decisions} in the same transaction: commands that cite a decision read it there, and its primary key
 * keeps decision numbers unique across the programme.
 */
@ApplicationScoped
public class ForumAggregate implements AggregateType<Forum, ForumEvent> {

    public static final String CATEGORY = "forum";

    static final EventTypes<ForumEvent> TYPES = EventTypes.of(ForumEvent.class)
            .type("ForumScheduled", 1, ForumScheduled.class)
            .type("ActorsInvited", 1, ActorsInvited.class)
            .type("AttendanceRecorded", 1, AttendanceRecorded.class)
            .type("DecisionRecorded", 1, DecisionRecorded.class)
            .build();

    private final ForumDecisions decisions;

    public ForumAggregate(ForumDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public Forum initial() {
        return Forum.NONE;
    }

    @Override
    public Forum evolve(Forum state, ForumEvent event) {
        return Forum.evolve(state, event);
    }

    @Override
    public EventTypes<ForumEvent> eventTypes() {
        return TYPES;
    }

    @Override
    public Uni<Void> updateInlineModels(SqlConnection tx, Loaded<Forum> after, List<ForumEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ForumEvent e : events) {
            if (e instanceof DecisionRecorded d) chain = chain.chain(() -> decisions.recorded(tx, d));
        }
        return chain;
    }
}
