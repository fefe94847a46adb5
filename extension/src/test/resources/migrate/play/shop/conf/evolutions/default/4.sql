# --- Index for the orders of a user

# --- !Ups
CREATE INDEX orders_user_idx ON orders (user_id);

# --- !Downs
DROP INDEX orders_user_idx;
