-- migrate:up
ALTER TABLE "Customer" ADD COLUMN email text;
DO $$ BEGIN UPDATE "Customer" SET email = 'x@example.com' WHERE id < 0; END $$;

-- migrate:down
ALTER TABLE "Customer" DROP COLUMN email;
