package id.desatumis.devstack;

import id.desatumis.devstack.DemoAllocation.Assignment;
import id.desatumis.devstack.DemoAllocation.Fate;
import id.desatumis.devstack.DemoProgramme.Village;
import id.desatumis.devstack.DemoProgrammes.Programme;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plan's body as assistance-service takes it, and the parts it is delivered in: a house repair in two (materials,
 * then the work), business capital in its three tranches, a plan meant to stay partly delivered in two, anything else
 * at once. The amounts match the source's: a pledge counted in rupiah is asked rupiah, one counted in units is asked
 * units.
 */
final class DemoPlanBodies {

    /** One delivery: rupiah and/or units (null where not counted), and the tranche it pays (or null). */
    record Part(Long rupiah, Long units, Integer tranche) {
    }

    private DemoPlanBodies() {
    }

    static Map<String, Object> plan(DemoContext demo, Assignment a, Village v, String actorId, String pledgeId,
                                    DemoPledges.Pledge pledge) {
        Programme p = a.programme();
        long cost = DemoProgrammes.COST.get(p.kind());
        Map<String, Object> source = pledgeId != null ? DemoHttp.map("type", "PLEDGE", "pledgeId", pledgeId)
                : DemoHttp.map("type", p.source(), "code", p.ref(), "fiscalYear", demo.today.getYear());
        Long rupiah = pledge == null || pledge.rupiah() != null ? cost : null;
        Long units = p.tranches() || (pledge != null && pledge.units() == null) ? null : 1L;
        LocalDate due = a.fate() == Fate.DUE_TODAY ? demo.today : demo.today.plusDays(p.tranches() ? 90 : 30 + Math.floorMod(seed(a), 90));
        Map<String, Object> body = DemoHttp.map("needId", a.need().needId(), "actorId", actorId,
                "actorReason", actorId == null ? null : "Ditetapkan musyawarah: pelaksana dan sumber daya dari komitmen "
                        + (pledge != null ? "mitra" : "anggaran " + p.source()),
                "source", source, "amount", DemoHttp.map("rupiah", rupiah, "units", units),
                "dueDate", due.toString(), "decisionNumber", p.decision() != null ? p.decision() : v.planDecision());
        if (p.tranches()) {
            List<Map<String, Object>> tranches = new ArrayList<>();
            List<Part> parts = parts(a, pledge);
            for (int i = 0; i < parts.size(); i++) {
                LocalDate on = a.fate() == Fate.DUE_TODAY ? demo.today : demo.today.plusDays(30L * i);
                tranches.add(DemoHttp.map("number", i + 1, "rupiah", parts.get(i).rupiah(), "due", on.toString()));
            }
            body.put("tranches", tranches);
        }
        return body;
    }

    /** The deliveries that make up the whole plan, in order. */
    static List<Part> parts(Assignment a, DemoPledges.Pledge pledge) {
        Programme p = a.programme();
        long cost = DemoProgrammes.COST.get(p.kind());
        boolean rupiah = pledge == null || pledge.rupiah() != null;
        Long units = p.tranches() || (pledge != null && pledge.units() == null) ? null : 1L;
        if (p.tranches()) {
            long third = cost / 3;
            return List.of(new Part(third, null, 1), new Part(third, null, 2), new Part(cost - 2 * third, null, 3));
        }
        boolean twoParts = p.kind().equals("HOUSE_REPAIR") || a.fate() == Fate.PARTIAL;
        if (!rupiah || !twoParts) return List.of(new Part(rupiah ? cost : null, units, null));
        long first = cost * 2 / 5;
        return List.of(new Part(first, null, null), new Part(cost - first, units, null));
    }

    static long seed(Assignment a) {
        return UUID.nameUUIDFromBytes(a.need().key().getBytes(StandardCharsets.UTF_8)).getLeastSignificantBits();
    }
}
