UPDATE customers SET email = lower(email) WHERE email <> lower(email);

CREATE UNIQUE INDEX customers_email_key ON customers (email);
