-- The DTSEN decile a household came with, for a desa's lists.
ALTER TABLE household_index ADD COLUMN desil smallint CHECK (desil BETWEEN 1 AND 10);
CREATE INDEX household_index_desa_desil ON household_index (desa_code, desil);
