-- lock_streams(stream_ids): takes each stream's transaction-scoped advisory lock, in sorted order, and
-- refuses (SQLSTATE DS428) when the transaction has already written.
--
-- Why the order rule: a transaction id is assigned at a transaction's first write. A stream's lock taken
-- before that write means a later append to the stream always has a higher transaction id than an earlier
-- one, and the relay, reading in (transaction id, position) order, publishes each stream in version order.
-- A transaction that wrote first could hold a lower transaction id than an append committed before it.
--
-- Parameters:
--   stream_ids  the streams the transaction will append to (duplicates and order do not matter)
-- Locks are re-entrant: append_events takes them again at no cost. The sort uses the "C" collation so
-- every locker, whatever the database's collation, takes them in one order (no deadlock between two appends).
CREATE FUNCTION lock_streams(stream_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    stream text;
BEGIN
    IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
        RAISE EXCEPTION 'streams locked after the transaction''s first write'
            USING ERRCODE = 'DS428', DETAIL = array_to_string(stream_ids, ', '),
                  HINT = 'lock the streams (EventStore.lock) before anything else the transaction writes';
    END IF;
    FOR stream IN SELECT DISTINCT s COLLATE "C" FROM unnest(stream_ids) AS s ORDER BY 1 LOOP
        PERFORM pg_advisory_xact_lock(hashtextextended(stream, 0));
    END LOOP;
END $$;
