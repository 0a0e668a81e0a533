-- Whether the household has been given its reference code (the code itself is only in its events, sealed).
-- Households registered before codes existed start without one: the backfill at startup finds them here.
ALTER TABLE household_index ADD COLUMN reference_code_issued boolean NOT NULL DEFAULT false;
CREATE INDEX household_index_without_reference_code ON household_index (household_id)
    WHERE NOT reference_code_issued AND merged_into IS NULL;
