--liquibase formatted sql

--changeset alice:1
CREATE TABLE customer (
    id bigint PRIMARY KEY,
    email text NOT NULL
);
--rollback DROP TABLE customer;

--changeset alice:2
INSERT INTO customer (id, email) VALUES (1, 'a@example.com'), (2, 'b@example.com');

--changeset bob:3
ALTER TABLE customer ADD COLUMN display_name text;
UPDATE customer SET email = NULL;
