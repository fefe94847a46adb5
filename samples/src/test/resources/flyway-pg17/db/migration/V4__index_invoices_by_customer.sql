-- Built without locking out writes; Flyway runs it outside a transaction (see the .sql.conf next to this file).
CREATE INDEX CONCURRENTLY invoices_customer_id_idx ON invoices (customer_id);
