-- Budget lines as ledgers (stream budget-line-<uuid>), written in the same transaction as their events (inline
-- models): a plan commits rupiah on a line under the line's stream lock and checks the balance here; the CHECKs are
-- the backstop if a writer ever got past the lock.
CREATE TABLE budget_lines (
    line_id           uuid PRIMARY KEY,
    fund              text NOT NULL CHECK (fund IN ('APBD', 'APBDES', 'APBN')),
    code              text NOT NULL,
    fiscal_year       integer NOT NULL,
    -- an APBD or APBN line is spent by an office (its opd code); an APBDES line is a desa's own
    owner_opd_code    text,
    desa_code         text,
    name              text NOT NULL,
    ceiling_rupiah    bigint NOT NULL CHECK (ceiling_rupiah > 0),
    committed_rupiah  bigint NOT NULL DEFAULT 0 CHECK (committed_rupiah >= 0),
    realised_rupiah   bigint NOT NULL DEFAULT 0 CHECK (realised_rupiah >= 0),
    version           bigint NOT NULL,
    opened_at         timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT budget_line_within_ceiling CHECK (committed_rupiah + realised_rupiah <= ceiling_rupiah),
    CONSTRAINT budget_line_owner CHECK (CASE WHEN fund = 'APBDES' THEN desa_code IS NOT NULL AND owner_opd_code IS NULL
                                             ELSE owner_opd_code IS NOT NULL AND desa_code IS NULL END)
);
-- a line is named by its code in its fund's budget of one year; every desa's APBDES uses the same chart of accounts
-- (the same codes in every village), so an APBDES line is named by its desa too
CREATE UNIQUE INDEX budget_lines_key ON budget_lines (fund, code, fiscal_year, coalesce(desa_code, ''));
CREATE INDEX budget_lines_year ON budget_lines (fiscal_year, fund);
CREATE INDEX budget_lines_owner ON budget_lines (owner_opd_code, fiscal_year) WHERE owner_opd_code IS NOT NULL;
CREATE INDEX budget_lines_desa ON budget_lines (desa_code, fiscal_year) WHERE desa_code IS NOT NULL;

-- what each intervention holds on a line: committed (still held), realised (spent by its deliveries), released
-- (given back); the deliveries realised, so that one is never realised twice
CREATE TABLE budget_commitments (
    line_id             uuid NOT NULL REFERENCES budget_lines (line_id),
    intervention_id     uuid NOT NULL,
    committed_rupiah    bigint NOT NULL DEFAULT 0 CHECK (committed_rupiah >= 0),
    realised_rupiah     bigint NOT NULL DEFAULT 0 CHECK (realised_rupiah >= 0),
    released_rupiah     bigint NOT NULL DEFAULT 0 CHECK (released_rupiah >= 0),
    delivery_ids        uuid[] NOT NULL DEFAULT '{}',
    first_committed_at  timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (line_id, intervention_id)
);
CREATE INDEX budget_commitments_intervention ON budget_commitments (intervention_id);
