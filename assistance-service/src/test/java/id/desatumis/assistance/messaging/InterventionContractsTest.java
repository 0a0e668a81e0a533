package id.desatumis.assistance.messaging;

import id.desatumis.assistance.domain.Delivery;
import id.desatumis.assistance.domain.InterventionEvent.DeliveryReported;
import id.desatumis.assistance.domain.InterventionEvent.InterventionPlanned;
import id.desatumis.assistance.domain.InterventionEvent.UnplannedDeliveryRecorded;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.Plan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay stops for every stream of the service when one mapping throws: the contracts of a plan or a delivery
 * with its optional parts missing (no need, no source, no amount, no evidence) are published with them absent.
 */
class InterventionContractsTest {

    private static final String AT = "2026-01-01T00:00:00Z";
    private static final Plan BARE = new Plan(null, UUID.randomUUID(), null, NeedKind.FOOD_ASSISTANCE, "33.14.07.2003",
            UUID.randomUUID(), null, null, null, null, null, null, null);

    @Test
    void aPlanWithoutNeedSourceOrAmountIsMappedWithThemAbsent() {
        var planned = InterventionContracts.planned(new InterventionPlanned(UUID.randomUUID(), BARE, null), AT);
        assertThat(planned.needId()).isNull();
        assertThat(planned.amountRupiah()).isNull();
    }

    @Test
    void deliveriesWithoutAmountOrEvidenceAreMappedWithThemAbsent() {
        Delivery bare = new Delivery(UUID.randomUUID(), LocalDate.of(2026, 1, 1), null, null, null, null, null, null);
        assertThat(InterventionContracts.reported(new DeliveryReported(UUID.randomUUID(), bare), AT).amountRupiah()).isNull();
        assertThat(InterventionContracts.unplanned(new UnplannedDeliveryRecorded(UUID.randomUUID(), BARE, bare), AT)
                .needId()).isNull();
        assertThat(InterventionContracts.name(null)).isNull();
        assertThat(List.of(InterventionContracts.rupiah(null) == null, InterventionContracts.units(null) == null))
                .containsOnly(true);
    }
}
