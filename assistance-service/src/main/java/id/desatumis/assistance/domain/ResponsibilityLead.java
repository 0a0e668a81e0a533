package id.desatumis.assistance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A lead of the responsibility matrix in force: the actor answering for a kind of need in an area (and the actors
 * supporting it) from a date, on a forum decision. For a desa, the most specific area that has one wins.
 */
public record ResponsibilityLead(NeedKind kind, String areaCode, UUID leadPartnerId, List<UUID> supportingPartnerIds,
                                 String decisionNumber, LocalDate effectiveFrom) {

    public ResponsibilityLead {
        supportingPartnerIds = List.copyOf(supportingPartnerIds);
    }

    public AreaLevel areaLevel() {
        return AreaLevel.of(areaCode);
    }
}
