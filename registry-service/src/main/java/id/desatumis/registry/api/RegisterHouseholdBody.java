package id.desatumis.registry.api;

import id.desatumis.registry.domain.MemberDraft;

import java.util.List;

/**
 * {@code POST /households}. Every field is text so that each broken rule is answered on its own field.
 *
 * @param kkNumber the family card number (16 digits)
 * @param desaCode dotted Kemendagri desa code of Sragen, for example {@code 33.14.07.2003}
 * @param address  street address, RT/RW
 * @param desil    optional DTSEN decile, 1 to 10
 * @param members  the members, exactly one with relationship {@code HEAD}
 */
public record RegisterHouseholdBody(String kkNumber, String desaCode, String address, String desil, List<MemberBody> members) {

    /** A member: NIK (16 digits; may be omitted for a child under one), name, sex M/F, birth date, relationship. */
    public record MemberBody(String nik, String name, String sex, String birthDate, String relationship) {
        MemberDraft toDraft() {
            return new MemberDraft(nik, name, sex, birthDate, relationship);
        }
    }

    List<MemberDraft> memberDrafts() {
        return members == null ? null : members.stream().map(m -> m == null ? null : m.toDraft()).toList();
    }
}
