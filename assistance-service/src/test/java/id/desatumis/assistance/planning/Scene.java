package id.desatumis.assistance.planning;

import id.desatumis.assistance.PartnerService;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.planning.Households.Household;
import id.desatumis.kit.region.RegionCatalog;

import java.util.Map;
import java.util.UUID;

import static id.desatumis.assistance.planning.PlanRequests.awaitReady;
import static id.desatumis.assistance.planning.PlanRequests.budget;
import static id.desatumis.assistance.planning.PlanRequests.plan;

/**
 * Where most planning tests start: a desa of their own where an office leads house repair, a musyawarah desa's
 * decision, a verified poor household, an APBD line, and the household's house repair ready to plan on it (everything
 * it names arrived from partner-service).
 */
record Scene(String desa, String opdCode, UUID office, String decision, Household household, Budget.Line line,
             Map<String, Object> house) {

    /** The topics the other services would have created, before anything is sent to them. */
    static void topicsExist() throws Exception {
        PartnerService.topicsExist();
        Households.topicExists();
    }

    static Scene set(RegionCatalog regions) {
        String desa = Desa.any(regions);
        String opdCode = "DPUPR-" + UUID.randomUUID().toString().substring(0, 8);
        UUID office = Partners.office(opdCode);
        Partners.leads(NeedKind.HOUSE_REPAIR, desa, office);
        String decision = Partners.decision(desa);
        Household h = Households.verifiedPoor(desa);
        Budget.Line line = Budget.apbd(200_000_000L);
        Map<String, Object> house = plan(h.need(NeedKind.HOUSE_REPAIR), budget("APBD", line.code()), decision);
        awaitReady(house);
        return new Scene(desa, opdCode, office, decision, h, line, house);
    }
}
