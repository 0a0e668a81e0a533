-- Owned by AssistancePart: needs, interventions, deliveries and budget lines, from assessment-service's
-- NeedsIdentified and assistance-service's events.

-- A need, keyed by assistance-service's need id (NeedIds.of(household, kind, member)): listed by a verified
-- assessment, then followed through its current intervention. status is where it stands now; the *_at columns are
-- when it last reached each stage (as-of queries filter on them).
CREATE TABLE needs (
    need_id          uuid PRIMARY KEY,
    household_id     uuid NOT NULL,
    member_id        uuid,
    kind             text NOT NULL,
    desa_code        text,
    status           text NOT NULL,        -- IDENTIFIED, PLANNED, RESOURCED, DELIVERED, VERIFIED, DISPUTED, CANCELLED, CLOSED
    intervention_id  uuid,                 -- the current (latest, not cancelled) intervention
    identified_at    timestamptz,
    planned_at       timestamptz,
    resourced_at     timestamptz,
    delivered_at     timestamptz,
    verified_at      timestamptz,
    disputed_at      timestamptz,
    cancelled_at     timestamptz,
    closed_at        timestamptz,
    settled_reason   text                  -- the reason code of a cancellation or closure
);
CREATE INDEX needs_desa ON needs (desa_code, status);
CREATE INDEX needs_household ON needs (household_id);

CREATE TABLE interventions (
    intervention_id    uuid PRIMARY KEY,
    need_id            uuid,
    household_id       uuid,
    member_id          uuid,
    kind               text,
    desa_code          text,
    actor_id           uuid,               -- the responsible actor (a partner id; an office is a partner of type OPD)
    source_type        text,               -- PLEDGE, APBD, APBDES, APBN
    pledge_id          uuid,
    budget_line_id     uuid,
    planned_rupiah     bigint,
    planned_units      bigint,
    due_date           date,
    decision_number    text,
    unplanned          boolean NOT NULL DEFAULT false,
    stage              text,               -- PLANNED, RESOURCED, DELIVERED, VERIFIED, DISPUTED, CANCELLED
    planned_at         timestamptz,
    resourced_at       timestamptz,
    first_delivered_at timestamptz,
    delivered_at       timestamptz,        -- delivered in full
    verified_at        timestamptz,
    cancelled_at       timestamptz,
    delivered_rupiah   bigint NOT NULL DEFAULT 0,
    delivered_units    bigint NOT NULL DEFAULT 0,
    verified_rupiah    bigint NOT NULL DEFAULT 0,
    verified_units     bigint NOT NULL DEFAULT 0,
    disputes           integer NOT NULL DEFAULT 0
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
    on_behalf       boolean NOT NULL DEFAULT false,
    reported_at     timestamptz,
    verified_at     timestamptz,
    disputed_at     timestamptz,
    ground          text,                  -- the dispute's ground code
    resolution      text,                  -- REDELIVER, ACCEPT, WRITE_OFF
    resolved_at     timestamptz
);
CREATE INDEX deliveries_intervention ON deliveries (intervention_id);

CREATE TABLE budget_lines (
    line_id        uuid PRIMARY KEY,
    fund           text,                   -- APBD, APBDES, APBN
    code           text,
    fiscal_year    integer,
    owner_opd_code text,
    desa_code      text,
    ceiling        bigint,
    committed      bigint NOT NULL DEFAULT 0,
    realised       bigint NOT NULL DEFAULT 0,
    opened_at      timestamptz
);
