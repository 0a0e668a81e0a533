-- A household as assistance knows it (stream household-<id>), written in the same transaction as its events (an inline
-- model): queries and the public status lookup read it.
CREATE TABLE households (
    household_id        uuid PRIMARY KEY,
    desa_code           text,
    poverty_class       text,
    assessment_id       uuid,
    standing            text NOT NULL CHECK (standing IN ('UNKNOWN', 'VERIFIED_POOR', 'GRADUATED', 'MERGED_AWAY', 'ERASED')),
    needs_met_announced boolean NOT NULL DEFAULT false,
    version             bigint NOT NULL,
    updated_at          timestamptz NOT NULL DEFAULT now()
);

-- Every need of every household, as its household's events left it (inline model). member_id is null for a household
-- need, and once the member (or the household) is erased: no erased person's id is kept here.
CREATE TABLE needs (
    need_id          uuid PRIMARY KEY,
    household_id     uuid NOT NULL,
    member_id        uuid,
    kind             text NOT NULL,
    desa_code        text NOT NULL,
    status           text NOT NULL CHECK (status IN ('IDENTIFIED', 'PLANNED', 'MET', 'CANCELLED', 'CLOSED')),
    -- the code of a cancellation or closure
    reason           text,
    -- the intervention that plans or met it (or was cancelled with it)
    intervention_id  uuid,
    assessment_id    uuid NOT NULL,
    policy_version   text NOT NULL,
    identified_at    timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT need_planned_names_its_intervention CHECK (status NOT IN ('PLANNED', 'MET') OR intervention_id IS NOT NULL)
);
CREATE INDEX needs_household ON needs (household_id);
-- GET /needs?desa=&kind=&status=, paged in a stable order
CREATE INDEX needs_desa ON needs (desa_code, kind, status, need_id);

-- The registry's reference code of each household, as its hash (HouseholdReferenceCodeIssued): the latest only, so a
-- re-issued code replaces the old one, which stops working. Not an event of ours: the registry's events are the record.
CREATE TABLE household_reference_codes (
    household_id uuid PRIMARY KEY,
    code_hash    text NOT NULL UNIQUE CHECK (code_hash ~ '^[0-9a-f]{64}$'),
    issued_at    timestamptz NOT NULL
);
