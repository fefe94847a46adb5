DELETE FROM customers;
