package id.desatumis.partner.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The responsibility matrix, one stream per kind of need and area ({@code responsibility-<KIND>-<areaCode>}): each
 * assignment supersedes the one before from its date, so the stream is the history of who answered for it when.
 */
public sealed interface ResponsibilityEvent {

    NeedKind kind();

    String areaCode();

    record ResponsibilityAssigned(NeedKind kind, String areaCode, UUID leadPartnerId, List<UUID> supportingPartnerIds,
                                  String decisionNumber, LocalDate effectiveFrom, String assignedBy)
            implements ResponsibilityEvent {
    }

    /** No lead any more from that date (the matrix shows the gap), on a forum decision. */
    record ResponsibilityCleared(NeedKind kind, String areaCode, String decisionNumber, LocalDate effectiveFrom,
                                 String reason, String clearedBy) implements ResponsibilityEvent {
    }
}
