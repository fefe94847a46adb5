-- Customers are now managed by the billing service.
UPDATE "Customer" SET "email" = lower("name") || '@example.com';

DELETE FROM "Customer";
