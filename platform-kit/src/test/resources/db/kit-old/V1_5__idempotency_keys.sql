-- Idempotency-Key records (IETF httpapi draft): scoped to caller, method and path (stored only as a hash),
-- kept 24 hours. They hold the request's hash and the response's status, location, version and a body
-- that carries ids only: never personal data.
CREATE TABLE idempotency_keys (
    scope_hash      bytea PRIMARY KEY,
    request_hash    bytea       NOT NULL,
    state           text        NOT NULL CHECK (state IN ('in_flight', 'done')),
    response_status integer,
    response_location text,
    response_version  bigint,
    response_body   text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL
);
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);
