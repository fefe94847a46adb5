CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customer (id),
    total numeric(10, 2) NOT NULL
);
