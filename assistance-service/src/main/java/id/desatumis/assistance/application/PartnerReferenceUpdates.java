package id.desatumis.assistance.application;

import id.desatumis.assistance.application.PartnerChange.ActorRegistered;
import id.desatumis.assistance.application.PartnerChange.ActorStatusChanged;
import id.desatumis.assistance.application.PartnerChange.DecisionRecorded;
import id.desatumis.assistance.application.PartnerChange.LeadRecorded;
import id.desatumis.assistance.application.PartnerChange.PledgeOffered;
import id.desatumis.assistance.application.PartnerChange.PledgeStatusChanged;
import id.desatumis.assistance.persistence.ActorDirectory;
import id.desatumis.assistance.persistence.ForumDecisionRecords;
import id.desatumis.assistance.persistence.PartnerPledges;
import id.desatumis.assistance.persistence.ReferenceFreshness;
import id.desatumis.assistance.persistence.ResponsibilityLeadHistory;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Applies partner-service's changes to the reference data, in the consumer's batch transaction and in the order
 * delivered (each stream's events in their order), then records how fresh the data now is in the same transaction.
 */
@ApplicationScoped
public class PartnerReferenceUpdates {

    /** The reference consumer's name: its inbox marks and its freshness are kept under it. */
    public static final String CONSUMER = "assistance.reference";

    private final ActorDirectory actors;
    private final ResponsibilityLeadHistory leads;
    private final ForumDecisionRecords decisions;
    private final PartnerPledges pledges;
    private final ReferenceFreshness freshness;

    public PartnerReferenceUpdates(ActorDirectory actors, ResponsibilityLeadHistory leads, ForumDecisionRecords decisions,
                                   PartnerPledges pledges, ReferenceFreshness freshness) {
        this.actors = actors;
        this.leads = leads;
        this.decisions = decisions;
        this.pledges = pledges;
        this.freshness = freshness;
    }

    /** Applies the changes one after the other; {@code lastEventAt} is the time of the latest of their events. */
    public Uni<Void> apply(SqlClient tx, List<PartnerChange> changes, OffsetDateTime lastEventAt) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (PartnerChange change : changes) {
            chain = chain.chain(() -> apply(tx, change));
        }
        return chain.chain(() -> freshness.applied(tx, CONSUMER, changes.size(), lastEventAt));
    }

    private Uni<Void> apply(SqlClient tx, PartnerChange change) {
        long v = change.version();
        if (change instanceof ActorRegistered c) return actors.registered(tx, v, c.actor());
        if (change instanceof ActorStatusChanged c) return actors.statusChanged(tx, v, c.partnerId(), c.active());
        if (change instanceof LeadRecorded c) {
            return leads.recorded(tx, v, c.kind(), c.areaCode(), c.leadPartnerId(), c.supportingPartnerIds(),
                    c.decisionNumber(), c.effectiveFrom());
        }
        if (change instanceof DecisionRecorded c) return decisions.recorded(tx, v, c.forumId(), c.decision());
        if (change instanceof PledgeOffered c) return pledges.offered(tx, v, c.pledge());
        PledgeStatusChanged c = (PledgeStatusChanged) change;
        return pledges.statusChanged(tx, v, c.pledgeId(), c.status(), c.decisionNumber());
    }
}
