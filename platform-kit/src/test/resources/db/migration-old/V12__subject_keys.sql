-- A data key per household: every assessment event's content (answers, health cover, disability, GPS, results,
-- reasons) is sealed under it, wrapped by the master key that lives outside the database. When the registry
-- erases the household, its key is deleted: every copy of its assessments becomes unreadable (crypto-shredding).
CREATE TABLE subject_keys (
    subject_id  uuid PRIMARY KEY,
    wrapped_key bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Who erased what, when, and on what basis (no personal data); an erased household never gets a key again.
CREATE TABLE erasures (
    subject_id   uuid PRIMARY KEY,
    kind         text        NOT NULL CHECK (kind IN ('household')),
    erased_by    text        NOT NULL,
    legal_basis  text        NOT NULL,
    erased_at    timestamptz NOT NULL DEFAULT now()
);
