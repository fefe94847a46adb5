-- no order matches
UPDATE "Order" SET "total" = "total" + 1 WHERE "id" < 0;
