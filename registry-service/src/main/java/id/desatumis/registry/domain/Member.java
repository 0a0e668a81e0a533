package id.desatumis.registry.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A person in a household, as the registry holds them. {@code nik} is null for a newborn not yet given one. */
public record Member(UUID memberId, String nik, String name, Sex sex, LocalDate birthDate, Relationship relationship) {

    public boolean isHead() {
        return relationship == Relationship.HEAD;
    }

    public Member withRelationship(Relationship r) {
        return new Member(memberId, nik, name, sex, birthDate, r);
    }
}
