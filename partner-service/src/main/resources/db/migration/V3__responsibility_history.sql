-- The matrix's history answers from its table: why a lead was cleared and who recorded each entry (the stream has
-- them too, but the history is read by kind and area far more often than the stream is folded).
ALTER TABLE responsibilities ADD COLUMN reason text;
ALTER TABLE responsibilities ADD COLUMN recorded_by text;

-- "in force on a day" is the latest entry of a kind and area with effective_from on or before it
CREATE INDEX responsibilities_in_force ON responsibilities (kind, area_code, effective_from DESC, version DESC);
