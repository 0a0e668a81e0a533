-- Each claim of an Idempotency-Key carries an owner token, drawn by the request that made it. Every later write of
-- that request (its answer, its withdrawal) names the token, so a request whose claim was taken over (after its lease,
-- or after the record expired) can neither finish nor withdraw the claim of the request that took it over.
ALTER TABLE idempotency_keys ADD COLUMN owner uuid NOT NULL DEFAULT gen_random_uuid();
