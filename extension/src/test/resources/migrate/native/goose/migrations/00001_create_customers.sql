-- +goose Up
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);

-- +goose Down
DROP TABLE customers;
