package id.desatumis.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

import static id.desatumis.registry.api.ApiPatterns.CHILD;
import static id.desatumis.registry.api.ApiPatterns.CHILD_IN_LAW;
import static id.desatumis.registry.api.ApiPatterns.GRANDCHILD;
import static id.desatumis.registry.api.ApiPatterns.HEAD;
import static id.desatumis.registry.api.ApiPatterns.HOUSEHOLD_HELPER;
import static id.desatumis.registry.api.ApiPatterns.HUSBAND;
import static id.desatumis.registry.api.ApiPatterns.OTHER;
import static id.desatumis.registry.api.ApiPatterns.OTHER_RELATIVE;
import static id.desatumis.registry.api.ApiPatterns.PARENT;
import static id.desatumis.registry.api.ApiPatterns.PARENT_IN_LAW;
import static id.desatumis.registry.api.ApiPatterns.WIFE;

/**
 * A household as the caller may see it. Personal fields (KK number, address, NIK, name, birth date) are
 * present only for Dinas Sosial and the household's own village operator; others get ids, sex and age bands.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A household as the caller may see it: kkNumber, address and the members' nik, name and birthDate only "
        + "for dinsos and the household's own village operator (absent for others, and once erased)")
public record HouseholdView(
        @Schema(description = "The household's id", required = true, format = "uuid",
                examples = ApiPatterns.HOUSEHOLD_ID_EXAMPLE) String householdId,
        @Schema(description = "The household's desa", required = true, pattern = ApiPatterns.DESA,
                examples = ApiPatterns.DESA_EXAMPLE) String desaCode,
        @Schema(description = "The household's version, the same as the ETag's", required = true, minimum = "1",
                examples = "2") long version,
        @Schema(description = "The KK number (personal: dinsos and the household's own operator)", pattern = ApiPatterns.KK,
                examples = ApiPatterns.KK_EXAMPLE) String kkNumber,
        @Schema(description = "The address (personal: dinsos and the household's own operator)",
                examples = "Dukuh Krajan RT 01 RW 02") String address,
        @Schema(description = "How many current members", required = true, minimum = "0", examples = "3") int memberCount,
        @Schema(description = "The current members", required = true) List<MemberView> members,
        @Schema(description = "Present when this registration was a duplicate merged into another: that household's id",
                format = "uuid", examples = "5b0e2d71-93a4-4c1e-a7f6-0d8c3b5e9f24") String mergedInto,
        @Schema(description = "Present (true) when the household was erased", examples = "true") Boolean erased,
        @Schema(description = "The DTSEN decile, 1 to 10, when known", minimum = "1", maximum = "10", examples = "3")
        Integer desil) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A member: id, relationship, sex and age band for every reader; nik, name and birthDate only for dinsos "
            + "and the household's own operator")
    public record MemberView(
            @Schema(description = "The member's id", required = true, format = "uuid",
                    examples = ApiPatterns.MEMBER_ID_EXAMPLE) String memberId,
            @Schema(description = "The relationship to the head, as on the KK", required = true,
                    enumeration = {HEAD, HUSBAND, WIFE, CHILD, CHILD_IN_LAW, GRANDCHILD, PARENT, PARENT_IN_LAW, OTHER_RELATIVE,
                            HOUSEHOLD_HELPER, OTHER}, examples = HEAD) String relationship,
            @Schema(description = "M or F", required = true, enumeration = {"M", "F"}, examples = "M") String sex,
            @Schema(description = "The age band today (absent when the birth date is unreadable, after an erasure)",
                    enumeration = {"0-6", "7-12", "13-15", "16-18", "19-24", "25-59", "60+"}, examples = "25-59") String ageBand,
            @Schema(description = "The NIK (personal)", pattern = ApiPatterns.NIK, examples = ApiPatterns.NIK_EXAMPLE) String nik,
            @Schema(description = "The name (personal)", examples = "Sutrisno") String name,
            @Schema(description = "The date of birth (personal)", format = "date", examples = "1979-04-21") String birthDate) {
    }
}
