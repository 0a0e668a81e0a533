package id.desatumis.registry.api;

import id.desatumis.kit.api.Problems;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

import static id.desatumis.registry.api.ApiPatterns.CHILD;
import static id.desatumis.registry.api.ApiPatterns.CHILD_IN_LAW;
import static id.desatumis.registry.api.ApiPatterns.GRANDCHILD;
import static id.desatumis.registry.api.ApiPatterns.HEAD;
import static id.desatumis.registry.api.ApiPatterns.HOUSEHOLD_HELPER;
import static id.desatumis.registry.api.ApiPatterns.HUSBAND;
import static id.desatumis.registry.api.ApiPatterns.MEMBER_ID_EXAMPLE;
import static id.desatumis.registry.api.ApiPatterns.OTHER;
import static id.desatumis.registry.api.ApiPatterns.OTHER_RELATIVE;
import static id.desatumis.registry.api.ApiPatterns.PARENT;
import static id.desatumis.registry.api.ApiPatterns.PARENT_IN_LAW;
import static id.desatumis.registry.api.ApiPatterns.WIFE;

/** The bodies of the household lifecycle commands. Every field is text, so each broken rule names its field. */
public final class LifecycleBodies {

    private LifecycleBodies() {
    }

    /** A command's body, refused when absent (every field's own rule is the domain's to check). */
    static <T> T required(T body) {
        if (body == null) throw Problems.invalid("body", "required", "a JSON body is required");
        return body;
    }

    static final String MEMBER = "A current member's id (memberId as the household answers it)";
    static final String NEW_HEAD = "The member who heads the household now: required when the head leaves and others "
            + "remain, refused (head-not-needed) otherwise";

    /** {@code newHeadMemberId}: required when the head dies and others remain. */
    @Schema(description = "A member died")
    public record Death(
            @Schema(description = MEMBER, required = true, format = "uuid", examples = MEMBER_ID_EXAMPLE) String memberId,
            @Schema(description = "The date of death, YYYY-MM-DD, not in the future", required = true, format = "date",
                    examples = "2026-10-02") String dateOfDeath,
            @Schema(description = NEW_HEAD, format = "uuid", examples = "4c2a7e19-8b5d-4f03-a6e1-3d9b0c7f2e58")
            String newHeadMemberId) {
    }

    /** {@code toHouseholdId}: the registered household the member joins; omit when they move away. */
    @Schema(description = "A member moved out: into another registered household (one transaction over both), or away")
    public record Departure(
            @Schema(description = MEMBER, required = true, format = "uuid", examples = MEMBER_ID_EXAMPLE) String memberId,
            @Schema(description = "Optional: the registered household the member joins; omit when they move away",
                    format = "uuid", examples = "5b0e2d71-93a4-4c1e-a7f6-0d8c3b5e9f24") String toHouseholdId,
            @Schema(description = "The date of the move, YYYY-MM-DD, not in the future", required = true, format = "date",
                    examples = "2026-09-15") String date,
            @Schema(description = NEW_HEAD, format = "uuid", examples = "4c2a7e19-8b5d-4f03-a6e1-3d9b0c7f2e58")
            String newHeadMemberId) {
    }

    /** {@code formerHeadRelationship}: what the former head becomes, e.g. HUSBAND or PARENT. */
    @Schema(description = "Another member heads the household")
    public record HeadChange(
            @Schema(description = "The member who becomes the head", required = true, format = "uuid",
                    examples = MEMBER_ID_EXAMPLE) String newHeadMemberId,
            @Schema(description = "What the former head becomes, as on the KK; read in any case", required = true,
                    enumeration = {HEAD, HUSBAND, WIFE, CHILD, CHILD_IN_LAW, GRANDCHILD, PARENT, PARENT_IN_LAW, OTHER_RELATIVE,
                            HOUSEHOLD_HELPER, OTHER}, examples = PARENT) String formerHeadRelationship) {
    }

    @Schema(description = "The household moved house, possibly to another desa (the caller acts in the new desa too)")
    public record Relocation(
            @Schema(description = "The new desa: a dotted Kemendagri code of a Sragen desa", required = true,
                    pattern = ApiPatterns.DESA, examples = "33.14.01.2001") String desaCode,
            @Schema(description = "The new address: dukuh, RT/RW", required = true, minLength = 1, maxLength = 200,
                    examples = "Dukuh Ngrampal RT 03 RW 01") String address) {
    }

