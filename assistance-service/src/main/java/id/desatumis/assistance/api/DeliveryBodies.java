package id.desatumis.assistance.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * The bodies of the delivery commands and of the OPD API's reports, as sent: dates and ids as text and amounts as
 * JSON numbers, so that {@link DeliveryFields} names every broken rule itself (never a double, never a fraction of a
 * rupiah). Texts that travel to offices and villages never hold a 16-digit number (personal-number).
 */
public final class DeliveryBodies {

    private static final String NO_PERSONAL_NUMBER = "; never a 16-digit number (a NIK or KK number may not be written here)";

    private DeliveryBodies() {
    }

    /** Whole rupiah and/or whole units (JSON integers). */
    @Schema(name = "DeliveredAmount", description = "How much was delivered: whole rupiah and/or whole units, as the "
            + "plan counts them; deliveries add up to the plan, never beyond (409 over-delivery)")
    public record Amount(
            @Schema(description = "Whole rupiah (a JSON integer, no fraction)", type = SchemaType.INTEGER,
                    format = "int64", minimum = "0", maximum = ApiSchema.MAX_RUPIAH, example = "5000000")
            BigDecimal rupiah,
            @Schema(description = "Whole units", type = SchemaType.INTEGER, format = "int64", minimum = "0",
                    maximum = ApiSchema.MAX_RUPIAH, example = "1") BigDecimal units) {
    }

