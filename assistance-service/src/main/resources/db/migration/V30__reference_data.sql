-- What assistance-service knows of partner-service, taken only from its published events (desatumis.partner.partner,
-- .responsibility, .forum and .pledge .v1), never from its database. Each row carries the version of the stream it
-- came from, so an event applied again changes nothing.

-- Every actor: partners, offices (OPD, by their office code) and village governments.
CREATE TABLE actors (
    partner_id     uuid PRIMARY KEY,
    type           text NOT NULL,
    name           text NOT NULL,
    -- an OPD's office code, the opd claim of its staff's tokens; partner-service keeps it unique, and so does this
    -- (two partners answering one office code would let a token act for the wrong one)
    opd_code       text UNIQUE,
    status         text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    stream_version bigint NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX actors_by_type ON actors (type, name);

-- The responsibility matrix with its history: one row per assignment (with a lead) or clearing (without), each in
-- force from its date until a later row of the same kind and area. Keyed by the cell's stream version.
CREATE TABLE responsibility_leads (
    kind                text NOT NULL,
    area_code           text NOT NULL,
    stream_version      bigint NOT NULL,
    lead_partner_id     uuid,
    supporting_partners uuid[] NOT NULL DEFAULT '{}',
    decision_number     text NOT NULL,
    effective_from      date NOT NULL,
    recorded_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, area_code, stream_version)
);
-- "in force on a day": the latest row of a kind and area whose date is not after it
CREATE INDEX responsibility_leads_in_force ON responsibility_leads (kind, area_code, effective_from DESC, stream_version DESC);

-- Every forum decision by its number (unique programme-wide): a plan cites one, of its desa, kecamatan or the regency.
CREATE TABLE forum_decisions (
    number             text PRIMARY KEY,
    forum_id           uuid NOT NULL,
    forum_type         text NOT NULL,
    area_code          text NOT NULL,
    approves_kind      text NOT NULL,
    approves_reference text,
    decided_on         date NOT NULL,
    stream_version     bigint NOT NULL,
    recorded_at        timestamptz NOT NULL DEFAULT now()
);

-- Every pledge of a partner: what it serves and where, how it is counted, its period and status. How much is left
-- stays partner-service's to say (the reservation saga).
CREATE TABLE partner_pledges (
    pledge_id       uuid PRIMARY KEY,
    partner_id      uuid NOT NULL,
    kinds           text[] NOT NULL,
    scope_level     text NOT NULL,
    scope_codes     text[] NOT NULL,
    capacity_rupiah bigint,
    capacity_units  bigint,
    unit            text,
    valid_from      date NOT NULL,
    valid_until     date NOT NULL,
    status          text NOT NULL CHECK (status IN ('OFFERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED')),
    decision_number text,
    stream_version  bigint NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX partner_pledges_by_partner ON partner_pledges (partner_id, status);

-- How fresh the reference data is: the time of the last partner event applied, written in each batch's transaction.
CREATE TABLE reference_freshness (
    consumer        text PRIMARY KEY,
    events_applied  bigint NOT NULL DEFAULT 0,
    last_event_at   timestamptz,
    last_applied_at timestamptz NOT NULL
);
