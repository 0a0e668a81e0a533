-- One data key per data subject (a person for name, NIK and birth date; a household for its address and KK
-- number), stored wrapped by the master key, which lives outside the database. Erasing a subject deletes its
-- row: every copy of its sealed fields, in every event, becomes unreadable (crypto-shredding).
-- IF NOT EXISTS: before the kit owned this table, services created the same table themselves (registry V13,
-- assessment V12); their keys are kept as they are.
CREATE TABLE IF NOT EXISTS subject_keys (
    subject_id  uuid PRIMARY KEY,
    wrapped_key bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
