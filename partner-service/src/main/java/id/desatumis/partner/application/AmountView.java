package id.desatumis.partner.application;

import id.desatumis.partner.domain.Amounts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount as the queries answer it: whole rupiah and units, null for a part that is not counted. */
@Schema(name = "Amount", description = "Whole rupiah and units; a part that is not counted is null")
public record AmountView(@Schema(description = "Whole rupiah", nullable = true, minimum = "0", examples = "500000000") Long rupiah,
                         @Schema(description = "Whole units", nullable = true, minimum = "0", examples = "25") Long units) {

    public static AmountView of(Amounts a) {
        return new AmountView(a.rupiah(), a.units());
    }
}
