-- Display names, and a function whose body needs ;; (Play splits at every single ;)

-- !Ups
ALTER TABLE users ADD COLUMN display_name text;
UPDATE users SET display_name = 'user;; ' || id;

CREATE FUNCTION order_count(uid bigint) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
    RETURN (SELECT count(*) FROM orders WHERE user_id = uid);;
END
$$;

-- !Downs
DROP FUNCTION order_count(bigint);
ALTER TABLE users DROP COLUMN display_name;
