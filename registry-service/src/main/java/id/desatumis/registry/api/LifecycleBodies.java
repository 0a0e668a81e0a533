package id.desatumis.registry.api;

import id.desatumis.kit.api.Problems;

import java.util.List;

/** The bodies of the household lifecycle commands. Every field is text, so each broken rule names its field. */
public final class LifecycleBodies {

    private LifecycleBodies() {
    }

    /** A command's body, refused when absent (every field's own rule is the domain's to check). */
    static <T> T required(T body) {
        if (body == null) throw Problems.invalid("body", "required", "a JSON body is required");
        return body;
    }

    /** {@code newHeadMemberId}: required when the head dies and others remain. */
    public record Death(String memberId, String dateOfDeath, String newHeadMemberId) {
    }

    /** {@code toHouseholdId}: the registered household the member joins; omit when they move away. */
    public record Departure(String memberId, String toHouseholdId, String date, String newHeadMemberId) {
    }

    /** {@code formerHeadRelationship}: what the former head becomes, e.g. HUSBAND or PARENT. */
    public record HeadChange(String newHeadMemberId, String formerHeadRelationship) {
    }

    public record Relocation(String desaCode, String address) {
    }

    public record KkChange(String kkNumber, String reason) {
    }

    /** Pecah KK: the new household's KK number, desa and address, and who leaves with which relationship. */
    public record Split(String kkNumber, String desaCode, String address, List<Leaving> members, String remainingHeadMemberId) {
        public record Leaving(String memberId, String relationship) {
        }
    }

    public record Merge(String duplicateId, String reason) {
    }

    /** {@code legalBasis}: why the data must be erased (the law or the request it answers); no personal data. */
    public record Erasure(String legalBasis) {
    }

    /** One person's erasure; {@code newHeadMemberId} when the person heads the household and others remain. */
    public record PersonErasure(String legalBasis, String newHeadMemberId) {
    }

    /** {@code reason}: why the household needs a new reference code (lost, seen by others); the old one stops working. */
    public record ReferenceCodeReissue(String reason) {
    }
}
