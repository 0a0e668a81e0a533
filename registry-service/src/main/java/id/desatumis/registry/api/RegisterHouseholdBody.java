package id.desatumis.registry.api;

import id.desatumis.registry.domain.MemberDraft;
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
 * {@code POST /households}. Every field is text so that each broken rule is answered on its own field.
 *
 * @param kkNumber the family card number (16 digits)
 * @param desaCode dotted Kemendagri desa code of Sragen, for example {@code 33.14.07.2003}
 * @param address  street address, RT/RW
 * @param desil    optional DTSEN decile, 1 to 10
 * @param members  the members, exactly one with relationship {@code HEAD}
 */
@Schema(description = "A household to register (RegistrationRules): its KK number, a desa of Sragen, an address, and one to "
        + "thirty members of whom exactly one is the head (HEAD); no NIK twice")
public record RegisterHouseholdBody(
        @Schema(description = "The family card (KK) number: 16 digits, the first six a kecamatan code, the last four a serial "
                + "from 0001; unique among registered households", required = true, pattern = ApiPatterns.KK,
                examples = ApiPatterns.KK_EXAMPLE) String kkNumber,
        @Schema(description = "The household's desa: a dotted Kemendagri code of one of Sragen's 208 desa and kelurahan "
                + "(GET /regions/kecamatan/{code}/desa); a village operator registers only in its own desa", required = true,
                pattern = ApiPatterns.DESA, examples = ApiPatterns.DESA_EXAMPLE) String desaCode,
        @Schema(description = "The address: dukuh, RT/RW", required = true, minLength = 1, maxLength = 200,
                examples = "Dukuh Krajan RT 01 RW 02") String address,
        @Schema(description = "Optional: the household's DTSEN decile, 1 (poorest) to 10, as text", pattern = ApiPatterns.DESIL,
                examples = "3") String desil,
        @Schema(description = "The members, one to thirty, exactly one with relationship HEAD", required = true, minItems = 1,
                maxItems = 30) List<MemberBody> members) {

    /** A member: NIK (16 digits; may be omitted for a child under one), name, sex M/F, birth date, relationship. */
    @Schema(description = "A member of the household (MemberRules)")
    public record MemberBody(
            @Schema(description = "The NIK: 16 digits PPKKCC DDMMYY SSSS (a kecamatan code, current or former; the date of "
                    + "birth, day plus 40 for women, agreeing with sex and birthDate; a serial from 0001). Required except "
                    + "for a child under one year; one living registered person per NIK", pattern = ApiPatterns.NIK,
                    examples = ApiPatterns.NIK_EXAMPLE) String nik,
            @Schema(description = "The name as on the KK", required = true, minLength = 1, maxLength = 100,
                    examples = "Sutrisno") String name,
            @Schema(description = ApiPatterns.SEX_WORDS, required = true, enumeration = {"M", "F"}, examples = "M") String sex,
            @Schema(description = "The date of birth, YYYY-MM-DD, from 1900-01-01 to today", required = true, format = "date",
                    examples = "1979-04-21") String birthDate,
            @Schema(description = ApiPatterns.RELATIONSHIP_WORDS, required = true, enumeration = {HEAD, HUSBAND, WIFE, CHILD,
                    CHILD_IN_LAW, GRANDCHILD, PARENT, PARENT_IN_LAW, OTHER_RELATIVE, HOUSEHOLD_HELPER, OTHER},
                    examples = HEAD) String relationship) {
        MemberDraft toDraft() {
            return new MemberDraft(nik, name, sex, birthDate, relationship);
        }
    }

    List<MemberDraft> memberDrafts() {
        return members == null ? null : members.stream().map(m -> m == null ? null : m.toDraft()).toList();
    }
}
