-- Orders

-- !Ups
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    total integer NOT NULL
);

-- !Downs
DROP TABLE orders;
