INSERT INTO customers (id, name) VALUES
    (1, 'Ada Lovelace'),
    (2, 'Grace Hopper'),
    (3, 'Alan Turing');
