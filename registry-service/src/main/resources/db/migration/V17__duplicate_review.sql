-- Likely duplicates. A fingerprint is a keyed hash (HMAC) of a person's normalised name, birth date and desa:
-- two people with the same one are flagged for review. Flags are events on the flagged household's stream;
-- this table is their inline read model (the review queue).
CREATE TABLE person_fingerprint (
    member_id    uuid PRIMARY KEY,
    fingerprint  bytea NOT NULL,
    household_id uuid  NOT NULL
);
CREATE INDEX person_fingerprint_lookup ON person_fingerprint (fingerprint);

CREATE TABLE duplicate_flags (
    flag_id            uuid PRIMARY KEY,
    household_id       uuid        NOT NULL,
    member_id          uuid        NOT NULL,
    other_household_id uuid        NOT NULL,
    other_member_id    uuid        NOT NULL,
    desa_code          text        NOT NULL,
    reason             text        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('open', 'dismissed', 'merged')),
    resolution_reason  text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    resolved_at        timestamptz
);
CREATE INDEX duplicate_flags_queue ON duplicate_flags (desa_code, status, created_at);
