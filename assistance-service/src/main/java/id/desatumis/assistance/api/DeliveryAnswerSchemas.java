package id.desatumis.assistance.api;

import id.desatumis.assistance.api.InterventionAnswerSchemas.Confirmation;
import id.desatumis.assistance.api.InterventionAnswerSchemas.Evidence;
import id.desatumis.assistance.domain.DeliveryStatus;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.SourceType;
import id.desatumis.assistance.domain.Stage;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * How deliveries and the OPD API are answered (DeliveryAnswers, DeliveryQueries, OpdQueries and DeliveryBatch build
 * them as maps), for the OpenAPI document only.
 */
final class DeliveryAnswerSchemas {

    private DeliveryAnswerSchemas() {
    }

    @Schema(name = "Amounts", description = "Whole rupiah and whole units; each null when the plan does not count it")
    record Amounts(
            @Schema(description = "Whole rupiah", format = "int64", nullable = true, example = "5000000") Long rupiah,
            @Schema(description = "Whole units", format = "int64", nullable = true, example = "1") Long units) {
    }

    @Schema(name = "DeliveryAnswer", description = "Where the delivery stands, and where the intervention stands after "
            + "the command")
    record Answer(
            @Schema(description = "The intervention", required = true, example = "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d")
            UUID interventionId,
            @Schema(description = "The delivery", required = true, example = "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8")
            UUID deliveryId,
            @Schema(description = "Where the delivery stands with the village", required = true)
            DeliveryStatus deliveryStatus,
            @Schema(description = "Where the intervention stands", required = true) Stage stage,
            @Schema(description = "What the deliveries add up to", required = true) Amounts delivered,
            @Schema(description = "What is left of the plan", required = true) Amounts remaining,
            @Schema(description = "The intervention's version (the ETag)", required = true, format = "int64",
                    example = "4") long version) {
    }

