-- The data subject an idempotent answer is about (an assessment's class is about its household), so that the
-- subject's erasure deletes the record with the rest: a replayed answer must not outlive the person it describes.
ALTER TABLE idempotency_keys ADD COLUMN subject_id uuid;
CREATE INDEX idempotency_keys_subject ON idempotency_keys (subject_id) WHERE subject_id IS NOT NULL;
