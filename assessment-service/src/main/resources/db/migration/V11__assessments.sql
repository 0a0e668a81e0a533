-- Forms for households the registry has not announced yet: processed when it does, refused after the timeout.
CREATE TABLE pending_assessment (
    assessment_id uuid PRIMARY KEY,
    household_id  uuid        NOT NULL,
    desa_code     text        NOT NULL,
    visit         jsonb       NOT NULL,
    metadata      jsonb       NOT NULL,
    received_at   timestamptz NOT NULL DEFAULT now(),
    -- null while it waits; REFUSED once decided against (a processed one is deleted: the event store has it)
    outcome       text CHECK (outcome IN ('REFUSED')),
    refusal_rule  text,
    refusal       text,
    decided_at    timestamptz
);
CREATE INDEX pending_assessment_waiting ON pending_assessment (household_id) WHERE outcome IS NULL;
CREATE INDEX pending_assessment_age ON pending_assessment (received_at) WHERE outcome IS NULL;

-- Read model of every stored assessment, written in the transaction that appends its events.
CREATE TABLE assessment_view (
    assessment_id  uuid PRIMARY KEY,
    household_id   uuid        NOT NULL,
    desa_code      text        NOT NULL,
    visit_date     date        NOT NULL,
    arrival        integer     NOT NULL,
    status         text        NOT NULL,
    poverty_class  text        NOT NULL,
    criteria_met   integer     NOT NULL,
    policy_version text        NOT NULL,
    desil          integer,
    needs          jsonb       NOT NULL,
    submitted_at   timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessment_view_household ON assessment_view (household_id, visit_date DESC, arrival DESC);
CREATE INDEX assessment_view_queue ON assessment_view (desa_code, visit_date) WHERE status = 'SUBMITTED';
CREATE INDEX assessment_view_desa ON assessment_view (desa_code);
