-- AlterTable
ALTER TABLE t ADD COLUMN name TEXT;

INSERT INTO t (id, name) VALUES (1, 'one');
