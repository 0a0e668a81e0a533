package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.Actor;
import id.desatumis.assistance.domain.CitedDecision;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.PledgeRef;
import id.desatumis.assistance.domain.PledgeStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one of partner-service's published events changes in the reference data here, with the version its stream
 * had at that event ({@code version}): a row written by a later event is never overwritten by an earlier one.
 */
public sealed interface PartnerChange {

    long version();

    /** An actor was registered (active). */
    record ActorRegistered(long version, Actor actor) implements PartnerChange {
    }

    /** An actor was suspended ({@code active} false) or reinstated. */
    record ActorStatusChanged(long version, UUID partnerId, boolean active) implements PartnerChange {
    }

    /** A cell of the matrix got a lead from a date, or ({@code leadPartnerId} null) was cleared from a date. */
    record LeadRecorded(long version, NeedKind kind, String areaCode, UUID leadPartnerId, List<UUID> supportingPartnerIds,
                        String decisionNumber, LocalDate effectiveFrom) implements PartnerChange {

        public LeadRecorded {
            supportingPartnerIds = List.copyOf(supportingPartnerIds);
        }
    }

    /** A forum decided something. */
    record DecisionRecorded(long version, UUID forumId, CitedDecision decision) implements PartnerChange {
    }

    /** A partner offered a pledge. */
    record PledgeOffered(long version, PledgeRef pledge) implements PartnerChange {
    }

    /** A pledge was accepted (on {@code decisionNumber}), declined, withdrawn whole or expired. */
    record PledgeStatusChanged(long version, UUID pledgeId, PledgeStatus status, String decisionNumber)
            implements PartnerChange {
    }
}
