--
-- PostgreSQL database dump
--

\restrict RehearsalRestoreFixtures

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
-- Name: legacy_src; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE legacy_src WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C.UTF-8';


ALTER DATABASE legacy_src OWNER TO postgres;

\unrestrict RehearsalRestoreFixtures
\connect legacy_src
\restrict RehearsalRestoreFixtures

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
-- Name: DATABASE legacy_src; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON DATABASE legacy_src IS 'legacy; database';


--
-- Name: legacy_src; Type: DATABASE PROPERTIES; Schema: -; Owner: postgres
--

ALTER DATABASE legacy_src SET work_mem TO '8MB';


\unrestrict RehearsalRestoreFixtures
\connect legacy_src
\restrict RehearsalRestoreFixtures

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
-- Name: shout(text); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.shout(t text) RETURNS text
    LANGUAGE sql
    AS $$SELECT upper(t) || '!\n'$$;


ALTER FUNCTION public.shout(t text) OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: legacy; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.legacy (
    id integer NOT NULL,
    note text DEFAULT 'C:\dir\ and it''s'::text,
    city text
);


ALTER TABLE public.legacy OWNER TO postgres;

--
-- Data for Name: legacy; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.legacy (id, note, city) FROM stdin;
1	back\\slash; and 'quote'	Zürich
2	tab\there	Malmö
3	\N	Reykjavík
4	\\\\. and \\N	São Paulo
\.


--
-- Name: legacy legacy_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.legacy
    ADD CONSTRAINT legacy_pkey PRIMARY KEY (id);


--
-- Name: DATABASE legacy_src; Type: ACL; Schema: -; Owner: postgres
--

GRANT CONNECT ON DATABASE legacy_src TO app_reader;


--
-- PostgreSQL database dump complete
--

\unrestrict RehearsalRestoreFixtures

