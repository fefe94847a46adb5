-- every order, once
UPDATE "Order" SET "total" = "total" + 1;
