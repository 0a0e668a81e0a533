package id.desatumis.assistance.api;

import id.desatumis.assistance.domain.ActorType;
import id.desatumis.assistance.domain.AreaLevel;
import id.desatumis.assistance.domain.NeedKind;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * How needs, the reference data from partner-service and the public status lookup are answered (NeedQueries,
 * NeedClosures, ReferenceViews, StatusLookups), for the OpenAPI document only: the same fields as those records and
 * maps, with what a client needs to know of each.
 */
final class NeedAnswerSchemas {

    private NeedAnswerSchemas() {
    }

    @Schema(name = "Need", description = "A need as it arrived from assessment-service, and where it stands")
    record Need(
            @Schema(required = true, example = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f") UUID needId,
            @Schema(required = true, example = ApiSchema.UUID_EXAMPLE) UUID householdId,
            @Schema(description = "The member, for a personal kind; null for the household's kinds or once erased",
                    nullable = true, example = "7d6c5b4a-3e2f-4a1b-8c9d-0e1f2a3b4c5d") UUID memberId,
            @Schema(required = true) NeedKind kind,
            @Schema(required = true, pattern = ApiSchema.DESA_PATTERN, example = ApiSchema.DESA_EXAMPLE) String desaCode,
            @Schema(required = true, enumeration = {"IDENTIFIED", "PLANNED", "MET", "CANCELLED", "CLOSED"},
                    example = "PLANNED") String status,
            @Schema(description = "Why it was cancelled (no longer listed, graduated, erased, merged) or closed "
                    + "(REFUSED_BY_HOUSEHOLD, MEMBER_DIED, MEMBER_MOVED_AWAY)", nullable = true,
                    example = "MEMBER_MOVED_AWAY") String reason,
            @Schema(description = "The intervention planning it", nullable = true,
                    example = "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d") UUID interventionId,
            @Schema(description = "The assessment that identified it", nullable = true,
                    example = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9") UUID assessmentId,
            @Schema(description = "The assessment policy's version", nullable = true, example = "sragen-2026.1")
            String policyVersion,
            @Schema(required = true, example = ApiSchema.DATE_TIME_EXAMPLE) OffsetDateTime identifiedAt,
            @Schema(required = true, example = ApiSchema.DATE_TIME_EXAMPLE) OffsetDateTime updatedAt) {
    }

    @Schema(name = "HouseholdNeeds", description = "A household's needs; member ids only while the member is not erased")
    record HouseholdNeeds(
            @Schema(required = true, example = ApiSchema.UUID_EXAMPLE) UUID householdId,
            @Schema(required = true, pattern = ApiSchema.DESA_PATTERN, example = ApiSchema.DESA_EXAMPLE) String desaCode,
            @Schema(description = "Where the household stands", required = true,
                    enumeration = {"UNKNOWN", "VERIFIED_POOR", "GRADUATED", "MERGED_AWAY", "ERASED"},
                    example = "VERIFIED_POOR") String standing,
            @Schema(description = "Every remaining need met or closed for a recorded reason", required = true)
            boolean allNeedsMet,
            @Schema(description = "The household stream's version (the ETag)", required = true, format = "int64",
                    example = "5") long version,
            @Schema(required = true) List<Need> needs) {
    }

    @Schema(name = "NeedPage", description = "A page of needs")
    record NeedPage(
            @Schema(required = true) List<Need> items,
            @Schema(required = true, example = "0") int page,
            @Schema(required = true, example = "50") int size,
            @Schema(required = true, type = SchemaType.INTEGER, format = "int64", example = "529") long total) {
    }

    @Schema(name = "NeedClosureAnswer", description = "The need closed")
    record Closure(
            @Schema(required = true, example = ApiSchema.UUID_EXAMPLE) UUID householdId,
            @Schema(required = true, example = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f") UUID needId,
            @Schema(required = true, enumeration = "CLOSED", example = "CLOSED") String status,
            @Schema(required = true, enumeration = {"REFUSED_BY_HOUSEHOLD", "MEMBER_DIED", "MEMBER_MOVED_AWAY"},
                    example = "MEMBER_MOVED_AWAY") String reason) {
    }

    @Schema(name = "Freshness", description = "How fresh the reference data is: the time of the last partner-service "
            + "event applied, and when it was applied (both null before the first)")
    record Freshness(
            @Schema(nullable = true, example = "2026-08-17T08:00:00+07:00") OffsetDateTime lastEventAt,
            @Schema(nullable = true, example = "2026-08-17T08:00:02+07:00") OffsetDateTime appliedAt) {
    }

    @Schema(name = "Actor", description = "An actor a plan may name as responsible, as partner-service published it")
    record Actor(
            @Schema(required = true, example = "0c9d8e7f-6a5b-4c3d-8e1f-2a3b4c5d6e7f") UUID partnerId,
            @Schema(required = true) ActorType type,
            @Schema(required = true, example = "Dinas Pekerjaan Umum dan Penataan Ruang") String name,
            @Schema(description = "An office's code (the opd claim of its staff's tokens)", nullable = true,
                    example = ApiSchema.OPD_CODE_EXAMPLE) String opdCode,
            @Schema(description = "false while partner-service has it suspended", required = true) boolean active) {
    }

    @Schema(name = "ActorPage", description = "A page of actors by name, with the data's freshness")
    record ActorPage(
            @Schema(required = true) List<Actor> items,
            @Schema(required = true, example = "0") int page,
            @Schema(required = true, example = "50") int size,
            @Schema(required = true, type = SchemaType.INTEGER, format = "int64", example = "14") long total,
            @Schema(required = true) Freshness freshness) {
    }

    @Schema(name = "NamedActor", description = "An actor named by the matrix; all but its id null until "
            + "partner-service's registration of it has arrived")
    record NamedActor(
            @Schema(required = true, example = "0c9d8e7f-6a5b-4c3d-8e1f-2a3b4c5d6e7f") UUID partnerId,
            @Schema(nullable = true) ActorType type,
            @Schema(nullable = true, example = "PLN UP3 Surakarta") String name,
            @Schema(nullable = true, example = ApiSchema.OPD_CODE_EXAMPLE) String opdCode,
            @Schema(nullable = true) Boolean active) {
    }

    @Schema(name = "LeadHere", description = "Who leads this kind of need in this desa today, from which area's entry "
            + "(the desa's, else its kecamatan's, else the regency's); lead and the rest null when nobody does")
    record LeadHere(
            @Schema(required = true) NeedKind kind,
            @Schema(required = true, pattern = ApiSchema.DESA_PATTERN, example = ApiSchema.DESA_EXAMPLE) String desaCode,
            @Schema(description = "The day asked about (today in Sragen)", required = true, example = ApiSchema.DATE_EXAMPLE)
            LocalDate on,
            @Schema(nullable = true) NamedActor lead,
            @Schema(description = "The area of the entry in force: a desa, kecamatan or regency code", nullable = true,
                    example = "33.14.07") String areaCode,
            @Schema(nullable = true) AreaLevel areaLevel,
            @Schema(nullable = true) List<UUID> supportingPartnerIds,
            @Schema(nullable = true, example = "KEP/TKPKD/2026/011") String decisionNumber,
            @Schema(nullable = true, example = "2026-01-15") LocalDate effectiveFrom,
            @Schema(required = true) Freshness freshness) {
    }

    @Schema(name = "NeedStage", description = "A need as the household may see it: its kind and stage, nothing more")
    record NeedStage(
            @Schema(required = true) NeedKind kind,
            @Schema(description = "The need's status, or the stage of its intervention while one is planned",
                    required = true, enumeration = {"IDENTIFIED", "PLANNED", "RESERVATION_REQUESTED", "RESOURCED",
                            "PARTLY_DELIVERED", "DELIVERED", "DISPUTED", "VERIFIED", "CANCELLED", "WRITTEN_OFF", "MET",
                            "CLOSED"}, example = "RESOURCED") String stage) {
    }

    @Schema(name = "AssistanceStatus", description = "How the household's assistance stands")
    record Status(
            @Schema(required = true) List<NeedStage> needs,
            @Schema(description = "Every need met, as announced", required = true) boolean allNeedsMet) {
    }
}
