-- Release 2: an explicit status instead of "paid_at IS NULL".
ALTER TABLE invoices ADD COLUMN status text;

UPDATE invoices SET status = CASE WHEN paid_at IS NULL THEN 'open' ELSE 'paid' END;

ALTER TABLE invoices
    ALTER COLUMN status SET NOT NULL,
    ALTER COLUMN status SET DEFAULT 'open',
    ADD CONSTRAINT invoices_status_check CHECK (status IN ('open', 'paid', 'void'));
