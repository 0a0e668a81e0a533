-- Events are never updated or deleted by the application. Erasure of personal data is done by deleting
-- keys (crypto-shredding), never by touching an event. Someone with the power to disable this trigger
-- can still alter a row: the hash chain verifier reports that.
CREATE FUNCTION events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'events are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER events_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_change();
