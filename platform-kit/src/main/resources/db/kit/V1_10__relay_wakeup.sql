-- How appends wake the outbox relay without a commit-time global lock.
--
-- V1_2's trigger notified on every insert into events. A NOTIFY takes a database-wide lock at commit that is
-- held until the commit ends, so every appending transaction committed one after another. Now the relay says
-- when it sleeps: a row per relay, sleeping = true only while it waits on LISTEN with nothing to read.
-- append_events (V1_12) notifies only when some relay sleeps. Under load the relay never sleeps and no
-- append notifies; when idle, the one append that finds it asleep wakes it at once.
--
-- A transaction that read "awake" just before the relay marked itself asleep does not notify: the relay
-- closes that race itself (OutboxWakeup, in platform-kit) by reading the outbox once more after marking,
-- and by sleeping on LISTEN only when every transaction that was running when it marked has ended.
CREATE TABLE relay_wakeup (
    relay_name text PRIMARY KEY,
    sleeping   boolean     NOT NULL DEFAULT false,
    updated_at timestamptz NOT NULL DEFAULT now()
);

DROP TRIGGER events_notify ON events;
DROP FUNCTION events_notify_relay();
