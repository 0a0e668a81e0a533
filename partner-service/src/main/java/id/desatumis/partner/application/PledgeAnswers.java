package id.desatumis.partner.application;

import id.desatumis.kit.api.CommandResult;
import id.desatumis.partner.domain.Amounts;
import id.desatumis.partner.domain.Pledge;
import id.desatumis.partner.domain.PledgeBalance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a pledge command answers: the pledge as it now stands and its balance, each amount in the parts the pledge
 * counts (rupiah and/or units). Ids, figures and codes only: the answer is kept for Idempotency-Key replays.
 */
final class PledgeAnswers {

    private PledgeAnswers() {
    }

    static CommandResult of(int status, Pledge pledge, long version, PledgeBalance balance) {
        var offered = pledge.offered();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pledgeId", offered.pledgeId().toString());
        body.put("partnerId", offered.partnerId().toString());
        body.put("status", pledge.status().name());
        body.put("version", version);
        body.put("kinds", offered.kinds().stream().map(Enum::name).toList());
        body.put("scope", Map.of("level", offered.scope().level().name(), "codes", offered.scope().codes()));
        if (offered.unit() != null) body.put("unit", offered.unit());
        body.put("validFrom", offered.validFrom().toString());
        body.put("validUntil", offered.validUntil().toString());
        if (pledge.decisionNumber() != null) body.put("decisionNumber", pledge.decisionNumber());
        Amounts capacity = balance.capacity();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("capacity", counted(capacity, capacity));
        figures.put("reserved", counted(capacity, balance.reserved()));
        figures.put("consumed", counted(capacity, balance.consumed()));
        figures.put("withdrawn", counted(capacity, balance.withdrawn()));
        figures.put("remaining", counted(capacity, balance.remaining()));
        body.put("balance", figures);
        return new CommandResult(status, "/pledges/" + offered.pledgeId(), version, body);
    }

    private static Map<String, Object> counted(Amounts capacity, Amounts amounts) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (capacity.hasRupiah()) out.put("rupiah", amounts.rupiahOrZero());
        if (capacity.hasUnits()) out.put("units", amounts.unitsOrZero());
        return out;
    }
}
