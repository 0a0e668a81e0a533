package id.desatumis.contracts.partner;

import id.desatumis.contracts.OptionalField;
import java.util.List;

/**
 * A partner offered capacity to kinds of need in an area for a period; nothing can be reserved from it before it is
 * accepted. Published on {@link PartnerTopics#PLEDGE} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param pledgeId     the pledge
 * @param partnerId    the partner offering it
 * @param kinds        kinds of need it may serve
 * @param scopeLevel   REGENCY, KECAMATAN or DESA
 * @param scopeCodes   dotted Kemendagri codes of the areas, all of that level
 * @param amountRupiah capacity in whole rupiah, if offered in rupiah
 * @param units        capacity in units, if offered in units
 * @param unit         what a unit is (HOUSE, CONNECTION, SCHOLARSHIP, ...) when units are offered
 * @param validFrom    first day (ISO-8601 date)
 * @param validUntil   last day (ISO-8601 date); it expires after it
 * @param offeredAt    ISO-8601 instant
 */
public record PledgeOfferedV1(String pledgeId, String partnerId, List<String> kinds, String scopeLevel, List<String> scopeCodes,
                             @OptionalField Long amountRupiah, @OptionalField Long units, @OptionalField String unit,
                             String validFrom, String validUntil, String offeredAt) {

    public static final String EVENT_TYPE = "PledgeOffered";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.partner.PledgeOffered.v1";
}
