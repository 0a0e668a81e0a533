-- The local view of the registry, kept from desatumis.registry.household.v1 (never read from the registry's database).
CREATE TABLE registry_household (
    household_id uuid PRIMARY KEY,
    desa_code    text        NOT NULL,
    standing     text        NOT NULL CHECK (standing IN ('ACTIVE', 'MERGED', 'ERASED')),
    merged_into  uuid,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- A member of a household; a person who moves keeps the member id and appears in the new household too.
CREATE TABLE registry_member (
    household_id uuid    NOT NULL REFERENCES registry_household (household_id),
    member_id    uuid    NOT NULL,
    sex          text,
    age_band     text,
    present      boolean NOT NULL,
    PRIMARY KEY (household_id, member_id)
);