    @Schema(name = "UnplannedDeliveryAnswer",
            description = "The unplanned delivery, recorded as an intervention of its "
            + "own (source OWN_PROGRAMME) with one delivery")
    record UnplannedAnswer(
            @Schema(description = "The intervention", required = true, example = "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d")
            UUID interventionId,
            @Schema(description = "The delivery", required = true, example = "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8")
            UUID deliveryId,
            @Schema(description = "Where the delivery stands with the village", required = true)
            DeliveryStatus deliveryStatus,
            @Schema(description = "Where the intervention stands", required = true) Stage stage,
            @Schema(description = "What the deliveries add up to", required = true) Amounts delivered,
            @Schema(description = "What is left of the plan", required = true) Amounts remaining,
            @Schema(description = "The version (the ETag of commands on it)", required = true, format = "int64",
                    example = "1") long version,
            @Schema(description = "The household's open need of this kind that it met; null when none",
                    nullable = true, example = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f") UUID needId,
            @Schema(description = "The desa's Kemendagri code", required = true, pattern = ApiSchema.DESA_PATTERN,
                    example = ApiSchema.DESA_EXAMPLE) String desaCode) {
    }

    @Schema(name = "DeliveryView",
            description = "A delivery as whoever may see the intervention reads it; who reported "
            + "and verified it, and why Dinas Sosial reported for another, are for programme staff only")
    record View(
            @Schema(description = "The delivery", required = true, example = "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8")
            UUID deliveryId,
            @Schema(description = "Where it stands", required = true) DeliveryStatus status,
            @Schema(description = "When it was delivered", required = true, example = ApiSchema.DATE_EXAMPLE)
            LocalDate deliveredOn,
            @Schema(description = "What was delivered (null once the registry erased the household)", nullable = true,
                    example = "Perbaikan atap dan dinding rumah selesai") String description,
            @Schema(description = "How much", required = true) Amounts amount,
            @Schema(description = "The tranche delivered", nullable = true, example = "1") Integer tranche,
            @Schema(description = "What proves the delivery", nullable = true) Evidence evidence,
            @Schema(description = "Reported by Dinas Sosial for the responsible actor", required = true)
            boolean onBehalf,
            @Schema(description = "The household's confirmation") Confirmation confirmation,
            @Schema(description = "Programme staff only: the reporter's token subject", example = "dpupr-sragen-02")
            String reportedBy,
            @Schema(description = "Programme staff only (\"(erased)\" once the registry erased the household)", nullable = true,
                    example = "Laporan PLN diterima lewat surat")
            String onBehalfReason) {
    }

    @Schema(name = "DeliveryList",
            description = "The intervention's deliveries in the order reported, and what they add "
            + "up to")
    record Deliveries(
            @Schema(description = "The intervention", required = true, example = "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d")
            UUID interventionId,
            @Schema(description = "Where the intervention stands", required = true) Stage stage,
            @Schema(description = "The plan's amount", required = true) Amounts planned,
            @Schema(description = "What the deliveries add up to", required = true) Amounts delivered,
            @Schema(description = "What is left of the plan", required = true) Amounts remaining,
            @Schema(description = "The deliveries", required = true) List<View> deliveries) {
    }

    @Schema(name = "OpdIntervention", description = "An intervention the caller answers for")
    record OpdIntervention(
            @Schema(description = "The intervention", required = true, example = "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d")
            UUID interventionId,
            @Schema(description = "The need", nullable = true, example = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f")
            UUID needId,
            @Schema(description = "The household", required = true, example = ApiSchema.UUID_EXAMPLE) UUID householdId,
            @Schema(description = "The member, for a personal kind", nullable = true,
                    example = "7d6c5b4a-3e2f-4a1b-8c9d-0e1f2a3b4c5d") UUID memberId,
            @Schema(description = "The kind of need", required = true) NeedKind kind,
            @Schema(description = "The desa's Kemendagri code", required = true, pattern = ApiSchema.DESA_PATTERN,
                    example = ApiSchema.DESA_EXAMPLE) String desaCode,
            @Schema(description = "Where the intervention stands", required = true) Stage stage,
            @Schema(description = "An office's assistance under its own programme, outside any plan", required = true)
            boolean unplanned,
            @Schema(description = "Where the resources come from", nullable = true) SourceType sourceType,
            @Schema(description = "The plan's amount", required = true) Amounts planned,
            @Schema(description = "What the deliveries add up to", required = true) Amounts delivered,
            @Schema(description = "When it is due", nullable = true, example = "2026-10-31") LocalDate dueDate,
            @Schema(description = "When it was planned (in Sragen)", nullable = true, example = "2026-07-01")
            LocalDate plannedOn,
            @Schema(description = "When the last delivery was made", nullable = true, example = ApiSchema.DATE_EXAMPLE)
            LocalDate lastDeliveredOn,
            @Schema(description = "When the village verified it", nullable = true, example = "2026-08-20")
            LocalDate verifiedOn,
            @Schema(description = "The version (the ETag of commands on it)", required = true, format = "int64",
                    example = "3") long version,
            @Schema(description = "When it last changed", required = true, example = ApiSchema.DATE_TIME_EXAMPLE)
            OffsetDateTime updatedAt) {
    }

    @Schema(name = "OpdInterventionPage", description = "A page of the interventions the caller answers for")
    record OpdPage(
            @Schema(description = "This page's items", required = true) List<OpdIntervention> items,
            @Schema(description = "This page, from 0", required = true, example = "0") int page,
            @Schema(description = "The page size", required = true, example = "50") int size,
            @Schema(description = "Items in the whole list", required = true, type = SchemaType.INTEGER,
                    format = "int64", example = "12") long total) {
    }

    @Schema(name = "BatchResult", description = "One item's answer: the status a single report would have had, with "
            + "its body's fields (accepted) or its problem (refused)")
    record BatchResult(
            @Schema(description = "The item's index in items, from 0", required = true, example = "0") int index,
            @Schema(description = "201 reported; a 4xx refused (as POST /interventions/{id}/deliveries answers)",
                    required = true, example = "201") int status,
            @Schema(description = "Accepted: the delivery",
                    example = "/interventions/3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d"
                    + "/deliveries/4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8") String location,
            @Schema(description = "Accepted earlier under the same Idempotency-Key: answered as it was")
            Boolean replayed,
            @Schema(description = "The intervention", example = "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d")
            UUID interventionId,
            @Schema(description = "The delivery", example = "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8") UUID deliveryId,
            @Schema(description = "Where the delivery stands with the village") DeliveryStatus deliveryStatus,
            @Schema(description = "Where the intervention stands") Stage stage,
            @Schema(description = "What the deliveries add up to") Amounts delivered,
            @Schema(description = "What is left of the plan") Amounts remaining,
            @Schema(description = "The version (the ETag of commands on it)", format = "int64", example = "4")
            Long version,
            @Schema(description = "Refused: the problem a single report would have had",
                    ref = "#/components/schemas/Problem") Object problem) {
    }

    @Schema(name = "DeliveryBatchAnswer", description = "Each item answered by its index")
    record BatchAnswer(
            @Schema(description = "Items received", required = true, example = "3") int received,
            @Schema(description = "Items accepted", required = true, type = SchemaType.INTEGER, format = "int64",
                    example = "2") long accepted,
            @Schema(description = "Items refused", required = true, type = SchemaType.INTEGER, format = "int64",
                    example = "1") long refused,
            @Schema(description = "Each item answered by its index", required = true) List<BatchResult> results) {
    }
}
