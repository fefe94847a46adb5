ALTER TABLE customer ADD COLUMN status text NOT NULL DEFAULT 'active';
UPDATE customer SET status = 'dormant'
WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = customer.id);
