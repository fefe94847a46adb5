# Users schema

# --- !Ups

CREATE TABLE users (
    id bigint PRIMARY KEY,
    email varchar(255) NOT NULL
);

# --- !Downs

DROP TABLE users;
