package id.desatumis.partner.application;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the matrix queries answer, as JSON. Actors by id, name, type and status: no person is named. */
public final class MatrixViews {

    private MatrixViews() {
    }

    /** A registered actor; name, type and status are null for an id the directory does not hold. */
    @Schema(name = "MatrixActor", description = "A registered actor; name, type and status are null for an id the "
            + "directory does not hold", requiredProperties = "partnerId")
    public record Actor(@Schema(description = "The partner's id", format = "uuid", examples = "7d1c2f3e-5b8a-4c61-9e0f-2a4b6c8d0e1f") UUID partnerId,
                        @Schema(description = "Its name; null when not registered", nullable = true, examples = "Dinas Perumahan dan Kawasan Permukiman") String name,
                        @Schema(description = "What kind of actor it is; null when not registered", type = SchemaType.STRING, enumeration = {"OPD", "PEMDES", "CSR", "BUMN", "BUMD", "BAZNAS", "LAZ", "NGO", "UNIVERSITY", "COMMUNITY"}, nullable = true) String type,
                        @Schema(description = "ACTIVE or SUSPENDED; null when not registered", type = SchemaType.STRING, enumeration = {"ACTIVE", "SUSPENDED"}, nullable = true) String status) {
    }

    /**
     * Who leads a kind of need in an area on a day: {@code fromAreaCode} is the area whose entry answers (the area
     * itself or a wider one); {@code gap} when nobody does.
     */
    @Schema(name = "MatrixLead", requiredProperties = {"kind", "areaCode", "areaName", "at", "gap", "supporting"})
    public record Lead(@Schema(description = "The kind of need", type = SchemaType.STRING, enumeration = {"HOUSE_REPAIR", "ELECTRICITY", "SANITATION", "EDUCATION", "HEALTH_COVER", "BUSINESS_CAPITAL", "SKILLS_TRAINING", "FOOD_ASSISTANCE"}) String kind,
                       @Schema(description = "The area's Kemendagri code", pattern = "^33\\.14(\\.[0-9]{2}(\\.[0-9]{4})?)?$", examples = "33.14.07.2001") String areaCode,
                       @Schema(description = "The area's name", examples = "Tangen") String areaName,
                       @Schema(description = "The day read") LocalDate at,
                       @Schema(description = "true when nobody leads here on that day, nor in a wider area") boolean gap,
                       @Schema(nullable = true, description = "The lead; null in a gap") Actor lead,
                       @Schema(description = "The supporting actors") List<Actor> supporting,
                       @Schema(description = "The forum decision cited", nullable = true, pattern = "^[A-Za-z0-9./_-]{1,100}$", examples = "TKPKD/33.14/2026/011") String decisionNumber,
                       @Schema(description = "From this day on", nullable = true) LocalDate effectiveFrom,
                       @Schema(nullable = true, pattern = "^33\\.14(\\.[0-9]{2}(\\.[0-9]{4})?)?$", examples = "33.14.07",
                               description = "The area whose entry answers: this one or a wider one") String fromAreaCode,
                       @Schema(description = "The level of the area whose entry answers", type = SchemaType.STRING, enumeration = {"REGENCY", "KECAMATAN", "DESA"}, nullable = true) String fromAreaLevel) {
    }

    /** One entry of the matrix in force. */
    @Schema(name = "MatrixEntry", requiredProperties = {"kind", "areaCode", "areaLevel", "areaName", "lead", "supporting",
            "decisionNumber", "effectiveFrom"})
    public record Entry(@Schema(description = "The kind of need", type = SchemaType.STRING, enumeration = {"HOUSE_REPAIR", "ELECTRICITY", "SANITATION", "EDUCATION", "HEALTH_COVER", "BUSINESS_CAPITAL", "SKILLS_TRAINING", "FOOD_ASSISTANCE"}) String kind,
                        @Schema(description = "The area's Kemendagri code", pattern = "^33\\.14(\\.[0-9]{2}(\\.[0-9]{4})?)?$", examples = "33.14.07") String areaCode,
                        @Schema(description = "The area's level", type = SchemaType.STRING, enumeration = {"REGENCY", "KECAMATAN", "DESA"}) String areaLevel,
                        @Schema(description = "The area's name", examples = "Tangen") String areaName,
                        @Schema(description = "The lead actor") Actor lead, @Schema(description = "The supporting actors") List<Actor> supporting,
                        @Schema(description = "The forum decision cited", pattern = "^[A-Za-z0-9./_-]{1,100}$", examples = "TKPKD/33.14/2026/011") String decisionNumber, @Schema(description = "From this day on") LocalDate effectiveFrom) {
    }

