-- The programme projection's generations: each is a schema (projection_g<N>) holding every projection table
-- (src/main/resources/projection/*.sql). The LIVE one answers every query; a BUILDING one is being rebuilt from the
-- topics beside it and becomes LIVE when it has caught up; a RETIRED one is dropped.
CREATE TABLE projection_generations (
    generation   integer PRIMARY KEY,
    schema_name  text        NOT NULL UNIQUE,
    ddl_hash     text        NOT NULL,       -- SHA-256 of the projection/*.sql files it was created with
    state        text        NOT NULL CHECK (state IN ('BUILDING', 'LIVE', 'RETIRED')),
    requested_by text        NOT NULL,       -- 'startup', or the subject who asked for the rebuild
    started_at   timestamptz NOT NULL DEFAULT now(),
    live_at      timestamptz,
    retired_at   timestamptz
);
CREATE UNIQUE INDEX projection_generations_one_live ON projection_generations ((true)) WHERE state = 'LIVE';
