-- A table of the test application's own, standing for a service's tables beside the kit's.
CREATE TABLE service_notes (
    id   bigint PRIMARY KEY,
    note text NOT NULL
);
