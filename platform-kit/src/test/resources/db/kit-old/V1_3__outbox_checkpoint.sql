-- Where the outbox relay has published up to, as (transaction id, global position). The fencing token is
-- raised by each relay that takes the lead; a checkpoint update carries its token, so a relay that lost
-- the lead can never move the checkpoint.
CREATE TABLE outbox_checkpoint (
    relay_name          text PRIMARY KEY,
    last_transaction_id xid8        NOT NULL DEFAULT '0',
    last_position       bigint      NOT NULL DEFAULT 0,
    fencing_token       bigint      NOT NULL DEFAULT 0,
    updated_at          timestamptz NOT NULL DEFAULT now()
);
