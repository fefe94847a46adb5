-- ${email_domain} is a Flyway placeholder: the application sets it in spring.flyway.placeholders.email_domain.
ALTER TABLE customer ADD COLUMN email text;
UPDATE customer SET email = lower(name) || '@${email_domain}';
ALTER TABLE customer ALTER COLUMN email SET NOT NULL;
