-- append_events(...): the whole append of one or more streams in one database call, as Message DB's
-- write_message is: the streams' locks in sorted order, the expected-version check, the stream rows, then the
-- events with their hash chain, and a wake-up for a sleeping relay. All or nothing: any refusal raises.
--
-- Parameters (arrays; the stream arrays have one element per stream, the event arrays one per event, the
-- events of the streams one after the other in the order the streams are given):
--   stream_ids         '<category>-<id>', each at most once
--   stream_types       the category of each stream
--   expected_versions  the version the caller's decision was based on; 0: the stream must not exist; -1: any
--   metadata           per stream: the metadata JSON as stored (actor, correlation, causation, traceparent, source)
--   event_counts       per stream: how many of the events are its
--   event_ids          per event
--   event_types        per event: the stored type name
--   schema_versions    per event
--   payloads           per event: the payload JSON as stored
--   hash_prefixes      per event: the RFC 8785 canonical JSON of the hashed document
--                      {eventId, eventType, metadata, payload, recordedAt, schemaVersion, streamId, version}
--                      up to and including '"version":'. "version" sorts last, so the server completes the
--                      text with '<version>}' once it has decided the version; jsonb::text is not RFC 8785,
--                      so the canonical bytes come from the client (EventHash), the chain stays as it was.
--   recorded_at        the events' recorded time (the one the prefixes carry)
-- Returns the streams' versions after the append, in the order given.
--
-- Refusals:
--   DS409  a stream is not at its expected version; DETAIL is {"streamId":..,"expected":..,"actual":..}
--   DS428  the transaction has already written and does not hold these streams' locks (see lock_streams:
--          the locks must come before the transaction's first write). A transaction that took them with
--          lock_streams, then wrote (a data key the events are sealed with), then appends, is fine: it holds
--          them, and what it wrote came after them.
CREATE FUNCTION append_events(stream_ids text[], stream_types text[], expected_versions bigint[], metadata text[],
                              event_counts integer[], event_ids uuid[], event_types text[], schema_versions integer[],
                              payloads text[], hash_prefixes text[], recorded_at timestamptz)
    RETURNS bigint[] LANGUAGE plpgsql AS $$
DECLARE
    stream_count integer := cardinality(stream_ids);
    versions bigint[] := '{}';
    hashes bytea[] := '{}';
    event_streams_of text[] := '{}';
    event_stream_types text[] := '{}';
    event_versions bigint[] := '{}';
    event_hashes bytea[] := '{}';
    event_metadata text[] := '{}';
    head bigint;
    previous bytea;
    e integer := 0;
BEGIN
    -- the rule of lock_streams (V1_11); checked only in a transaction that has written (the common append
    -- transaction has not: this costs one function call)
    IF pg_current_xact_id_if_assigned() IS NOT NULL THEN IF EXISTS (
            SELECT 1 FROM unnest(stream_ids) AS u(id) CROSS JOIN LATERAL hashtextextended(u.id, 0) AS key(k)
            WHERE NOT EXISTS (
                SELECT 1 FROM pg_locks l
                WHERE l.locktype = 'advisory' AND l.pid = pg_backend_pid() AND l.granted AND l.objsubid = 1
                  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                  AND l.classid = ((key.k >> 32) & 4294967295)::oid AND l.objid = (key.k & 4294967295)::oid)) THEN
        RAISE EXCEPTION 'append after the transaction''s first write without the streams'' locks'
            USING ERRCODE = 'DS428', DETAIL = array_to_string(stream_ids, ', '),
                  HINT = 'lock the streams (EventStore.lock) before anything else the transaction writes';
    END IF; END IF;

    -- in sorted order ("C", as lock_streams): two appends sharing streams never wait for each other in a circle
    PERFORM pg_advisory_xact_lock(hashtextextended(sorted.id, 0))
    FROM (SELECT s COLLATE "C" AS id FROM unnest(stream_ids) AS s ORDER BY 1) sorted;

    FOR i IN 1 .. stream_count LOOP
        -- read under the locks (a new statement, so a new snapshot in READ COMMITTED): no writer can move them now
        SELECT es.version, es.last_hash INTO head, previous FROM event_streams es WHERE es.stream_id = stream_ids[i];
        head := coalesce(head, 0);
        IF expected_versions[i] <> -1 AND expected_versions[i] <> head THEN
            RAISE EXCEPTION 'stream % is at version %, expected %', stream_ids[i], head, expected_versions[i]
                USING ERRCODE = 'DS409', DETAIL = json_build_object('streamId', stream_ids[i],
                      'expected', expected_versions[i], 'actual', head)::text;
        END IF;
        -- a new stream's chain starts from 32 zero bytes (EventHash.GENESIS)
        previous := coalesce(previous, decode(repeat('00', 32), 'hex'));
        FOR n IN 1 .. event_counts[i] LOOP
            e := e + 1;
            head := head + 1;
            previous := sha256(previous || convert_to(hash_prefixes[e] || head || '}', 'UTF8'));
            event_streams_of := event_streams_of || stream_ids[i];
            event_stream_types := event_stream_types || stream_types[i];
            event_versions := event_versions || head;
            event_hashes := event_hashes || previous;
            event_metadata := event_metadata || metadata[i];
        END LOOP;
        versions := versions || head;
        hashes := hashes || previous;
    END LOOP;

    IF e <> cardinality(event_ids) THEN
        RAISE EXCEPTION 'event_counts add up to %, but % events were given', e, cardinality(event_ids)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    -- the stream rows first: the transaction's first write (if it had none) happens here, under the locks
    INSERT INTO event_streams AS es (stream_id, stream_type, version, last_hash, updated_at)
    SELECT u.id, u.type, u.version, u.hash, now() FROM unnest(stream_ids, stream_types, versions, hashes) AS u(id, type, version, hash)
    ON CONFLICT (stream_id) DO UPDATE SET version = EXCLUDED.version, last_hash = EXCLUDED.last_hash, updated_at = now();

    -- in the given order, so each stream's positions rise with its versions
    INSERT INTO events (stream_id, stream_type, version, event_id, event_type, schema_version, payload, metadata,
                        recorded_at, hash)
    SELECT u.stream_id, u.stream_type, u.version, u.event_id, u.event_type, u.schema_version, u.payload::jsonb,
           u.metadata::jsonb, recorded_at, u.hash
    FROM unnest(event_streams_of, event_stream_types, event_versions, event_ids, event_types, schema_versions,
                payloads, event_metadata, event_hashes)
         WITH ORDINALITY AS u(stream_id, stream_type, version, event_id, event_type, schema_version, payload,
                              metadata, hash, i)
    ORDER BY u.i;

    -- only a sleeping relay needs waking; a NOTIFY from every append would serialise every commit (V1_10)
    IF EXISTS (SELECT 1 FROM relay_wakeup WHERE sleeping) THEN
        PERFORM pg_notify('desatumis_events', '');
    END IF;
    RETURN versions;
END $$;
