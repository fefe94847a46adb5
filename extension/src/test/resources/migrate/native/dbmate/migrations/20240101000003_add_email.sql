-- migrate:up
ALTER TABLE customers ADD COLUMN email text;
UPDATE customers SET email = lower(replace(name, ' ', '.')) || '@example.com';
ALTER TABLE customers ALTER COLUMN email SET NOT NULL;

-- migrate:down
ALTER TABLE customers DROP COLUMN email;
