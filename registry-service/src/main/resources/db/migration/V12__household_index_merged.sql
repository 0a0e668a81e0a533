-- A merged household keeps its row, pointing to the survivor.
ALTER TABLE household_index ADD COLUMN merged_into uuid;
