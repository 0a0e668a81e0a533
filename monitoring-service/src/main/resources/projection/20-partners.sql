-- Owned by PartnersPart: partner-service's actors, pledges and their reservations, forums and the matrix.
-- A column that an event of a stream sets and a later event of the same stream may set again carries that stream's
-- version beside it (*_version): a write applies only over an older one, so the order a batch applies them in is
-- irrelevant. Sums (withdrawn, consumed, released) add once per event (the engine deduplicates per stream).

-- An actor of the programme: an office (OPD, with its office code), a village government or a partner.
CREATE TABLE actors (
    partner_id     uuid PRIMARY KEY,
    type           text,                   -- OPD, PEMDES, CSR, BUMN, BUMD, BAZNAS, LAZ, NGO, UNIVERSITY, COMMUNITY
    name           text,                   -- an organisation's name (never a person's)
    opd_code       text,                   -- an office's code: the `opd` claim of its staff's tokens
    active         boolean NOT NULL DEFAULT true,
    active_version bigint  NOT NULL DEFAULT 0,   -- partner stream version of the latest suspension or reinstatement
    registered_at  timestamptz
);
CREATE INDEX actors_opd ON actors (opd_code);

CREATE TABLE pledges (
    pledge_id        uuid PRIMARY KEY,
    partner_id       uuid,
    kinds            text[],
    scope_level      text,                 -- REGENCY, KECAMATAN, DESA
    scope_codes      text[],
    rupiah           bigint,               -- capacity offered, when counted in rupiah
    units            bigint,               -- capacity offered, when counted in units
    unit             text,
    valid_from       date,
    valid_until      date,
    status           text,                 -- OFFERED, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN
    status_version   bigint NOT NULL DEFAULT 0,
    offered_at       timestamptz,
    accepted_at      timestamptz,          -- set once accepted: the pledge counts as pledged from then on
    decision_number  text,
    ended_at         timestamptz,          -- declined, expired or withdrawn entirely
    withdrawn_rupiah bigint NOT NULL DEFAULT 0,
    withdrawn_units  bigint NOT NULL DEFAULT 0
);
CREATE INDEX pledges_partner ON pledges (partner_id);

-- A reservation (keyed by the request id that asked for it): assistance-service's request, partner-service's answer,
-- then its consumes and releases. reserved = rupiah/units; what is still held = reserved - consumed - released.
CREATE TABLE reservations (
    request_id         uuid PRIMARY KEY,
    intervention_id    uuid,
    pledge_id          uuid,
    partner_id         uuid,
    kind               text,
    desa_code          text,
    requested_at       timestamptz,        -- ReservationRequested (assistance)
    timed_out_at       timestamptz,        -- ReservationTimedOut (assistance): an answer after it is released
    rupiah             bigint,             -- reserved when confirmed
    units              bigint,
    confirmed_at       timestamptz,
    rejected_at        timestamptz,
    rejection_reason   text,               -- the reason code, never the message
    consumed_rupiah    bigint  NOT NULL DEFAULT 0,
    consumed_units     bigint  NOT NULL DEFAULT 0,
    first_consumed_at  timestamptz,
    last_consumed_at   timestamptz,
    released_rupiah    bigint  NOT NULL DEFAULT 0,   -- given back: by a release, or by the final consume
    released_units     bigint  NOT NULL DEFAULT 0,
    released_at        timestamptz,
    consume_rejections integer NOT NULL DEFAULT 0
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
    forum_id           uuid   NOT NULL,
    partner_id         uuid   NOT NULL,
    invited_at         timestamptz,
    attendance         text,               -- PRESENT, REPRESENTED, ABSENT_WITH_NOTICE, ABSENT_WITHOUT_NOTICE
    attendance_version bigint NOT NULL DEFAULT 0,   -- a later record corrects an earlier one
    recorded_at        timestamptz,
    PRIMARY KEY (forum_id, partner_id)
);
CREATE INDEX forum_attendance_partner ON forum_attendance (partner_id);

CREATE TABLE decisions (
    number        text PRIMARY KEY,
    forum_id      uuid,
    forum_type    text,
    area_code     text,                    -- the forum's area: the decision holds for it and the areas within it
    approves_kind text,                    -- PLEDGE, RESPONSIBILITY, VERIFICATION_LIST, INTERVENTION_PLAN, OTHER
    decided_on    date,
    recorded_at   timestamptz
);
CREATE INDEX decisions_forum ON decisions (forum_id);

-- The responsibility matrix with its history: one row per assignment or clearing (lead_partner_id null), keyed by
-- the cell's stream version; on a day, the row in force is the one of highest version whose effective_from is not
-- after that day.
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
