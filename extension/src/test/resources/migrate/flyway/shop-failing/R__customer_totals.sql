CREATE OR REPLACE VIEW customer_totals AS
SELECT c.id, c.name, coalesce(sum(o.total), 0) AS total
FROM customer c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.id, c.name;
