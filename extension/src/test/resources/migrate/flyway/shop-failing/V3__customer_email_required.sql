-- Every customer needs an email from now on.
ALTER TABLE customer
    ALTER COLUMN email SET NOT NULL;
