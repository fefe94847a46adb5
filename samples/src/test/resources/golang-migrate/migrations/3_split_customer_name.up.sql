ALTER TABLE customers ADD COLUMN first_name text;
ALTER TABLE customers ADD COLUMN last_name text;
UPDATE customers SET first_name = split_part(name, ' ', 1), last_name = split_part(name, ' ', 2);
ALTER TABLE customers DROP COLUMN name;