    /** A kind of need in an area that nobody leads, there or in a wider area. */
    @Schema(name = "MatrixGap", requiredProperties = {"kind", "areaCode", "areaLevel", "areaName"})
    public record Gap(@Schema(description = "The kind of need nobody leads", type = SchemaType.STRING, enumeration = {"HOUSE_REPAIR", "ELECTRICITY", "SANITATION", "EDUCATION", "HEALTH_COVER", "BUSINESS_CAPITAL", "SKILLS_TRAINING", "FOOD_ASSISTANCE"}) String kind,
                      @Schema(description = "The area nobody leads it in", pattern = "^33\\.14(\\.[0-9]{2}(\\.[0-9]{4})?)?$", examples = "33.14.07.2001") String areaCode,
                      @Schema(description = "The area's level", type = SchemaType.STRING, enumeration = {"REGENCY", "KECAMATAN", "DESA"}) String areaLevel,
                      @Schema(description = "The area's name", examples = "Jekawal") String areaName) {
    }

    public record Page<T>(@Schema(description = "The day read") LocalDate at, @Schema(description = "How many items the listing has") int total, @Schema(description = "The page, from 0") int page, @Schema(description = "Items per page") int size, @Schema(description = "The items of this page") List<T> items) {
    }

    /** The gaps, with how many there are of each kind (of those the caller may see). */
    @Schema(name = "MatrixGapPage", requiredProperties = {"at", "total", "byKind", "page", "size", "items"})
    public record GapPage(@Schema(description = "The day read") LocalDate at,
                          @Schema(description = "How many items the listing has", minimum = "0", examples = "120") int total,
                          @Schema(description = "How many gaps of each kind of need (every kind asked for, 0 included)",
                                  examples = "{\"HOUSE_REPAIR\": 12, \"SANITATION\": 3}") Map<String, Integer> byKind,
                          @Schema(description = "The page, from 0", minimum = "0", examples = "0") int page,
                          @Schema(description = "Items per page", minimum = "1", maximum = "200", examples = "50") int size,
                          @Schema(description = "The items of this page") List<Gap> items) {
    }

    /** One entry of a cell's history: ASSIGNED (with a lead) or CLEARED (with the reason). */
    @Schema(name = "MatrixHistoryEntry", requiredProperties = {"version", "change", "supporting", "decisionNumber",
            "effectiveFrom", "recordedBy", "recordedAt"})
    public record HistoryEntry(@Schema(description = "The cell's version after this entry", minimum = "1", examples = "1") long version,
                               @Schema(description = "ASSIGNED or CLEARED", enumeration = {"ASSIGNED", "CLEARED"}) String change,
                               @Schema(nullable = true, description = "The lead; null for CLEARED") Actor lead,
                               @Schema(description = "The supporting actors") List<Actor> supporting,
                               @Schema(description = "The forum decision cited", pattern = "^[A-Za-z0-9./_-]{1,100}$", examples = "TKPKD/33.14/2026/011") String decisionNumber, @Schema(description = "From this day on") LocalDate effectiveFrom,
                               @Schema(nullable = true, examples = "Diserahkan ke Pemerintah Desa",
                                       description = "Why it was cleared; null for ASSIGNED") String reason,
                               @Schema(examples = "sekretariat-tkpkd", description = "The subject of the token that recorded it")
                               String recordedBy,
                               @Schema(description = "When it was recorded") OffsetDateTime recordedAt) {
    }

    @Schema(name = "MatrixHistory", requiredProperties = {"kind", "areaCode", "areaName", "version", "entries"})
    public record History(@Schema(description = "The kind of need", type = SchemaType.STRING, enumeration = {"HOUSE_REPAIR", "ELECTRICITY", "SANITATION", "EDUCATION", "HEALTH_COVER", "BUSINESS_CAPITAL", "SKILLS_TRAINING", "FOOD_ASSISTANCE"}) String kind,
                          @Schema(description = "The area's Kemendagri code", pattern = "^33\\.14(\\.[0-9]{2}(\\.[0-9]{4})?)?$", examples = "33.14.07") String areaCode,
                          @Schema(description = "The area's name", examples = "Tangen") String areaName,
                          @Schema(minimum = "0", examples = "2", description = "The cell's version (0 when never set), as in the ETag")
                          long version,
                          @Schema(description = "The entries, in the order recorded") List<HistoryEntry> entries) {
    }
}
