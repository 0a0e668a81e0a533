package id.desatumis.monitoring.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A forum: who was invited, how they took part, and what it decided. */
public record ForumSummary(UUID forumId, String type, String areaCode, LocalDate heldOn, int invited, int present,
                           int represented, int absentWithNotice, int absentWithoutNotice, List<Decision> decisions) {

    public ForumSummary {
        decisions = List.copyOf(decisions);
    }

    /** A decision of the forum: its number, what it approves, its date. */
    public record Decision(String number, String approvesKind, LocalDate decidedOn) {
    }
}
