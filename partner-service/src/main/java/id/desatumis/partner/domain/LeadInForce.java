package id.desatumis.partner.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A lead of the matrix in force on a day: the assignment of one kind of need in one area that no later entry of that
 * area (another assignment, or a clearing) has superseded by then.
 */
public record LeadInForce(NeedKind kind, Area area, UUID leadPartnerId, List<UUID> supportingPartnerIds,
                          String decisionNumber, LocalDate effectiveFrom) {

    public LeadInForce {
        supportingPartnerIds = List.copyOf(supportingPartnerIds);
    }

    /** Whether this actor leads or supports here. */
    public boolean names(UUID partnerId) {
        return leadPartnerId.equals(partnerId) || supportingPartnerIds.contains(partnerId);
    }

    /**
     * The area of a code and each wider one that holds it, most specific first: {@code 33.14.07.2003} gives
     * {@code [33.14.07.2003, 33.14.07, 33.14]}; the regency gives itself.
     */
    public static List<String> areaAndWider(String code) {
        List<String> out = new ArrayList<>();
        String c = code;
        out.add(c);
        while (c.chars().filter(ch -> ch == '.').count() > 1) {
            c = c.substring(0, c.lastIndexOf('.'));
            out.add(c);
        }
        return out;
    }

    /**
     * Who leads in an area, given the leads in force there and in the wider areas that hold it: the most specific
     * (a desa's over its kecamatan's over the regency's).
     */
    public static Optional<LeadInForce> mostSpecific(List<LeadInForce> inForce) {
        return inForce.stream().max(Comparator.comparingInt(l -> l.area().level().specificity()));
    }
}
