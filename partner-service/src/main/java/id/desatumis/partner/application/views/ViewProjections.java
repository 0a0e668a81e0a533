package id.desatumis.partner.application.views;

import id.desatumis.partner.domain.ForumEvent.ActorsInvited;
import id.desatumis.partner.domain.ForumEvent.AttendanceRecorded;
import id.desatumis.partner.domain.ForumEvent.DecisionRecorded;
import id.desatumis.partner.domain.ForumEvent.ForumScheduled;
import id.desatumis.partner.domain.ForumEvent;
import id.desatumis.partner.domain.PartnerEvent;
import id.desatumis.partner.domain.PledgeEvent;
import id.desatumis.partner.domain.ReservationEvent.ReservationConsumed;
import id.desatumis.partner.domain.ReservationEvent.ReservationMade;
import id.desatumis.partner.domain.ReservationEvent.ReservationReleased;
import id.desatumis.partner.domain.ReservationEvent;
import id.desatumis.partner.persistence.views.AttendanceViews;
import id.desatumis.partner.persistence.views.DecisionViews;
import id.desatumis.partner.persistence.views.EventStamp;
import id.desatumis.partner.persistence.views.ForumViews;
import id.desatumis.partner.persistence.views.PartnerViews;
import id.desatumis.partner.persistence.views.PledgeAllocationViews;
import id.desatumis.partner.persistence.views.PledgeViews;
import id.desatumis.partner.persistence.views.ViewRows;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which read-model rows each event of the service touches, and the change it makes to them: partners, pledges and
 * what their reservations hold, forums with their invitations, attendance and decisions. Events of other kinds
 * (the matrix's, or kinds added later) change nothing here.
 */
@ApplicationScoped
public class ViewProjections {

    private final PartnerViews partners;
    private final PledgeViews pledges;
    private final PledgeAllocationViews allocations;
    private final ForumViews forums;
    private final AttendanceViews attendance;
    private final DecisionViews decisions;

    public ViewProjections(PartnerViews partners, PledgeViews pledges, PledgeAllocationViews allocations,
                           ForumViews forums, AttendanceViews attendance, DecisionViews decisions) {
        this.partners = partners;
        this.pledges = pledges;
        this.allocations = allocations;
        this.forums = forums;
        this.attendance = attendance;
        this.decisions = decisions;
    }

    /** Notes the rows the event needs loaded before the batch is applied. */
    public void want(Object event, ViewRows.Wanted wanted) {
        if (event instanceof PartnerEvent e) wanted.partner(e.partnerId());
        else if (event instanceof PledgeEvent e) wanted.pledge(e.pledgeId());
        else if (event instanceof ReservationEvent e) {
            wanted.allocation(e.requestId());
            if (event instanceof ReservationMade m) wanted.pledge(m.pledgeId());
            else if (event instanceof ReservationReleased r) wanted.pledge(r.pledgeId());
            else if (event instanceof ReservationConsumed c) wanted.pledge(c.pledgeId());
        } else if (event instanceof ForumEvent e) {
            wanted.forum(e.forumId());
            if (event instanceof DecisionRecorded d) wanted.decision(d.number());
        }
    }

    /** Applies one event, in the batch's order, to the rows loaded for the batch. */
    public void apply(Object event, EventStamp stamp, ViewRows rows) {
        if (event instanceof PartnerEvent e) partners.apply(e, stamp, rows);
        else if (event instanceof PledgeEvent e) pledges.apply(e, stamp, rows);
        else if (event instanceof ReservationEvent e) {
            allocations.apply(e, stamp, rows).ifPresent(change -> pledges.reservationChanged(change, stamp, rows));
        } else if (event instanceof ForumEvent e) applyForum(e, stamp, rows);
    }

    private void applyForum(ForumEvent event, EventStamp stamp, ViewRows rows) {
        if (event instanceof ForumScheduled e) {
            forums.scheduled(e, stamp, rows);
            return;
        }
        if (!forums.advance(event.forumId(), stamp, rows)) return;
        if (event instanceof ActorsInvited e) attendance.invited(e, stamp, rows);
        else if (event instanceof AttendanceRecorded e) attendance.recorded(e, stamp, rows);
        else if (event instanceof DecisionRecorded e) decisions.recorded(e, stamp, rows);
    }
}
