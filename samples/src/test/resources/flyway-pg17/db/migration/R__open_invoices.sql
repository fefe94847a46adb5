-- The dashboard's view; Flyway re-creates it whenever this file changes.
CREATE OR REPLACE VIEW open_invoices AS
SELECT c.id AS customer_id, c.name, count(*) AS open_count, sum(i.amount) AS open_amount
FROM invoices i
JOIN customers c ON c.id = i.customer_id
WHERE i.status = 'open'
GROUP BY c.id, c.name;
