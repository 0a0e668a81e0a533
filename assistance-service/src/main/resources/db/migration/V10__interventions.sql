-- Every intervention as its aggregate last left it, written in the same transaction as its events (an inline model):
-- the double-assistance guard reads it under the household's stream lock, the reservation timeout sweep finds the
-- requests still waiting in it, and the OPD API and the queries page through it.
CREATE TABLE interventions (
    intervention_id          uuid PRIMARY KEY,
    need_id                  uuid,
    household_id             uuid NOT NULL,
    member_id                uuid,
    kind                     text NOT NULL,
    desa_code                text NOT NULL,
    actor_id                 uuid NOT NULL,
    stage                    text NOT NULL CHECK (stage IN ('PLANNED', 'RESERVATION_REQUESTED', 'RESOURCED',
                                 'PARTLY_DELIVERED', 'DELIVERED', 'DISPUTED', 'VERIFIED', 'CANCELLED', 'WRITTEN_OFF')),
    unplanned                boolean NOT NULL DEFAULT false,
    source_type              text CHECK (source_type IN ('PLEDGE', 'APBD', 'APBDES', 'APBN', 'OWN_PROGRAMME')),
    pledge_id                uuid,
    budget_line_id           uuid,
    planned_rupiah           bigint CHECK (planned_rupiah >= 0),
    planned_units            bigint CHECK (planned_units >= 0),
    delivered_rupiah         bigint NOT NULL DEFAULT 0 CHECK (delivered_rupiah >= 0),
    delivered_units          bigint NOT NULL DEFAULT 0 CHECK (delivered_units >= 0),
    due_date                 date,
    planned_on               date NOT NULL,
    last_delivered_on        date,
    verified_on              date,
    decision_number          text,
    -- the reservation request waiting for partner-service's answer, and since when (the timeout sweep's clock)
    pending_request_id       uuid,
    pending_since            timestamptz,
    last_refusal             text,
    version                  bigint NOT NULL,
    updated_at               timestamptz NOT NULL DEFAULT now(),
    -- over-delivery is refused by the aggregate; these are the backstop
    CONSTRAINT intervention_rupiah_within_plan CHECK (planned_rupiah IS NULL OR delivered_rupiah <= planned_rupiah),
    CONSTRAINT intervention_units_within_plan CHECK (planned_units IS NULL OR delivered_units <= planned_units)
);
-- the guard: every intervention of the household's kind (and member, for personal kinds)
CREATE INDEX interventions_household_kind ON interventions (household_id, kind);
-- the OPD API: an actor's interventions by stage, newest change first
CREATE INDEX interventions_actor ON interventions (actor_id, stage, updated_at);
CREATE INDEX interventions_desa ON interventions (desa_code, stage);
-- the timeout sweep
CREATE INDEX interventions_pending ON interventions (pending_since) WHERE pending_request_id IS NOT NULL;
-- overdue lists: not delivered in full by the due date
CREATE INDEX interventions_due ON interventions (due_date) WHERE stage IN ('PLANNED', 'RESERVATION_REQUESTED', 'RESOURCED', 'PARTLY_DELIVERED');
