-- The desa summary is read from the programme projection's households table now (projection/10-households.sql), like
-- every other figure; its own table and its freshness row go.
DROP TABLE IF EXISTS village_summary;
DROP TABLE IF EXISTS projection_status;
