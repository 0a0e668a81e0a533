-- An erased subject keeps its row with no key (a tombstone) instead of losing it: a writer asking for a key while the
-- erasure is still uncommitted then conflicts with that row and waits for the erasure (or, the row already there,
-- gets the old key, which the erasure then destroys). A deleted row let such a writer insert a new key once the
-- erasure had committed, and whatever it sealed stayed readable (SubjectKeysErasureRaceTest).
ALTER TABLE subject_keys ALTER COLUMN wrapped_key DROP NOT NULL;
