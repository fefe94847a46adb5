-- migrate:up
UPDATE "Customer" SET email = lower(name) || '@example.com' WHERE id > 1;
ALTER TABLE "Customer" ALTER COLUMN email SET NOT NULL;

-- migrate:down
ALTER TABLE "Customer" ALTER COLUMN email DROP NOT NULL;
