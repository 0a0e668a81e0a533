-- Names are searched by their words' keyed hashes (the lookup key's, outside the database), no longer kept in clear:
-- name_words holds one hash per distinct word of the normalised name. Rows written before this keep name_norm until
-- the service's start hashes them (PersonNameHashing) and clears it.
ALTER TABLE person_names ADD COLUMN name_words bytea[];
ALTER TABLE person_names ALTER COLUMN name_norm DROP NOT NULL;
DROP INDEX person_names_desa;
CREATE INDEX person_names_desa ON person_names (desa_code);
CREATE INDEX person_names_words ON person_names USING gin (name_words);
