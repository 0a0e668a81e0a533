-- The query-side read models (Hibernate Reactive entities, persistence.views), projected from the service's own
-- events in their own transactions, each batch together with its checkpoint. Every row keeps the version of the
-- stream it was last changed by: an event at or below it was applied already and changes nothing (a replay from an
-- older checkpoint adds nothing twice).

-- where each projection has applied the event store up to, in the store's reading order
CREATE TABLE view_checkpoint (
    projection          text PRIMARY KEY,
    last_transaction_id text        NOT NULL DEFAULT '0',
    last_position       bigint      NOT NULL DEFAULT 0,
    last_event_at       timestamptz,
    applied_at          timestamptz,
    events_applied      bigint      NOT NULL DEFAULT 0
);
INSERT INTO view_checkpoint (projection) VALUES ('partner-views');

-- every partner (stream partner-<id>)
CREATE TABLE partner_view (
    partner_id    uuid PRIMARY KEY,
    type          text        NOT NULL,
    name          text        NOT NULL,
    opd_code      text,
    contact_role  text,
    status        text        NOT NULL,
    status_reason text,
    registered_at timestamptz NOT NULL,
    changed_at    timestamptz NOT NULL,
    version       bigint      NOT NULL
);
CREATE INDEX partner_view_by_type ON partner_view (type, name, partner_id);
CREATE INDEX partner_view_by_name ON partner_view (name, partner_id);

-- every pledge (stream pledge-<id>), with what its reservations hold (streams reservation-<requestId>)
CREATE TABLE pledge_view (
    pledge_id        uuid PRIMARY KEY,
    partner_id       uuid        NOT NULL,
    status           text        NOT NULL,
    kinds            text[]      NOT NULL,
    scope_level      text        NOT NULL,
    scope_codes      text[]      NOT NULL,
    unit             text,
    valid_from       date        NOT NULL,
    valid_until      date        NOT NULL,
    capacity_rupiah  bigint,
    capacity_units   bigint,
    reserved_rupiah  bigint      NOT NULL DEFAULT 0,
    reserved_units   bigint      NOT NULL DEFAULT 0,
    consumed_rupiah  bigint      NOT NULL DEFAULT 0,
    consumed_units   bigint      NOT NULL DEFAULT 0,
    withdrawn_rupiah bigint      NOT NULL DEFAULT 0,
    withdrawn_units  bigint      NOT NULL DEFAULT 0,
    decision_number  text,
    status_reason    text,
    offered_at       timestamptz NOT NULL,
    changed_at       timestamptz NOT NULL,
    version          bigint      NOT NULL
);
CREATE INDEX pledge_view_by_partner ON pledge_view (partner_id, valid_until, pledge_id);

-- where a pledge went: one row per reservation made (stream reservation-<requestId>), no personal data
CREATE TABLE pledge_allocation_view (
    request_id      uuid PRIMARY KEY,
    pledge_id       uuid        NOT NULL,
    partner_id      uuid        NOT NULL,
    kind            text        NOT NULL,
    desa_code       text        NOT NULL,
    reserved_rupiah bigint      NOT NULL DEFAULT 0,
    reserved_units  bigint      NOT NULL DEFAULT 0,
    consumed_rupiah bigint      NOT NULL DEFAULT 0,
    consumed_units  bigint      NOT NULL DEFAULT 0,
    released_rupiah bigint      NOT NULL DEFAULT 0,
    released_units  bigint      NOT NULL DEFAULT 0,
    open            boolean     NOT NULL,
    reserved_at     timestamptz NOT NULL,
    changed_at      timestamptz NOT NULL,
    version         bigint      NOT NULL
);
CREATE INDEX pledge_allocation_view_by_partner ON pledge_allocation_view (partner_id, desa_code, kind);
CREATE INDEX pledge_allocation_view_by_pledge ON pledge_allocation_view (pledge_id);

-- every forum (stream forum-<id>); its invitations, attendance and decisions below change with its version
CREATE TABLE forum_view (
    forum_id     uuid PRIMARY KEY,
    type         text        NOT NULL,
    held_on      date        NOT NULL,
    place        text        NOT NULL,
    agenda       text        NOT NULL,
    area_code    text        NOT NULL,
    scheduled_at timestamptz NOT NULL,
    changed_at   timestamptz NOT NULL,
    version      bigint      NOT NULL
);
CREATE INDEX forum_view_by_date ON forum_view (held_on, forum_id);
CREATE INDEX forum_view_by_area ON forum_view (area_code text_pattern_ops, held_on);

-- each actor invited to (or attending) a forum, and how it took part once recorded
CREATE TABLE forum_attendance_view (
    forum_id       uuid        NOT NULL,
    partner_id     uuid        NOT NULL,
    invited        boolean     NOT NULL,
    attendance     text,
    represented_by text,
    changed_at     timestamptz NOT NULL,
    PRIMARY KEY (forum_id, partner_id)
);
CREATE INDEX forum_attendance_view_by_partner ON forum_attendance_view (partner_id);

-- every decision, by its programme-wide number, with its text
CREATE TABLE forum_decision_view (
    number             text PRIMARY KEY,
    forum_id           uuid        NOT NULL,
    forum_type         text        NOT NULL,
    area_code          text        NOT NULL,
    decided_on         date        NOT NULL,
    text               text        NOT NULL,
    approves_kind      text        NOT NULL,
    approves_reference text,
    recorded_at        timestamptz NOT NULL
);
CREATE INDEX forum_decision_view_by_forum ON forum_decision_view (forum_id, decided_on);
