-- Every read of an assessment (answers with health cover and disability): who, when, why (X-Access-Purpose), how.
-- Served to the auditor role at /audit/personal-data-access (platform-kit). Ids only, never the data read.
CREATE TABLE personal_data_access (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    accessed_at    timestamptz NOT NULL DEFAULT now(),
    actor_sub      text        NOT NULL,
    actor_role     text        NOT NULL,
    household_id   uuid        NOT NULL,
    purpose        text        NOT NULL,
    action         text        NOT NULL,
    correlation_id text
);
CREATE INDEX personal_data_access_household ON personal_data_access (household_id, accessed_at);
CREATE INDEX personal_data_access_time ON personal_data_access (accessed_at);
