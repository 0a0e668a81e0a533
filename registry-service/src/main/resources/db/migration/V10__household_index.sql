-- Inline read model: each household's desa and current KK number (keyed hash, never the plain number).
-- Written in the same transaction as the household's events.
CREATE TABLE household_index (
    household_id uuid PRIMARY KEY,
    desa_code    text        NOT NULL,
    kk_hash      bytea       NOT NULL,
    member_count integer     NOT NULL,
    version      bigint      NOT NULL,
    registered_at timestamptz NOT NULL DEFAULT now(),
    -- one household per KK number
    CONSTRAINT household_index_kk UNIQUE (kk_hash)
);
CREATE INDEX household_index_desa ON household_index (desa_code);
