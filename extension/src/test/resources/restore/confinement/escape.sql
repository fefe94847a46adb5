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

