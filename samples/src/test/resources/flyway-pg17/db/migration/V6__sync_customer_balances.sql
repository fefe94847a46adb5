-- Release 3 (written on a developer's PostgreSQL 17): one row per customer with open invoices, kept in sync by a
-- MERGE whose WHEN NOT MATCHED BY SOURCE clause (new in PostgreSQL 17) deletes the balances of customers who paid
-- (the same statement runs on every invoicing change).
-- Production runs PostgreSQL 15, where this is a syntax error.
CREATE TABLE customer_balances (
    customer_id integer PRIMARY KEY REFERENCES customers,
    open_amount numeric(12, 2) NOT NULL
);

MERGE INTO customer_balances AS b
USING (SELECT customer_id, sum(amount) AS open_amount FROM invoices WHERE status = 'open' GROUP BY customer_id) AS o
    ON b.customer_id = o.customer_id
WHEN MATCHED THEN UPDATE SET open_amount = o.open_amount
WHEN NOT MATCHED BY TARGET THEN INSERT (customer_id, open_amount) VALUES (o.customer_id, o.open_amount)
WHEN NOT MATCHED BY SOURCE THEN DELETE;
