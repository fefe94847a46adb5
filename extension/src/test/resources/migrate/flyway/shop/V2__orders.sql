CREATE TABLE orders (
    id          integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customer,
    total       numeric(10, 2) NOT NULL,
    placed_at   timestamp NOT NULL
);