    /** What proves a delivery: a document's number, and a photo kept elsewhere with its SHA-256 (hex). */
    @Schema(name = "EvidenceRequest", description = "What proves the delivery: a document's number, and optionally a "
            + "photo kept elsewhere with its SHA-256 (both or neither)")
    public record Evidence(
            @Schema(description = "The handover document's number" + NO_PERSONAL_NUMBER, required = true,
                    maxLength = DeliveryFields.DOCUMENT_MAX, example = "BAST/DPUPR/2026/0147") String documentNumber,
            @Schema(description = "Where the photo is kept" + NO_PERSONAL_NUMBER,
                    maxLength = DeliveryFields.PHOTO_REFERENCE_MAX, example = "s3://dpupr-sragen/rtlh/2026/0147.jpg")
            String photoReference,
            @Schema(description = "The photo's SHA-256, 64 hexadecimal digits; required with photoReference",
                    pattern = ApiSchema.SHA256_PATTERN,
                    example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String photoSha256) {
    }

    /** A delivery: when (YYYY-MM-DD), what, how much, which tranche, its evidence; Dinas Sosial for another: why. */
    @Schema(name = "DeliveryReport", description = "A delivery (a part, or a tranche) of the intervention")
    public record Report(
            @Schema(description = "When it was delivered: today (in Sragen) or before", required = true,
                    format = "date", example = ApiSchema.DATE_EXAMPLE) String deliveredOn,
            @Schema(description = "What was delivered" + NO_PERSONAL_NUMBER, required = true,
                    maxLength = DeliveryFields.DESCRIPTION_MAX, example = "Perbaikan atap dan dinding rumah selesai")
            String description,
            @Schema(required = true) Amount amount,
            @Schema(description = "The tranche delivered (BUSINESS_CAPITAL plans in tranches), paid as planned",
                    type = SchemaType.INTEGER, minimum = "1", maximum = "100", example = "1") BigDecimal tranche,
            @Schema(required = true) Evidence evidence,
            @Schema(description = "Dinas Sosial reporting for another responsible actor: why (required then, refused "
                    + "otherwise)" + NO_PERSONAL_NUMBER, maxLength = DeliveryFields.REASON_MAX,
                    example = "Laporan PLN diterima lewat surat, sistemnya belum tersambung") String onBehalfReason) {
    }

    /** One report of a batch: the intervention it delivers on, and the delivery. */
    @Schema(name = "BatchDeliveryReport", description = "One report of a batch: the intervention, and the delivery")
    public record BatchItem(
            @Schema(description = "The intervention delivered on (one you answer for)", required = true,
                    format = "uuid", example = ApiSchema.UUID_EXAMPLE) String interventionId,
            @Schema(description = "When it was delivered: today (in Sragen) or before", required = true,
                    format = "date", example = ApiSchema.DATE_EXAMPLE) String deliveredOn,
            @Schema(description = "What was delivered" + NO_PERSONAL_NUMBER, required = true,
                    maxLength = DeliveryFields.DESCRIPTION_MAX, example = "Sambungan listrik 900 VA terpasang")
            String description,
            @Schema(required = true) Amount amount,
            @Schema(description = "The tranche delivered", type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    example = "1") BigDecimal tranche,
            @Schema(required = true) Evidence evidence) {
    }

    /** The household's confirmation: who in the household (a role), on which day, how. */
    @Schema(name = "VerificationRequest", description = "The household's confirmation of the delivery")
    public record Verification(
            @Schema(description = "Who in the household confirmed", required = true,
                    enumeration = {"HEAD_OF_HOUSEHOLD", "SPOUSE", "OTHER_MEMBER", "REPRESENTATIVE"},
                    example = "HEAD_OF_HOUSEHOLD") String confirmedBy,
            @Schema(description = "When: on or after the delivery, today (in Sragen) or before", required = true,
                    format = "date", example = ApiSchema.DATE_EXAMPLE) String confirmedOn,
            @Schema(description = "How", required = true,
                    enumeration = {"SIGNATURE", "THUMBPRINT", "IN_PERSON_WITNESSED", "PHOTO"}, example = "SIGNATURE")
            String method) {
    }

    /** NOT_RECEIVED, INCOMPLETE, WRONG_ITEM or ASKED_TO_PAY, and why. */
    @Schema(name = "DisputeRequest", description = "The village disputes the delivery")
    public record Dispute(
            @Schema(description = "On what ground", required = true,
                    enumeration = {"NOT_RECEIVED", "INCOMPLETE", "WRONG_ITEM", "ASKED_TO_PAY"}, example = "INCOMPLETE")
            String ground,
            @Schema(description = "Why" + NO_PERSONAL_NUMBER, required = true, maxLength = DeliveryFields.REASON_MAX,
                    example = "Semen yang diterima 10 sak, bukan 20") String reason) {
    }

    /** REDELIVER, ACCEPT or WRITE_OFF, and why. */
    @Schema(name = "ResolutionRequest", description = "Dinas Sosial's resolution of a disputed delivery: REDELIVER (the "
            + "delivery no longer counts), ACCEPT, or WRITE_OFF (the intervention written off, the need open again)")
    public record Resolution(
            @Schema(description = "The resolution", required = true, enumeration = {"REDELIVER", "ACCEPT", "WRITE_OFF"},
                    example = "REDELIVER") String resolution,
            @Schema(description = "Why" + NO_PERSONAL_NUMBER, required = true, maxLength = DeliveryFields.REASON_MAX,
                    example = "Kekurangan dikirim ulang oleh penyedia") String reason) {
    }

    /** An office's assistance under its own programme: for whom (household, member for a personal kind), what, when. */
    @Schema(name = "UnplannedDeliveryReport", description = "Assistance an office gave under its own programme, "
            + "outside any plan")
    public record Unplanned(
            @Schema(description = "The household assisted", required = true, format = "uuid",
                    example = ApiSchema.UUID_EXAMPLE) String householdId,
            @Schema(description = "The member assisted: required for a personal kind (EDUCATION, HEALTH_COVER, "
                    + "BUSINESS_CAPITAL, SKILLS_TRAINING), refused for the household's kinds", format = "uuid",
                    example = "7d6c5b4a-3e2f-4a1b-8c9d-0e1f2a3b4c5d") String memberId,
            @Schema(description = "The kind of need met", required = true,
                    enumeration = {"HOUSE_REPAIR", "ELECTRICITY", "SANITATION", "EDUCATION", "HEALTH_COVER",
                            "BUSINESS_CAPITAL", "SKILLS_TRAINING", "FOOD_ASSISTANCE"}, example = "HEALTH_COVER")
            String kind,
            @Schema(description = "The office's programme" + NO_PERSONAL_NUMBER, required = true,
                    maxLength = DeliveryFields.PROGRAMME_MAX, example = "PBI-JKN APBD 2026") String programme,
            @Schema(description = "When it was delivered: today (in Sragen) or before", required = true,
                    format = "date", example = ApiSchema.DATE_EXAMPLE) String deliveredOn,
            @Schema(description = "What was delivered" + NO_PERSONAL_NUMBER, required = true,
                    maxLength = DeliveryFields.DESCRIPTION_MAX, example = "Kartu KIS diterbitkan untuk anggota")
            String description,
            @Schema(required = true) Amount amount,
            @Schema(required = true) Evidence evidence) {
    }
}
