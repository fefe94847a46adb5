--
-- PostgreSQL database cluster dump
--

\restrict RehearsalRoleFixtures

SET default_transaction_read_only = off;

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Roles
--

CREATE ROLE "R15 Auditors";
ALTER ROLE "R15 Auditors" WITH NOSUPERUSER NOINHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;
CREATE ROLE r15_owner;
ALTER ROLE r15_owner WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS CONNECTION LIMIT 3 PASSWORD 'SCRAM-SHA-256$4096:gZzsUaVA4wIQ/mlh+AQN1A==$m6a0Oy3Nz1IWWW8Xt9eLYTz0YHkU7Ji86cHaYaL76OA=:JnZqR1/flnHeWiAEZvgImmbpw9mPZFoGbAG1pGsAR+w=' VALID UNTIL '2099-12-31 00:00:00+00';
CREATE ROLE r15_reader;
ALTER ROLE r15_reader WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
COMMENT ON ROLE r15_reader IS 'reads the app';

--
-- User Configurations
--


--
-- Role memberships
--

GRANT r15_reader TO "R15 Auditors" WITH ADMIN OPTION GRANTED BY postgres;
GRANT r15_reader TO r15_owner GRANTED BY postgres;






\unrestrict RehearsalRoleFixtures

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

\restrict RehearsalRoleFixtures

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

\unrestrict RehearsalRoleFixtures

--
-- Database "postgres" dump
--

\connect postgres

--
-- PostgreSQL database dump
--

\restrict RehearsalRoleFixtures

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

\unrestrict RehearsalRoleFixtures

--
-- Database "r15_app" dump
--

--
-- PostgreSQL database dump
--

\restrict RehearsalRoleFixtures

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
-- Name: r15_app; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE r15_app WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C.UTF-8';


ALTER DATABASE r15_app OWNER TO postgres;

\unrestrict RehearsalRoleFixtures
\connect r15_app
\restrict RehearsalRoleFixtures

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
-- Name: r15_app; Type: DATABASE PROPERTIES; Schema: -; Owner: postgres
--

ALTER ROLE r15_owner IN DATABASE r15_app SET work_mem TO '8MB';


\unrestrict RehearsalRoleFixtures
\connect r15_app
\restrict RehearsalRoleFixtures

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
-- Name: ledger; Type: TABLE; Schema: public; Owner: r15_owner
--

CREATE TABLE public.ledger (
    id integer NOT NULL,
    amount numeric NOT NULL
);


ALTER TABLE public.ledger OWNER TO r15_owner;

--
-- Data for Name: ledger; Type: TABLE DATA; Schema: public; Owner: r15_owner
--

COPY public.ledger (id, amount) FROM stdin;
1	10
2	20
\.


--
-- Name: ledger ledger_pkey; Type: CONSTRAINT; Schema: public; Owner: r15_owner
--

ALTER TABLE ONLY public.ledger
    ADD CONSTRAINT ledger_pkey PRIMARY KEY (id);


--
-- Name: TABLE ledger; Type: ACL; Schema: public; Owner: r15_owner
--

GRANT SELECT ON TABLE public.ledger TO r15_reader;


--
-- PostgreSQL database dump complete
--

\unrestrict RehearsalRoleFixtures

--
-- Database "r15_escape" dump
--

--
-- PostgreSQL database dump
--

\restrict RehearsalRoleFixtures

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
-- Name: r15_escape; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE r15_escape WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C.UTF-8';


ALTER DATABASE r15_escape OWNER TO postgres;

\unrestrict RehearsalRoleFixtures
\connect r15_escape
\restrict RehearsalRoleFixtures

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
-- Name: escape(integer); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.escape(x integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        EXECUTE 'GRANT pg_execute_server_program TO ' || pg_catalog.quote_ident(current_user);
        EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch /tmp/rehearsal-roles15-probe''';
    END IF;
    RETURN x;
END
$$;


ALTER FUNCTION public.escape(x integer) OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: t; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.t (
    x integer,
    CONSTRAINT t_x_check CHECK ((public.escape(x) = x))
);


ALTER TABLE public.t OWNER TO postgres;

--
-- Data for Name: t; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.t (x) FROM stdin;
1
\.


--
-- PostgreSQL database dump complete
--

\unrestrict RehearsalRoleFixtures

--
-- PostgreSQL database cluster dump complete
--

