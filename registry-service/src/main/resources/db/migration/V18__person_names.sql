-- Search by name within a desa: each current member's name, normalised (lower case, no accents), with the
-- household's desa. Personal data kept only here in the registry's own database; an erasure deletes it.
CREATE TABLE person_names (
    member_id    uuid PRIMARY KEY,
    household_id uuid NOT NULL,
    desa_code    text NOT NULL,
    name_norm    text NOT NULL
);
CREATE INDEX person_names_desa ON person_names (desa_code, name_norm);
CREATE INDEX person_names_household ON person_names (household_id);
