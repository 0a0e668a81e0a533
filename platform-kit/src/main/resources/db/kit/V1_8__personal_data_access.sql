-- Every read of a household's personal data: who, when, why (the X-Access-Purpose the caller gave) and how.
-- Served to the auditor role at /audit/personal-data-access. Ids only, never the data read.
-- IF NOT EXISTS: services created this table themselves before the kit owned it (registry V14, assessment V14),
-- and their log is kept.
CREATE TABLE IF NOT EXISTS personal_data_access (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    accessed_at    timestamptz NOT NULL DEFAULT now(),
    actor_sub      text        NOT NULL,
    actor_role     text        NOT NULL,
    household_id   uuid        NOT NULL,
    purpose        text        NOT NULL,
    action         text        NOT NULL,
    correlation_id text
);
CREATE INDEX IF NOT EXISTS personal_data_access_household ON personal_data_access (household_id, accessed_at);
CREATE INDEX IF NOT EXISTS personal_data_access_time ON personal_data_access (accessed_at);
