-- Owned by AssistancePart: needs, interventions, deliveries and budget lines, from assessment-service's
-- NeedsIdentified and HouseholdGraduated and assistance-service's events.
-- Facts are written column by column (a stream's versions guard what a later event of it may overwrite); what
-- depends on several streams or topics (an intervention's stage from its deliveries, a need's status from its
-- household's listing and its interventions) is derived again, after each batch, for the rows the batch touched, so
-- that any arrival order of the topics converges to the same rows.

-- A household's latest verified listing of needs (NeedsIdentified, which replaces any earlier one) and its latest
-- graduation: what a need is judged against (listed now, or no longer).
CREATE TABLE need_listings (
    household_id  uuid PRIMARY KEY,
    desa_code     text,
    assessment_id uuid,
    listed_at     timestamptz,
    need_ids      uuid[] NOT NULL DEFAULT '{}',
    graduated_at  timestamptz
);

-- A need, keyed by assistance-service's need id (NeedIds.of(household, kind, member)).
-- Derived after each batch (never written by an event directly): status, intervention_id, the stage times
-- planned_at .. closed_at and settled_reason. The rule is assistance-service's (HouseholdNeeds):
--   CLOSED     closed (NeedClosed) after the latest listing that lists it (a later listing identifies it again);
--   CANCELLED  cancelled by the registry (household erased or merged away, person erased) after that listing; or no
--              longer listed (the household's latest listing omits it, or the household graduated after it) while
--              its current intervention had no delivery reported;
--   else the stage of its current intervention: PLANNED (also while a reservation is awaited), RESOURCED (also partly
--              delivered), DELIVERED (in full, awaiting the village), DISPUTED, VERIFIED; IDENTIFIED without one.
-- The current intervention is its latest (by plan time) that is neither cancelled nor written off.
-- Counting (the figures of every page): a need reached a stage when its *_at is set (cumulative: a verified need has
-- planned_at, resourced_at, delivered_at and verified_at); disputed_at is its first dispute on any intervention;
-- open = status IDENTIFIED, PLANNED, RESOURCED, DELIVERED or DISPUTED.
CREATE TABLE needs (
    need_id             uuid PRIMARY KEY,
    household_id        uuid NOT NULL,
    kind                text NOT NULL,
    desa_code           text,              -- the latest known (listing, plan, need event), by event time
    desa_at             timestamptz,
    status              text NOT NULL DEFAULT 'IDENTIFIED',
    intervention_id     uuid,              -- the current intervention
    identified_at       timestamptz,       -- the first listing that listed it
    last_listed_at      timestamptz,       -- the latest listing that listed it
    planned_at          timestamptz,
    resourced_at        timestamptz,
    delivered_at        timestamptz,
    verified_at         timestamptz,
    disputed_at         timestamptz,
    cancelled_at        timestamptz,
    closed_at           timestamptz,
    settled_reason      text,              -- NO_LONGER_LISTED, GRADUATED, HOUSEHOLD_ERASED, ..., REFUSED_BY_HOUSEHOLD, ...
    closed_event_at     timestamptz,       -- assistance's latest NeedClosed
    closed_event_reason text,
    cancel_event_at     timestamptz,       -- assistance's latest NeedCancelled (its listing reasons are derived here)
    cancel_event_reason text
);
CREATE INDEX needs_desa ON needs (desa_code, status);
CREATE INDEX needs_household ON needs (household_id);
CREATE INDEX needs_intervention ON needs (intervention_id);

-- An intervention: its plan (or an office's unplanned delivery), its source, its supply stage, its end.
-- Derived after each batch from its deliveries: stage, first_delivered_at .. written_off_at and the amounts.
-- stage: CANCELLED; WRITTEN_OFF (a disputed delivery written off); DISPUTED (a dispute unresolved); with no counted
-- delivery, the supply stage (PLANNED, RESERVATION_REQUESTED, RESOURCED); PARTLY_DELIVERED (counted deliveries short
-- of the plan); VERIFIED (the plan reached and every counted delivery verified); DELIVERED.
-- A delivery counts unless it was voided (REDELIVER) or written off.
CREATE TABLE interventions (
    intervention_id    uuid PRIMARY KEY,
    need_id            uuid,
    household_id       uuid,
    kind               text,
    desa_code          text,
    actor_id           uuid,               -- the responsible actor (a partner id; an office is a partner of type OPD)
    source_type        text,               -- PLEDGE, APBD, APBDES, APBN; absent for an office's own programme
    pledge_id          uuid,
    budget_line_id     uuid,
    source_version     bigint  NOT NULL DEFAULT 0,
    planned_rupiah     bigint,
    planned_units      bigint,
    due_date           date,
    decision_number    text,
    unplanned          boolean NOT NULL DEFAULT false,
    planned_on         date,               -- the plan's date (an unplanned delivery's date)
    planned_at         timestamptz,
    supply_stage       text,               -- PLANNED, RESERVATION_REQUESTED, RESOURCED
    supply_version     bigint  NOT NULL DEFAULT 0,
    resourced_at       timestamptz,
    cancelled_at       timestamptz,
    cancel_cause       text,
    stage              text,
    first_delivered_at timestamptz,
    delivered_at       timestamptz,        -- delivered in full (the counted delivery that reached the plan)
    delivered_on       date,               -- that delivery's date
    verified_at        timestamptz,        -- every counted delivery verified (the last confirmation recorded)
    verified_on        date,               -- that confirmation's date (a dispute accepted: the day it was resolved)
    written_off_at     timestamptz,
    delivered_rupiah   bigint  NOT NULL DEFAULT 0,   -- counted deliveries
    delivered_units    bigint  NOT NULL DEFAULT 0,
    verified_rupiah    bigint  NOT NULL DEFAULT 0,   -- counted deliveries verified
    verified_units     bigint  NOT NULL DEFAULT 0,
    disputes           integer NOT NULL DEFAULT 0    -- deliveries disputed, whatever the resolution
);
CREATE INDEX interventions_desa ON interventions (desa_code, stage);
CREATE INDEX interventions_actor ON interventions (actor_id);
CREATE INDEX interventions_need ON interventions (need_id);

CREATE TABLE deliveries (
    delivery_id     uuid PRIMARY KEY,
    intervention_id uuid,
    delivered_on    date,
    rupiah          bigint,
    units           bigint,
    tranche         integer,
    on_behalf       boolean NOT NULL DEFAULT false,
    reported_at     timestamptz,
    verified_at     timestamptz,
    confirmed_on    date,
    disputed_at     timestamptz,
    ground          text,                  -- the dispute's ground code
    resolution      text,                  -- REDELIVER, ACCEPT, WRITE_OFF
    resolved_at     timestamptz,
    status          text GENERATED ALWAYS AS (CASE
                        WHEN resolution = 'REDELIVER' THEN 'VOIDED'
                        WHEN resolution = 'WRITE_OFF' THEN 'WRITTEN_OFF'
                        WHEN resolution = 'ACCEPT' THEN 'VERIFIED'
                        WHEN disputed_at IS NOT NULL THEN 'DISPUTED'
                        WHEN verified_at IS NOT NULL THEN 'VERIFIED'
                        ELSE 'REPORTED' END) STORED
);
CREATE INDEX deliveries_intervention ON deliveries (intervention_id);

CREATE TABLE budget_lines (
    line_id         uuid PRIMARY KEY,
    fund            text,                  -- APBD, APBDES, APBN
    code            text,
    fiscal_year     integer,
    owner_opd_code  text,
    desa_code       text,
    ceiling         bigint,
    ceiling_version bigint NOT NULL DEFAULT 0,
    committed       bigint NOT NULL DEFAULT 0,   -- held by planned interventions, not yet realised
    realised        bigint NOT NULL DEFAULT 0,   -- spent by deliveries
    released        bigint NOT NULL DEFAULT 0,   -- given back by cancelled interventions
    opened_at       timestamptz
);
CREATE INDEX budget_lines_owner ON budget_lines (owner_opd_code);
