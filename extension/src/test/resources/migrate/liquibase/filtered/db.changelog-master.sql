--liquibase formatted sql

--changeset erin:1 context:prod labels:billing
CREATE TABLE ${table} (id bigint PRIMARY KEY);

--changeset erin:2 context:test
CREATE TABLE only_in_test (id bigint);

--changeset erin:3 labels:other
CREATE TABLE other_label (id bigint);

--changeset erin:4
INSERT INTO ${table} (id) VALUES (1);
