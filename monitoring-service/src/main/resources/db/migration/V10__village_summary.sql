-- Projection of desatumis.registry.household.v1: households and members per desa.
CREATE TABLE village_summary (
    desa_code     text PRIMARY KEY,
    households    integer     NOT NULL DEFAULT 0,
    members       integer     NOT NULL DEFAULT 0,
    last_event_at timestamptz,
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- How fresh each projection is: the time of the last event applied, and when it was applied.
CREATE TABLE projection_status (
    projection      text PRIMARY KEY,
    events_applied  bigint      NOT NULL DEFAULT 0,
    last_event_at   timestamptz,
    last_applied_at timestamptz
);
