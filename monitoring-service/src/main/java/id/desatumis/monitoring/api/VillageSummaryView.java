package id.desatumis.monitoring.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * A desa's registry counts and how fresh they are: the time of the last event applied, when it was
 * applied, and the consumer lag (records not yet read; null when unknown).
 */
@Schema(description = "A desa's registry counts and how fresh they are")
public record VillageSummaryView(
        @Schema(description = "The desa's Kemendagri code", required = true, pattern = SchemaWords.DESA_CODE,
                examples = "33.14.07.2003") String desaCode,
        @Schema(description = "The desa's name", required = true, examples = "Cemeng") String desaName,
        @Schema(description = "Households registered in the desa", required = true, minimum = "0", examples = "2257")
        int households,
        @Schema(description = "Their members", required = true, minimum = "0", examples = "7431") int members,
        @Schema(description = "The source time of the latest event applied; null before any",
                examples = "2026-03-02T09:14:05Z") OffsetDateTime lastEventAt,
        @Schema(description = "When it was applied; null before any", examples = "2026-03-02T09:14:06Z")
        OffsetDateTime lastAppliedAt,
        @Schema(description = "Records of the topics not applied yet; null when unknown", minimum = "0", examples = "0")
        Long consumerLag) {
}
