-- Orders, edited after release: a currency column added to an applied evolution

-- !Ups
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    total integer NOT NULL,
    currency char(3) NOT NULL DEFAULT 'EUR'
);

-- !Downs
DROP TABLE orders;
