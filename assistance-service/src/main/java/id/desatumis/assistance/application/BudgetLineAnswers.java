package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.BudgetLine;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetLineOpened;
import id.desatumis.kit.api.CommandResult;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A budget line as the commands and queries answer it: what it is, its balance and how much of it is realised. */
final class BudgetLineAnswers {

    private BudgetLineAnswers() {
    }

    static String location(BudgetLineOpened l) {
        return "/budget-lines/" + l.lineId();
    }

    static CommandResult result(int status, BudgetLine line, long version) {
        return new CommandResult(status, location(line.opened()), version, body(line, version));
    }

    /** The line's fields and balance; ids, codes and amounts only (it is kept for Idempotency-Key replays). */
    static Map<String, Object> body(BudgetLine line, long version) {
        BudgetLineOpened l = line.opened();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lineId", l.lineId().toString());
        body.put("fund", l.fund().name());
        body.put("code", l.code());
        body.put("fiscalYear", l.fiscalYear());
        body.put("ownerOpdCode", l.ownerOpdCode());
        body.put("desaCode", l.desaCode());
        body.put("name", l.name());
        body.put("ceilingRupiah", line.ceilingRupiah());
        body.put("committedRupiah", line.committedRupiah());
        body.put("realisedRupiah", line.realisedRupiah());
        body.put("availableRupiah", line.availableRupiah());
        body.put("realisationPercent", percent(line.realisedRupiah(), line.ceilingRupiah()));
        body.put("version", version);
        return body;
    }

    /** {@code part} of {@code whole} in percent, two decimals (a JSON number, never a double's rounding). */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) return BigDecimal.ZERO.setScale(2);
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
