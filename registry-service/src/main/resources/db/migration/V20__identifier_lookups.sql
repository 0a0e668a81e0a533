-- Every lookup of a household by NIK or KK number, by every caller (an office's DCI search included): who asked, when,
-- why, for which kind of identifier, by keyed hash (the lookup key's, as person_identity: never the number), and
-- whether a household was found. An office testing numbers against the registry leaves a trace here.
CREATE TABLE identifier_lookups (
    id              bigserial PRIMARY KEY,
    looked_up_at    timestamptz NOT NULL DEFAULT now(),
    actor_sub       text        NOT NULL,
    actor_role      text        NOT NULL,
    identifier_type text        NOT NULL CHECK (identifier_type IN ('NIK', 'KK')),
    identifier_hash bytea       NOT NULL,
    found           boolean     NOT NULL,
    household_id    uuid,
    action          text        NOT NULL,
    purpose         text,
    correlation_id  text
);
CREATE INDEX identifier_lookups_actor ON identifier_lookups (actor_sub, looked_up_at);
CREATE INDEX identifier_lookups_hash ON identifier_lookups (identifier_hash);
