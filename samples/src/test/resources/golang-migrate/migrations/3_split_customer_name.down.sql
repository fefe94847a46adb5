ALTER TABLE customers ADD COLUMN name text;
UPDATE customers SET name = first_name || ' ' || last_name;
ALTER TABLE customers DROP COLUMN first_name, DROP COLUMN last_name;
