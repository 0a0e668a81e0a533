package id.desatumis.assistance.api;

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
 * How interventions are answered (InterventionAnswers, InterventionQueries build them as maps), for the OpenAPI
 * document only: the service never reads or writes these records.
 */
final class InterventionAnswerSchemas {

    private InterventionAnswerSchemas() {
    }

    @Schema(name = "Quantity",
            description = "Whole rupiah and/or whole units; a part the plan does not count is absent "
            + "(or null)")
    record Quantity(
            @Schema(description = "Whole rupiah", format = "int64", example = "15000000") Long rupiah,
            @Schema(description = "Whole units", format = "int64", example = "1") Long units) {
    }

    @Schema(name = "SourceAnswer", description = "Where the resources come from: a pledge, a budget line, or (an "
            + "unplanned delivery) the office's own programme")
    record Source(
            @Schema(description = "The type", required = true) SourceType type,
            @Schema(description = "PLEDGE: the pledge", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID pledgeId,
            @Schema(description = "A budget line: the line", example = ApiSchema.UUID_EXAMPLE) UUID budgetLineId,
            @Schema(description = "A budget line: its code", example = ApiSchema.BUDGET_CODE_EXAMPLE) String code,
            @Schema(description = "OWN_PROGRAMME: the office's programme", example = "PBI-JKN APBD 2026")
            String programme) {
    }

    @Schema(name = "TrancheAnswer", description = "A tranche of a BUSINESS_CAPITAL plan")
    record Tranche(
            @Schema(description = "The tranche's number", required = true, example = "1") int number,
            @Schema(description = "Whole rupiah", required = true, format = "int64", example = "2500000") long rupiah,
            @Schema(description = "When the tranche falls due", required = true, example = "2026-09-01")
            LocalDate due) {
    }

    @Schema(name = "GuardOverrideAnswer", description = "The override of the double-assistance guard")
    record Override(
            @Schema(description = "The intervention the guard found", required = true,
                    example = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9") UUID existingInterventionId,
            @Schema(description = "Only in GET /interventions/{id}; absent once the registry erased the household",
                    example = "Rumah roboh diterjang angin puting beliung")
            String reason) {
    }

    @Schema(name = "PlanAnswer", description = "The plan")
    record Plan(
            @Schema(description = "Absent for an unplanned delivery that met no open need",
                    example = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f") UUID needId,
            @Schema(description = "The household", required = true, example = ApiSchema.UUID_EXAMPLE) UUID householdId,
            @Schema(description = "The member, for a personal kind", example = "7d6c5b4a-3e2f-4a1b-8c9d-0e1f2a3b4c5d")
            UUID memberId,
            @Schema(description = "The kind of need", required = true) NeedKind kind,
            @Schema(description = "The desa's Kemendagri code", required = true, pattern = ApiSchema.DESA_PATTERN,
                    example = ApiSchema.DESA_EXAMPLE) String desaCode,
            @Schema(description = "The responsible actor", required = true,
                    example = "0c9d8e7f-6a5b-4c3d-8e1f-2a3b4c5d6e7f") UUID actorId,
            @Schema(description = "Where the resources come from", required = true) Source source,
            @Schema(description = "How much", required = true) Quantity amount,
            @Schema(description = "BUSINESS_CAPITAL plans in tranches only") List<Tranche> tranches,
            @Schema(description = "When it is due", example = "2026-10-31") LocalDate dueDate,
            @Schema(description = "The forum decision's number", example = ApiSchema.DECISION_EXAMPLE)
            String decisionNumber,
            @Schema(description = "The override of the double-assistance guard") Override override,
            @Schema(description = "Only in GET /interventions/{id}: why another actor than the matrix's lead "
                    + "(absent once the registry erased the household)",
                    example = "PLN sudah menjadwalkan pemasangan di dusun ini") String actorReason) {
    }

    @Schema(name = "Confirmation", description = "The household's confirmation, recorded by the desa's operator")
    record Confirmation(
            @Schema(description = "Who in the household confirmed it", required = true,
                    enumeration = {"HEAD_OF_HOUSEHOLD", "SPOUSE", "OTHER_MEMBER", "REPRESENTATIVE"},
                    example = "HEAD_OF_HOUSEHOLD") String confirmedBy,
            @Schema(description = "When the household confirmed it", required = true, example = ApiSchema.DATE_EXAMPLE)
            LocalDate confirmedOn,
            @Schema(description = "How it was confirmed", required = true, enumeration = {"SIGNATURE", "THUMBPRINT",
                    "IN_PERSON_WITNESSED", "PHOTO"},
                    example = "SIGNATURE") String method,
            @Schema(description = "The operator's token subject; programme staff only", example = "op-cemeng-01")
            String verifiedBy) {
    }

    @Schema(name = "EvidenceAnswer", description = "What proves the delivery")
    record Evidence(
            @Schema(description = "The handover document's number", example = "BAST/DPUPR/2026/0147")
            String documentNumber,
            @Schema(description = "Where the photo is kept (absent once the registry erased the household)",
                    example = "s3://dpupr-sragen/rtlh/2026/0147.jpg")
            String photoReference,
            @Schema(description = "The photo's SHA-256", pattern = "^[0-9a-f]{64}$",
                    example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String photoSha256) {
    }

    @Schema(name = "InterventionDelivery", description = "A delivery as the intervention's detail lists it")
    record Delivery(
            @Schema(description = "The delivery", required = true, example = "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8")
            UUID deliveryId,
            @Schema(description = "Where it stands", required = true) DeliveryStatus status,
            @Schema(description = "When it was delivered", required = true, example = ApiSchema.DATE_EXAMPLE)
            LocalDate deliveredOn,
            @Schema(description = "What was delivered (absent once the registry erased the household)",
                    example = "Perbaikan atap dan dinding rumah selesai")
            String description,
            @Schema(description = "How much", required = true) Quantity amount,
            @Schema(description = "The tranche delivered", example = "1") Integer tranche,
            @Schema(description = "What proves the delivery") Evidence evidence,
            @Schema(description = "The reporter's token subject", required = true, example = "dpupr-sragen-02")
            String reportedBy,
            @Schema(description = "Why Dinas Sosial reported for another actor (\"(erased)\" once the registry erased "
                    + "the household)",
                    example = "Laporan PLN diterima lewat surat") String onBehalfReason,
            @Schema(description = "The household's confirmation") Confirmation confirmation) {
    }

    @Schema(name = "Intervention", description = "An intervention: its plan and where it stands. A command answers "
            + "ids, figures, codes and dates; GET /interventions/{id} adds the reasons given and every delivery")
    record Intervention(
            @Schema(description = "The intervention", required = true, example = "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d")
            UUID interventionId,
            @Schema(description = "Where the intervention stands", required = true) Stage stage,
            @Schema(description = "The intervention's version (its ETag)", required = true, format = "int64",
                    example = "3") long version,
            @Schema(description = "An office's assistance under its own programme, outside any plan", required = true)
            boolean unplanned,
            @Schema(description = "When it was planned (in Sragen)", required = true, example = "2026-07-01")
            LocalDate plannedOn,
            @Schema(description = "The plan", required = true) Plan plan,
            @Schema(description = "What the deliveries add up to", required = true) Quantity delivered,
            @Schema(description = "The reservation asked of partner-service, while it waits for an answer",
                    example = "6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e") UUID pendingRequestId,
            @Schema(description = "The pledge's reservation, once confirmed",
                    example = "8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a") UUID reservationId,
            @Schema(description = "Why the last reservation was refused or ended: insufficient, out-of-scope, "
                    + "expired, suspended, unknown-pledge, or timed out", example = "insufficient") String lastRefusal,
            @Schema(description = "Only in GET /interventions/{id}: every delivery, in the order reported")
            List<Delivery> deliveries) {
    }

    @Schema(name = "InterventionListItem", description = "An intervention as a list shows it")
    record Item(
            @Schema(description = "The intervention", required = true, example = "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d")
            UUID interventionId,
            @Schema(description = "The need", example = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f") UUID needId,
            @Schema(description = "The household", required = true, example = ApiSchema.UUID_EXAMPLE) UUID householdId,
            @Schema(description = "The member, for a personal kind", example = "7d6c5b4a-3e2f-4a1b-8c9d-0e1f2a3b4c5d")
            UUID memberId,
            @Schema(description = "The kind of need", required = true) NeedKind kind,
            @Schema(description = "The desa's Kemendagri code", required = true, pattern = ApiSchema.DESA_PATTERN,
                    example = ApiSchema.DESA_EXAMPLE) String desaCode,
            @Schema(description = "The responsible actor", required = true,
                    example = "0c9d8e7f-6a5b-4c3d-8e1f-2a3b4c5d6e7f") UUID actorId,
            @Schema(description = "Where the intervention stands", required = true) Stage stage,
            @Schema(description = "An office's assistance under its own programme, outside any plan", required = true)
            boolean unplanned,
            @Schema(description = "Where the resources come from", required = true) Source source,
            @Schema(description = "The plan's amount", required = true) Quantity planned,
            @Schema(description = "What the deliveries add up to", required = true) Quantity delivered,
            @Schema(description = "When it is due", example = "2026-10-31") LocalDate dueDate,
            @Schema(description = "When it was planned (in Sragen)", required = true, example = "2026-07-01")
            LocalDate plannedOn,
            @Schema(description = "When the last delivery was made", example = ApiSchema.DATE_EXAMPLE)
            LocalDate lastDeliveredOn,
            @Schema(description = "When the village verified it", example = "2026-08-20") LocalDate verifiedOn,
            @Schema(description = "The forum decision's number", example = ApiSchema.DECISION_EXAMPLE)
            String decisionNumber,
            @Schema(description = "Why the last reservation was refused or ended", example = "insufficient")
            String lastRefusal,
            @Schema(description = "The version (the ETag of commands on it)", required = true, format = "int64",
                    example = "3") long version,
            @Schema(description = "When it last changed", required = true, example = ApiSchema.DATE_TIME_EXAMPLE)
            OffsetDateTime updatedAt) {
    }

    @Schema(name = "InterventionPage", description = "A page of interventions, the latest planned first")
    record Page(
            @Schema(description = "This page's items", required = true) List<Item> items,
            @Schema(description = "This page, from 0", required = true, example = "0") int page,
            @Schema(description = "The page size", required = true, example = "50") int size,
            @Schema(description = "Items in the whole list", required = true, type = SchemaType.INTEGER,
                    format = "int64", example = "529") long total) {
    }
}
