-- One data key per data subject: a person (by member id) for name, NIK and birth date; a household (by
-- household id) for its address and KK number. Each is stored wrapped by the master key, which lives outside
-- the database. Erasing a subject deletes its row: every copy of its fields, in every event, becomes unreadable.
CREATE TABLE subject_keys (
    subject_id  uuid PRIMARY KEY,
    wrapped_key bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Who erased what, when, and on what legal basis (no personal data).
CREATE TABLE erasures (
    subject_id   uuid PRIMARY KEY,
    kind         text        NOT NULL CHECK (kind IN ('person', 'household')),
    erased_by    text        NOT NULL,
    legal_basis  text        NOT NULL,
    erased_at    timestamptz NOT NULL DEFAULT now()
);
