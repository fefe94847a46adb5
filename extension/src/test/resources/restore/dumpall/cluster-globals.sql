--
-- PostgreSQL database cluster dump
--

\restrict RehearsalClusterFixtures

SET default_transaction_read_only = off;

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Roles
--

CREATE ROLE "Cluster Reporting";
ALTER ROLE "Cluster Reporting" WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE cluster_analyst;
ALTER ROLE cluster_analyst WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE cluster_owner;
ALTER ROLE cluster_owner WITH NOSUPERUSER INHERIT NOCREATEROLE CREATEDB LOGIN NOREPLICATION NOBYPASSRLS CONNECTION LIMIT 5 PASSWORD 'SCRAM-SHA-256$4096:gZzsUaVA4wIQ/mlh+AQN1A==$m6a0Oy3Nz1IWWW8Xt9eLYTz0YHkU7Ji86cHaYaL76OA=:JnZqR1/flnHeWiAEZvgImmbpw9mPZFoGbAG1pGsAR+w=';
CREATE ROLE cluster_reader;
ALTER ROLE cluster_reader WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
COMMENT ON ROLE cluster_reader IS 'read-only access';
CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;

--
-- User Configurations
--

--
-- User Config "cluster_analyst"
--

ALTER ROLE cluster_analyst SET work_mem TO '16MB';

--
-- User Config "cluster_owner"
--

ALTER ROLE cluster_owner SET search_path TO 'app', 'public';


--
-- Role memberships
--

GRANT cluster_reader TO "Cluster Reporting" WITH ADMIN OPTION GRANTED BY postgres;
GRANT cluster_reader TO cluster_analyst GRANTED BY postgres;


--
-- Role privileges on configuration parameters
--

GRANT SET ON PARAMETER work_mem TO cluster_owner;


--
-- Tablespaces
--

CREATE TABLESPACE cluster_space OWNER postgres LOCATION '/tmp/rehearsal-cluster-fixture-tablespace';


\unrestrict RehearsalClusterFixtures

--
-- PostgreSQL database cluster dump complete
--

