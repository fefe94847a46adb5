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
-- Databases
--

--
-- Database "template1" dump
--

\connect template1

--
-- PostgreSQL database dump
--

\restrict RehearsalClusterFixtures

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- PostgreSQL database dump complete
--

\unrestrict RehearsalClusterFixtures

--
-- Database "app" dump
--

--
-- PostgreSQL database dump
--

\restrict RehearsalClusterFixtures

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: app; Type: DATABASE; Schema: -; Owner: cluster_owner
--

CREATE DATABASE app WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C.UTF-8';


ALTER DATABASE app OWNER TO cluster_owner;

\unrestrict RehearsalClusterFixtures
\connect app
\restrict RehearsalClusterFixtures

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: DATABASE app; Type: COMMENT; Schema: -; Owner: cluster_owner
--

COMMENT ON DATABASE app IS 'the application';


--
-- Name: app; Type: DATABASE PROPERTIES; Schema: -; Owner: cluster_owner
--

ALTER DATABASE app SET work_mem TO '8MB';
ALTER ROLE cluster_analyst IN DATABASE app SET statement_timeout TO '5s';


\unrestrict RehearsalClusterFixtures
\connect app
\restrict RehearsalClusterFixtures

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: app; Type: SCHEMA; Schema: -; Owner: cluster_owner
--

CREATE SCHEMA app;


ALTER SCHEMA app OWNER TO cluster_owner;

--
-- Name: customer_count(); Type: FUNCTION; Schema: app; Owner: cluster_owner
--

CREATE FUNCTION app.customer_count() RETURNS bigint
    LANGUAGE sql
    AS $$SELECT count(*) FROM app.customer$$;


ALTER FUNCTION app.customer_count() OWNER TO cluster_owner;

SET default_tablespace = cluster_space;

SET default_table_access_method = heap;

--
-- Name: archive; Type: TABLE; Schema: app; Owner: postgres; Tablespace: cluster_space
--

CREATE TABLE app.archive (
    id integer NOT NULL,
    payload text
);


ALTER TABLE app.archive OWNER TO postgres;

SET default_tablespace = '';

--
-- Name: customer; Type: TABLE; Schema: app; Owner: cluster_owner
--

CREATE TABLE app.customer (
    id integer NOT NULL,
    name text NOT NULL,
    note text
);


ALTER TABLE app.customer OWNER TO cluster_owner;

--
-- Name: customer_id_seq; Type: SEQUENCE; Schema: app; Owner: cluster_owner
--

ALTER TABLE app.customer ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME app.customer_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: customer_names; Type: VIEW; Schema: app; Owner: cluster_owner
--

CREATE VIEW app.customer_names AS
 SELECT customer.name
   FROM app.customer;


ALTER TABLE app.customer_names OWNER TO cluster_owner;

--
-- Data for Name: archive; Type: TABLE DATA; Schema: app; Owner: postgres
--

COPY app.archive (id, payload) FROM stdin;
1	old
2	older
\.


--
-- Data for Name: customer; Type: TABLE DATA; Schema: app; Owner: cluster_owner
--

COPY app.customer (id, name, note) FROM stdin;
1	Ann	tab\there
2	Bob	\N
3	Zoë	back\\slash
\.


--
-- Name: customer_id_seq; Type: SEQUENCE SET; Schema: app; Owner: cluster_owner
--

SELECT pg_catalog.setval('app.customer_id_seq', 3, true);


SET default_tablespace = cluster_space;

--
-- Name: archive archive_pkey; Type: CONSTRAINT; Schema: app; Owner: postgres; Tablespace: cluster_space
--

ALTER TABLE ONLY app.archive
    ADD CONSTRAINT archive_pkey PRIMARY KEY (id);


SET default_tablespace = '';

--
-- Name: customer customer_pkey; Type: CONSTRAINT; Schema: app; Owner: cluster_owner
--

ALTER TABLE ONLY app.customer
    ADD CONSTRAINT customer_pkey PRIMARY KEY (id);


--
-- Name: DATABASE app; Type: ACL; Schema: -; Owner: cluster_owner
--

GRANT CONNECT ON DATABASE app TO cluster_reader;


--
-- Name: SCHEMA app; Type: ACL; Schema: -; Owner: cluster_owner
--

GRANT USAGE ON SCHEMA app TO cluster_reader;


--
-- Name: TABLE customer; Type: ACL; Schema: app; Owner: cluster_owner
--

GRANT SELECT ON TABLE app.customer TO cluster_reader WITH GRANT OPTION;
SET SESSION AUTHORIZATION cluster_reader;
GRANT SELECT ON TABLE app.customer TO "Cluster Reporting";
RESET SESSION AUTHORIZATION;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: app; Owner: cluster_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE cluster_owner IN SCHEMA app GRANT SELECT ON TABLES  TO cluster_reader;


--
-- PostgreSQL database dump complete
--

\unrestrict RehearsalClusterFixtures

--
-- Database "app_template" dump
--

--
-- PostgreSQL database dump
--

\restrict RehearsalClusterFixtures

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: app_template; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE app_template WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C.UTF-8';


ALTER DATABASE app_template OWNER TO postgres;

\unrestrict RehearsalClusterFixtures
\connect app_template
\restrict RehearsalClusterFixtures

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: app_template; Type: DATABASE PROPERTIES; Schema: -; Owner: postgres
--

ALTER DATABASE app_template IS_TEMPLATE = true;


\unrestrict RehearsalClusterFixtures
\connect app_template
\restrict RehearsalClusterFixtures

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: starter; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.starter (
    id integer
);


ALTER TABLE public.starter OWNER TO postgres;

--
-- Data for Name: starter; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.starter (id) FROM stdin;
\.


--
-- PostgreSQL database dump complete
--

\unrestrict RehearsalClusterFixtures

--
-- Database "postgres" dump
--

\connect postgres

--
-- PostgreSQL database dump
--

\restrict RehearsalClusterFixtures

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- PostgreSQL database dump complete
--

\unrestrict RehearsalClusterFixtures

--
-- PostgreSQL database cluster dump complete
--

