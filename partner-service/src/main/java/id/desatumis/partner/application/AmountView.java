package id.desatumis.partner.application;

import id.desatumis.partner.domain.Amounts;

/** An amount as the queries answer it: whole rupiah and units, null for a part that is not counted. */
public record AmountView(Long rupiah, Long units) {

    public static AmountView of(Amounts a) {
        return new AmountView(a.rupiah(), a.units());
    }
}
