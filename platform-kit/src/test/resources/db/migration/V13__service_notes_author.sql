ALTER TABLE service_notes ADD COLUMN author text;
