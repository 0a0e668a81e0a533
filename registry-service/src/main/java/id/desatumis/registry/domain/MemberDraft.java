package id.desatumis.registry.domain;

/** A member as submitted, before any rule was checked: every field as text, so each can be refused on its own. */
public record MemberDraft(String nik, String name, String sex, String birthDate, String relationship) {
}
