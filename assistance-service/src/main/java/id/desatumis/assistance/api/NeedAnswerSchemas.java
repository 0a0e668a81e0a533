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
            @Schema(description = "The need", required = true, example = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f")
            UUID needId,
            @Schema(description = "The household", required = true, example = ApiSchema.UUID_EXAMPLE) UUID householdId,
            @Schema(description = "The member, for a personal kind; null for the household's kinds or once erased",
                    nullable = true, example = "7d6c5b4a-3e2f-4a1b-8c9d-0e1f2a3b4c5d") UUID memberId,
            @Schema(description = "The kind of need", required = true) NeedKind kind,
            @Schema(description = "The desa's Kemendagri code", required = true, pattern = ApiSchema.DESA_PATTERN,
                    example = ApiSchema.DESA_EXAMPLE) String desaCode,
            @Schema(description = "Where it stands", required = true, enumeration = {"IDENTIFIED", "PLANNED", "MET",
                    "CANCELLED", "CLOSED"},
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
            @Schema(description = "When assessment-service identified it", required = true,
                    example = ApiSchema.DATE_TIME_EXAMPLE) OffsetDateTime identifiedAt,
            @Schema(description = "When it last changed", required = true, example = ApiSchema.DATE_TIME_EXAMPLE)
            OffsetDateTime updatedAt) {
    }

    @Schema(name = "HouseholdNeeds",
            description = "A household's needs; member ids only while the member is not erased")
    record HouseholdNeeds(
            @Schema(description = "The household", required = true, example = ApiSchema.UUID_EXAMPLE) UUID householdId,
            @Schema(description = "The desa's Kemendagri code", required = true, pattern = ApiSchema.DESA_PATTERN,
                    example = ApiSchema.DESA_EXAMPLE) String desaCode,
            @Schema(description = "Where the household stands", required = true,
                    enumeration = {"UNKNOWN", "VERIFIED_POOR", "GRADUATED", "MERGED_AWAY", "ERASED"},
                    example = "VERIFIED_POOR") String standing,
            @Schema(description = "Every remaining need met or closed for a recorded reason", required = true)
            boolean allNeedsMet,
            @Schema(description = "The household stream's version (the ETag)", required = true, format = "int64",
                    example = "5") long version,
            @Schema(description = "The needs", required = true) List<Need> needs) {
    }

    @Schema(name = "NeedPage", description = "A page of needs")
    record NeedPage(
            @Schema(description = "This page's items", required = true) List<Need> items,
            @Schema(description = "This page, from 0", required = true, example = "0") int page,
            @Schema(description = "The page size", required = true, example = "50") int size,
            @Schema(description = "Items in the whole list", required = true, type = SchemaType.INTEGER,
                    format = "int64", example = "529") long total) {
    }

    @Schema(name = "NeedClosureAnswer", description = "The need closed")
    record Closure(
            @Schema(description = "The household", required = true, example = ApiSchema.UUID_EXAMPLE) UUID householdId,
            @Schema(description = "The need", required = true, example = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f")
            UUID needId,
            @Schema(description = "Where it stands", required = true, enumeration = "CLOSED", example = "CLOSED")
            String status,
            @Schema(description = "Why", required = true, enumeration = {"REFUSED_BY_HOUSEHOLD", "MEMBER_DIED",
                    "MEMBER_MOVED_AWAY"},
                    example = "MEMBER_MOVED_AWAY") String reason) {
    }

    @Schema(name = "Freshness", description = "How fresh the reference data is: the time of the last partner-service "
            + "event applied, and when it was applied (both null before the first)")
    record Freshness(
            @Schema(description = "The time of the last partner-service event applied", nullable = true,
                    example = "2026-08-17T08:00:00+07:00") OffsetDateTime lastEventAt,
            @Schema(description = "When that event was applied here", nullable = true,
                    example = "2026-08-17T08:00:02+07:00") OffsetDateTime appliedAt) {
    }

    @Schema(name = "Actor", description = "An actor a plan may name as responsible, as partner-service published it")
    record Actor(
            @Schema(description = "The actor's id in partner-service", required = true,
                    example = "0c9d8e7f-6a5b-4c3d-8e1f-2a3b4c5d6e7f") UUID partnerId,
            @Schema(description = "The type", required = true) ActorType type,
            @Schema(description = "The name", required = true, example = "Dinas Pekerjaan Umum dan Penataan Ruang")
            String name,
            @Schema(description = "An office's code (the opd claim of its staff's tokens)", nullable = true,
                    example = ApiSchema.OPD_CODE_EXAMPLE) String opdCode,
            @Schema(description = "false while partner-service has it suspended", required = true) boolean active) {
    }

    @Schema(name = "ActorPage", description = "A page of actors by name, with the data's freshness")
    record ActorPage(
            @Schema(description = "This page's items", required = true) List<Actor> items,
            @Schema(description = "This page, from 0", required = true, example = "0") int page,
            @Schema(description = "The page size", required = true, example = "50") int size,
            @Schema(description = "Items in the whole list", required = true, type = SchemaType.INTEGER,
                    format = "int64", example = "14") long total,
            @Schema(description = "How fresh the data is", required = true) Freshness freshness) {
    }

    @Schema(name = "NamedActor", description = "An actor named by the matrix; all but its id null until "
            + "partner-service's registration of it has arrived")
    record NamedActor(
            @Schema(description = "The actor's id in partner-service", required = true,
                    example = "0c9d8e7f-6a5b-4c3d-8e1f-2a3b4c5d6e7f") UUID partnerId,
            @Schema(description = "The type", nullable = true) ActorType type,
            @Schema(description = "The name", nullable = true, example = "PLN UP3 Surakarta") String name,
            @Schema(description = "An office's code", nullable = true, example = ApiSchema.OPD_CODE_EXAMPLE)
            String opdCode,
            @Schema(description = "Whether the actor is active", nullable = true) Boolean active) {
    }

    @Schema(name = "LeadHere", description = "Who leads this kind of need in this desa today, from which area's entry "
            + "(the desa's, else its kecamatan's, else the regency's); lead and the rest null when nobody does")
    record LeadHere(
            @Schema(description = "The kind of need", required = true) NeedKind kind,
            @Schema(description = "The desa's Kemendagri code", required = true, pattern = ApiSchema.DESA_PATTERN,
                    example = ApiSchema.DESA_EXAMPLE) String desaCode,
            @Schema(description = "The day asked about (today in Sragen)", required = true,
                    example = ApiSchema.DATE_EXAMPLE)
            LocalDate on,
            @Schema(description = "The lead actor; null when nobody leads", nullable = true) NamedActor lead,
            @Schema(description = "The area of the entry in force: a desa, kecamatan or regency code", nullable = true,
                    example = "33.14.07") String areaCode,
            @Schema(description = "The level of the matrix entry's area", nullable = true) AreaLevel areaLevel,
            @Schema(description = "The supporting actors", nullable = true) List<UUID> supportingPartnerIds,
            @Schema(description = "The forum decision's number", nullable = true, example = "KEP/TKPKD/2026/011")
            String decisionNumber,
            @Schema(description = "When the matrix entry took effect", nullable = true, example = "2026-01-15")
            LocalDate effectiveFrom,
            @Schema(description = "How fresh the data is", required = true) Freshness freshness) {
    }

    @Schema(name = "NeedStage", description = "A need as the household may see it: its kind and stage, nothing more")
    record NeedStage(
            @Schema(description = "The kind of need", required = true) NeedKind kind,
            @Schema(description = "The need's status, or the stage of its intervention while one is planned",
                    required = true, enumeration = {"IDENTIFIED", "PLANNED", "RESERVATION_REQUESTED", "RESOURCED",
                            "PARTLY_DELIVERED", "DELIVERED", "DISPUTED", "VERIFIED", "CANCELLED", "WRITTEN_OFF", "MET",
                            "CLOSED"}, example = "RESOURCED") String stage) {
    }

    @Schema(name = "AssistanceStatus", description = "How the household's assistance stands")
    record Status(
            @Schema(description = "The needs", required = true) List<NeedStage> needs,
            @Schema(description = "Every need met, as announced", required = true) boolean allNeedsMet) {
    }
}
