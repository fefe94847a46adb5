-- migrate:up
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);

-- migrate:down
DROP TABLE customers;
