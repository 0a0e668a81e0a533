-- Owned by HouseholdsPart (HouseholdsTable): one row per household, from the registry's, assessment-service's and
-- assistance-service's events. Each column is written from one stream only (Kafka orders a stream, never two topics),
-- so any arrival order of the three topics converges to the same row.
CREATE TABLE households (
    household_id        uuid PRIMARY KEY,
    registry_desa       text,              -- the registry's current desa (every registry event carries it)
    assessed_desa       text,              -- the desa of the latest assessment event, until the registry's arrives
    desa_code           text GENERATED ALWAYS AS (coalesce(registry_desa, assessed_desa)) STORED,
    members             integer NOT NULL DEFAULT 0,
    listed_at           timestamptz,       -- HouseholdRegistered (a split-off household too)
    gone_at             timestamptz,       -- merged into another, or erased: no longer listed
    gone_reason         text,              -- MERGED, ERASED
    assessed_at         timestamptz,       -- first AssessmentClassified
    assessment_id       uuid,              -- the latest classified assessment
    found_class         text,              -- its latest class: EXTREME_POOR, POOR, NEAR_POOR, NOT_POOR
    verified_at         timestamptz,       -- latest AssessmentVerified
    verified_class      text,              -- the class of the current verified assessment (or NeedsIdentified's)
    rejected_at         timestamptz,       -- latest AssessmentRejected
    needs_identified_at timestamptz,       -- latest NeedsIdentified (the household is verified poor from then)
    graduated_at        timestamptz,       -- latest HouseholdGraduated (not verified poor when after needs_identified_at)
    needs_met_at        timestamptz        -- latest HouseholdNeedsMet (assistance)
);
CREATE INDEX households_desa ON households (desa_code);

-- Owned by TimelinePart (TimelineTable): every event whose payload names a household (householdId, newHouseholdId,
-- survivorId, duplicateId, toHouseholdId), from every topic, one row per household it names. refs holds only the
-- whitelisted fields of TimelinePart (ids, codes, kinds, stages, classes, reason codes, amounts; never free text,
-- never a member id).
CREATE TABLE household_timeline (
    household_id   uuid        NOT NULL,
    occurred_at    timestamptz NOT NULL,
    source         text        NOT NULL,   -- registry, assessment, partner, assistance, monitoring
    event_type     text        NOT NULL,   -- the CloudEvent type
    event_id       uuid        NOT NULL,
    stream_id      text        NOT NULL,
    stream_version bigint      NOT NULL,
    refs           jsonb       NOT NULL,
    PRIMARY KEY (household_id, event_id)      -- a household's events are found by it, and sorted when read (tens)
);

-- Owned by TimelinePart (InterventionEventsTable): events about an intervention that name no household (a delivery,
-- its verification, a reservation, a budget commitment). They join a household's timeline through
-- intervention_households when it is read, so they need not arrive after the plan that names the household.
CREATE TABLE intervention_timeline (
    intervention_id uuid        NOT NULL,
    occurred_at     timestamptz NOT NULL,
    source          text        NOT NULL,
    event_type      text        NOT NULL,
    event_id        uuid        NOT NULL,
    stream_id       text        NOT NULL,
    stream_version  bigint      NOT NULL,
    refs            jsonb       NOT NULL,
    PRIMARY KEY (intervention_id, event_id)
);

-- Owned by TimelinePart (InterventionHouseholdsTable): the household of each intervention, from the events that name
-- both (InterventionPlanned, UnplannedDeliveryRecorded).
CREATE TABLE intervention_households (
    intervention_id uuid PRIMARY KEY,
    household_id    uuid NOT NULL
);
CREATE INDEX intervention_households_household ON intervention_households (household_id);
