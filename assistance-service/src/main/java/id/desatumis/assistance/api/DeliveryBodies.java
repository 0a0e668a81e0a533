package id.desatumis.assistance.api;

import java.math.BigDecimal;

/**
 * The bodies of the delivery commands and of the OPD API's reports, as sent: dates and ids as text and amounts as
 * JSON numbers, so that {@link DeliveryFields} names every broken rule itself (never a double, never a fraction of a
 * rupiah).
 */
public final class DeliveryBodies {

    private DeliveryBodies() {
    }

    /** Whole rupiah and/or whole units (JSON integers). */
    public record Amount(BigDecimal rupiah, BigDecimal units) {
    }

    /** What proves a delivery: a document's number, and a photo kept elsewhere with its SHA-256 (hex). */
    public record Evidence(String documentNumber, String photoReference, String photoSha256) {
    }

    /** A delivery: when (YYYY-MM-DD), what, how much, which tranche, its evidence; Dinas Sosial for another: why. */
    public record Report(String deliveredOn, String description, Amount amount, BigDecimal tranche, Evidence evidence,
                         String onBehalfReason) {
    }

    /** One report of a batch: the intervention it delivers on, and the delivery. */
    public record BatchItem(String interventionId, String deliveredOn, String description, Amount amount,
                            BigDecimal tranche, Evidence evidence) {
    }

    /** The household's confirmation: who in the household (a role), on which day, how. */
    public record Verification(String confirmedBy, String confirmedOn, String method) {
    }

    /** NOT_RECEIVED, INCOMPLETE, WRONG_ITEM or ASKED_TO_PAY, and why. */
    public record Dispute(String ground, String reason) {
    }

    /** REDELIVER, ACCEPT or WRITE_OFF, and why. */
    public record Resolution(String resolution, String reason) {
    }

    /** An office's assistance under its own programme: for whom (household, member for a personal kind), what, when. */
    public record Unplanned(String householdId, String memberId, String kind, String programme, String deliveredOn,
                            String description, Amount amount, Evidence evidence) {
    }
}
