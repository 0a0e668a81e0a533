-- Owned by PartnersPart: partner-service's actors, pledges and their reservations, forums and the matrix.
CREATE TABLE actors (
    partner_id    uuid PRIMARY KEY,
    type          text,                     -- OPD, PEMDES, CSR, BUMN, BUMD, BAZNAS, LAZ, NGO, UNIVERSITY, COMMUNITY
    name          text,                     -- an organisation's name (never a person's)
    opd_code      text,
    active        boolean NOT NULL DEFAULT true,
    registered_at timestamptz
);
CREATE INDEX actors_opd ON actors (opd_code);

CREATE TABLE pledges (
    pledge_id        uuid PRIMARY KEY,
    partner_id       uuid,
    kinds            text[],
    scope_level      text,
    scope_codes      text[],
    rupiah           bigint,               -- pledged
    units            bigint,
    unit             text,
    valid_from       date,
    valid_until      date,
    status           text,                 -- OFFERED, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN
    offered_at       timestamptz,
    accepted_at      timestamptz,
    decision_number  text,
    withdrawn_rupiah bigint NOT NULL DEFAULT 0,
    withdrawn_units  bigint NOT NULL DEFAULT 0
);
CREATE INDEX pledges_partner ON pledges (partner_id);

CREATE TABLE reservations (
    request_id        uuid PRIMARY KEY,
    intervention_id   uuid,
    pledge_id         uuid,
    partner_id        uuid,
    kind              text,
    desa_code         text,
    rupiah            bigint,              -- reserved when confirmed
    units             bigint,
    confirmed_at      timestamptz,
    rejected_at       timestamptz,
    rejection_reason  text,                -- the reason code, never the message
    consumed_rupiah   bigint NOT NULL DEFAULT 0,
    consumed_units    bigint NOT NULL DEFAULT 0,
    first_consumed_at timestamptz,
    last_consumed_at  timestamptz,
    released_rupiah   bigint NOT NULL DEFAULT 0,
    released_units    bigint NOT NULL DEFAULT 0,
    released_at       timestamptz
);
CREATE INDEX reservations_partner ON reservations (partner_id);
CREATE INDEX reservations_pledge ON reservations (pledge_id);

CREATE TABLE forums (
    forum_id     uuid PRIMARY KEY,
    type         text,                     -- TKPKD_COORDINATION, MUSYAWARAH_KECAMATAN, MUSYAWARAH_DESA
    area_code    text,
    held_on      date,
    scheduled_at timestamptz
);
CREATE INDEX forums_area ON forums (area_code);

CREATE TABLE forum_attendance (
    forum_id    uuid NOT NULL,
    partner_id  uuid NOT NULL,
    invited_at  timestamptz,
    attendance  text,                      -- PRESENT, REPRESENTED, ABSENT_WITH_NOTICE, ABSENT_WITHOUT_NOTICE
    recorded_at timestamptz,
    PRIMARY KEY (forum_id, partner_id)
);
CREATE INDEX forum_attendance_partner ON forum_attendance (partner_id);

CREATE TABLE decisions (
    number        text PRIMARY KEY,
    forum_id      uuid,
    forum_type    text,
    area_code     text,
    approves_kind text,                    -- what the decision approves (INTERVENTION_PLAN, PLEDGE, RESPONSIBILITY, ...)
    decided_on    date,
    recorded_at   timestamptz
);

-- The responsibility matrix with its history: one row per assignment or clearing (lead_partner_id null), keyed by
-- the cell's stream version; a row is in force from its date until a later row of the same kind and area.
CREATE TABLE responsibility (
    kind            text    NOT NULL,
    area_code       text    NOT NULL,
    stream_version  bigint  NOT NULL,
    lead_partner_id uuid,
    supporting      uuid[]  NOT NULL DEFAULT '{}',
    decision_number text,
    effective_from  date,
    recorded_at     timestamptz,
    PRIMARY KEY (kind, area_code, stream_version)
);
