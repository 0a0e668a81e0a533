-- Owned by DesaProgrammePart: monitoring-service's own decisions, read back from its topic like every other fact.
CREATE TABLE desa_programme (
    desa_code          text PRIMARY KEY,
    intake_year        integer,
    intake_decision    text,
    joined_at          timestamptz,        -- the cohort's baseline instant for this desa
    tuntas_decision    text,
    tuntas_declared_at timestamptz,
    households_met     integer,
    needs_met          integer,
    needs_closed       integer
);
CREATE INDEX desa_programme_intake ON desa_programme (intake_year);
