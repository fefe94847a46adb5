-- every customer, then a delete the orders refuse (23503): the transaction rolls back
UPDATE "Customer" SET "name" = "name" || '!';
DELETE FROM "Customer";
