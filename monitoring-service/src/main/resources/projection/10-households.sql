-- Owned by HouseholdsPart: one row per household, from the registry's and assessment-service's events.
CREATE TABLE households (
    household_id        uuid PRIMARY KEY,
    desa_code           text,              -- the registry's current desa; an assessment's until the registry's arrives
    members             integer NOT NULL DEFAULT 0,
    listed_at           timestamptz,       -- HouseholdRegistered (a split-off household too)
    gone_at             timestamptz,       -- merged into another, or erased: no longer listed
    gone_reason         text,              -- MERGED, ERASED
    assessed_at         timestamptz,       -- first AssessmentClassified
    assessment_id       uuid,              -- the latest classified assessment
    found_class         text,              -- its latest class: EXTREME_POOR, POOR, NEAR_POOR, NOT_POOR
    verified_at         timestamptz,       -- latest AssessmentVerified
    verified_class      text,              -- the class of the current verified assessment
    rejected_at         timestamptz,       -- latest AssessmentRejected
    needs_identified_at timestamptz,       -- latest NeedsIdentified (the household is verified poor from then)
    graduated_at        timestamptz,       -- HouseholdGraduated after it
    needs_met_at        timestamptz        -- latest HouseholdNeedsMet (assistance)
);
CREATE INDEX households_desa ON households (desa_code);

-- Owned by TimelinePart: every event about a household, from every topic, by ids only (see TimelinePart for the
-- fields kept: ids, codes, kinds, stages, classes, amounts; never free text).
CREATE TABLE household_timeline (
    household_id   uuid        NOT NULL,
    occurred_at    timestamptz NOT NULL,
    source         text        NOT NULL,   -- registry, assessment, partner, assistance, monitoring
    event_type     text        NOT NULL,   -- the CloudEvent type
    event_id       uuid        NOT NULL,
    stream_id      text        NOT NULL,
    stream_version bigint      NOT NULL,
    refs           jsonb       NOT NULL,
    PRIMARY KEY (household_id, event_id)
);
CREATE INDEX household_timeline_order ON household_timeline (household_id, occurred_at, stream_id, stream_version);
