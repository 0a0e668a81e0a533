package id.desatumis.assistance.planning;

import id.desatumis.assistance.PartnerService;
import id.desatumis.assistance.domain.NeedKind;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What partner-service would have published before anyone plans in a desa: a responsible office leading a kind of
 * need, a musyawarah desa's decision, a partner's accepted pledge (through the reference part's {@link PartnerService}).
 */
final class Partners {

    static final LocalDate TODAY = PlanRequests.TODAY;

    private Partners() {
    }

    /** An office registered as a partner of type OPD; its id. */
    static UUID office() {
        String code = "OPD-" + UUID.randomUUID().toString().substring(0, 8);
        return PartnerService.registered("OPD", "Dinas " + code, code);
    }

    /** An office registered with this office code; its id. */
    static UUID office(String opdCode) {
        return PartnerService.registered("OPD", "Dinas " + opdCode, opdCode);
    }

    static UUID partner() {
        return PartnerService.registered("BAZNAS", "Baznas " + UUID.randomUUID().toString().substring(0, 8), null);
    }

    /** The actor leads the kind in the area from today, on a decision of the regency. */
    static void leads(NeedKind kind, String area, UUID actor) {
        PartnerService.assigned(kind.name(), area, actor, List.of(), PartnerService.decision("33.14", "RESPONSIBILITY"), TODAY);
    }

    /** A decision approving interventions, of the area's forum; its number. */
    static String decision(String area) {
        return PartnerService.decision(area, "INTERVENTION_PLAN");
    }

    /** An accepted pledge of the partner for these kinds in the desa, in units, valid this year and next; its id. */
    static UUID pledge(UUID partner, String desa, long units, NeedKind... kinds) {
        UUID id = PartnerService.pledgeOffered(partner, Arrays.stream(kinds).map(Enum::name).toList(), "DESA",
                List.of(desa), units, "HOUSE", TODAY.minusDays(1), TODAY.plusYears(1));
        PartnerService.pledgeAccepted(id, PartnerService.decision("33.14", "PLEDGE"));
        return id;
    }
}
