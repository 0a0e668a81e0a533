-- Inline read model: one living registered person per NIK, by keyed hash (HMAC; the key is outside the database).
CREATE TABLE person_identity (
    nik_hash     bytea PRIMARY KEY,
    household_id uuid NOT NULL,
    member_id    uuid NOT NULL UNIQUE
);
