package id.desatumis.assistance.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A delivery as reported: when, what, how much (a part of the plan, or a tranche), its evidence, who reported it
 * (the token's subject: the one who may never verify it) and, when Dinas Sosial reported for the responsible actor,
 * why.
 */
public record Delivery(UUID deliveryId, LocalDate deliveredOn, String description, Quantity amount, Integer tranche,
                       Evidence evidence, String reportedBy, String onBehalfReason) {
}
