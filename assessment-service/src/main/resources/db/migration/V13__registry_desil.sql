-- The household's DTSEN desil as the registry announced it: a result records it when the form gives none.
ALTER TABLE registry_household ADD COLUMN desil integer CHECK (desil BETWEEN 1 AND 10);
