CREATE TABLE invoices (
    id          integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers,
    amount      numeric(10, 2) NOT NULL,
    issued_at   timestamp NOT NULL,
    paid_at     timestamp
);