    @Schema(description = "The family card was reissued with a new number")
    public record KkChange(
            @Schema(description = "The new KK number: 16 digits, a kecamatan code first, a serial from 0001 last; not "
                    + "held by "
                    + "another household", required = true, pattern = ApiPatterns.KK, examples = "3314070512250002")
            String kkNumber,
            @Schema(description = "Why the card was reissued", required = true, minLength = 1, maxLength = 500,
                    examples = "KK baru setelah kelahiran anak") String reason) {
    }

    /** Pecah KK: the new household's KK number, desa and address, and who leaves with which relationship. */
    @Schema(description = "Pecah KK: members leave to form a new household with its own KK number, desa and address; "
            + "exactly one of them heads it")
    public record Split(
            @Schema(description = "The new household's KK number", required = true, pattern = ApiPatterns.KK,
                    examples = "3314071003260004") String kkNumber,
            @Schema(description = "The new household's desa (Sragen, dotted Kemendagri code)", required = true,
                    pattern = ApiPatterns.DESA, examples = ApiPatterns.DESA_EXAMPLE) String desaCode,
            @Schema(description = "The new household's address", required = true, minLength = 1, maxLength = 200,
                    examples = "Dukuh Krajan RT 02 RW 02") String address,
            @Schema(description = "The members who leave, each once, with their relationship in the new household",
                    required = true, minItems = 1) List<Leaving> members,
            @Schema(description = "Who heads the household left behind, when its head leaves and others remain",
                    format = "uuid", examples = "4c2a7e19-8b5d-4f03-a6e1-3d9b0c7f2e58") String remainingHeadMemberId) {
        @Schema(description = "A member who leaves with the split")
        public record Leaving(
                @Schema(description = MEMBER, required = true, format = "uuid", examples = MEMBER_ID_EXAMPLE) String memberId,
                @Schema(description = "The relationship in the new household; read in any case", required = true,
                        enumeration = {HEAD, HUSBAND, WIFE, CHILD, CHILD_IN_LAW, GRANDCHILD, PARENT, PARENT_IN_LAW,
                                OTHER_RELATIVE, HOUSEHOLD_HELPER, OTHER}, examples = HEAD) String relationship) {
        }
    }

    @Schema(description = "A duplicate registration continues as this household")
    public record Merge(
            @Schema(description = "The duplicate household, merged into this one and then answered with mergedInto",
                    required = true, format = "uuid", examples = "5b0e2d71-93a4-4c1e-a7f6-0d8c3b5e9f24") String duplicateId,
            @Schema(description = "Why they are the same household", required = true, minLength = 1, maxLength = 500,
                    examples = "terdaftar dua kali, KK lama dan KK baru") String reason) {
    }

    /** {@code legalBasis}: why the data must be erased (the law or the request it answers); no personal data. */
    @Schema(description = "Erase the household's and its members' personal data")
    public record Erasure(
            @Schema(description = "Why the data must be erased: the law or the request it answers; no personal data",
                    required = true, minLength = 1, maxLength = 500,
                    examples = "UU 27/2022 Pasal 8, permohonan penghapusan No. 12/2026") String legalBasis) {
    }

    /** One person's erasure; {@code newHeadMemberId} when the person heads the household and others remain. */
    @Schema(description = "Erase one person's personal data")
    public record PersonErasure(
            @Schema(description = "Why the data must be erased: the law or the request it answers; no personal data",
                    required = true, minLength = 1, maxLength = 500,
                    examples = "UU 27/2022 Pasal 8, permohonan penghapusan No. 13/2026") String legalBasis,
            @Schema(description = "Who heads the household now, when the person erased is its head and others remain",
                    format = "uuid", examples = "4c2a7e19-8b5d-4f03-a6e1-3d9b0c7f2e58") String newHeadMemberId) {
    }

    /** {@code reason}: why the household needs a new reference code (lost, seen by others); the old one stops working. */
    @Schema(description = "A new reference code for a lost one; the old one stops working")
    public record ReferenceCodeReissue(
            @Schema(description = "Why a new code is issued (lost, seen by others)", required = true, minLength = 1,
                    maxLength = 500, examples = "kuitansi hilang") String reason) {
    }
}
