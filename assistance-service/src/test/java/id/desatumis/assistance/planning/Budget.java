package id.desatumis.assistance.planning;

import id.desatumis.assistance.Auth;

import java.util.Map;
import java.util.UUID;

import static id.desatumis.assistance.planning.PlanRequests.YEAR;
import static id.desatumis.assistance.planning.PlanRequests.post;

/** Budget lines opened by Dinas Sosial through their endpoint, each with a code of its own. */
final class Budget {

    /** A line: its id and its code. */
    record Line(String id, String code) {
    }

    private Budget() {
    }

    /** An APBD line of this year with this ceiling. */
    static Line apbd(long ceilingRupiah) {
        String code = "1.06.02." + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String id = post(Auth.dinsos(), "/budget-lines", Map.of("fund", "APBD", "code", code, "fiscalYear", YEAR,
                "ownerOpdCode", "DPUPR", "name", "Rehabilitasi rumah tidak layak huni", "ceilingRupiah", ceilingRupiah))
                .statusCode(201).extract().path("lineId");
        return new Line(id, code);
    }
}
