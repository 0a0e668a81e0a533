-- Read models written by the aggregates in the same transaction as their events (the kit's inline models).
-- The query-side models (Hibernate Reactive entities) come from the events later, in their own transactions.

-- every actor, for the checks a command makes at once: is it active, which partner an OPD token acts for
CREATE TABLE partner_directory (
    partner_id   uuid PRIMARY KEY,
    type         text NOT NULL,
    name         text NOT NULL,
    opd_code     text UNIQUE,
    status       text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED'))
);

-- what a pledge holds and what of it is reserved, consumed and withdrawn: a reservation checks it under the pledge's
-- stream lock and writes it with its own events; the CHECKs are the backstop if a writer ever got past the lock
CREATE TABLE pledge_balances (
    pledge_id        uuid PRIMARY KEY,
    partner_id       uuid NOT NULL,
    status           text NOT NULL CHECK (status IN ('OFFERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED')),
    kinds            text[] NOT NULL,
    scope_level      text NOT NULL,
    scope_codes      text[] NOT NULL,
    unit             text,
    valid_from       date NOT NULL,
    valid_until      date NOT NULL,
    capacity_rupiah  bigint CHECK (capacity_rupiah > 0),
    capacity_units   bigint CHECK (capacity_units > 0),
    reserved_rupiah  bigint NOT NULL DEFAULT 0 CHECK (reserved_rupiah >= 0),
    reserved_units   bigint NOT NULL DEFAULT 0 CHECK (reserved_units >= 0),
    consumed_rupiah  bigint NOT NULL DEFAULT 0 CHECK (consumed_rupiah >= 0),
    consumed_units   bigint NOT NULL DEFAULT 0 CHECK (consumed_units >= 0),
    withdrawn_rupiah bigint NOT NULL DEFAULT 0 CHECK (withdrawn_rupiah >= 0),
    withdrawn_units  bigint NOT NULL DEFAULT 0 CHECK (withdrawn_units >= 0),
    CONSTRAINT pledge_has_capacity CHECK (capacity_rupiah IS NOT NULL OR capacity_units IS NOT NULL),
    CONSTRAINT pledge_period CHECK (valid_until >= valid_from),
    CONSTRAINT pledge_rupiah_not_overcommitted
        CHECK (reserved_rupiah + consumed_rupiah + withdrawn_rupiah <= coalesce(capacity_rupiah, 0)),
    CONSTRAINT pledge_units_not_overcommitted
        CHECK (reserved_units + consumed_units + withdrawn_units <= coalesce(capacity_units, 0))
);
CREATE INDEX pledge_balances_partner ON pledge_balances (partner_id, valid_until);
CREATE INDEX pledge_balances_expiring ON pledge_balances (valid_until) WHERE status IN ('OFFERED', 'ACCEPTED');

-- the responsibility matrix with its history: one row per assignment (or clearing), superseded by the next
CREATE TABLE responsibilities (
    kind                 text NOT NULL,
    area_code            text NOT NULL,
    area_level           text NOT NULL,
    version              bigint NOT NULL,
    lead_partner_id      uuid,
    supporting_partners  uuid[] NOT NULL DEFAULT '{}',
    decision_number      text NOT NULL,
    effective_from       date NOT NULL,
    recorded_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, area_code, version)
);

-- every forum decision by its number (unique programme-wide), for the commands and services that cite one
CREATE TABLE forum_decisions (
    number         text PRIMARY KEY,
    forum_id       uuid NOT NULL,
    forum_type     text NOT NULL,
    area_code      text NOT NULL,
    decided_on     date NOT NULL,
    approves_kind  text NOT NULL,
    reference      text
);
CREATE INDEX forum_decisions_forum ON forum_decisions (forum_id);
