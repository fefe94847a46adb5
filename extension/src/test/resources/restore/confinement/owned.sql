--
-- PostgreSQL database dump
--

\restrict RehearsalConfinementFixtures

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
-- Name: account_count(); Type: FUNCTION; Schema: public; Owner: Conf Auditors
--

CREATE FUNCTION public.account_count() RETURNS bigint
    LANGUAGE sql
    AS $$SELECT count(*) FROM public.account$$;


ALTER FUNCTION public.account_count() OWNER TO "Conf Auditors";

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: account; Type: TABLE; Schema: public; Owner: conf_owner
--

CREATE TABLE public.account (
    id integer NOT NULL,
    name text NOT NULL
);


ALTER TABLE public.account OWNER TO conf_owner;

--
-- Name: account_id_seq; Type: SEQUENCE; Schema: public; Owner: conf_owner
--

CREATE SEQUENCE public.account_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.account_id_seq OWNER TO conf_owner;

--
-- Name: account_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: conf_owner
--

ALTER SEQUENCE public.account_id_seq OWNED BY public.account.id;


--
-- Name: account_names; Type: VIEW; Schema: public; Owner: conf_owner
--

CREATE VIEW public.account_names AS
 SELECT account.name
   FROM public.account;


ALTER TABLE public.account_names OWNER TO conf_owner;

--
-- Name: audit; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.audit (
    at timestamp with time zone DEFAULT now(),
    what text
);


ALTER TABLE public.audit OWNER TO postgres;

--
-- Name: account id; Type: DEFAULT; Schema: public; Owner: conf_owner
--

ALTER TABLE ONLY public.account ALTER COLUMN id SET DEFAULT nextval('public.account_id_seq'::regclass);


--
-- Name: 610001; Type: BLOB; Schema: -; Owner: conf_owner
--

SELECT pg_catalog.lo_create('610001');


ALTER LARGE OBJECT 610001 OWNER TO conf_owner;

--
-- Data for Name: account; Type: TABLE DATA; Schema: public; Owner: conf_owner
--

COPY public.account (id, name) FROM stdin;
1	ada
2	grace
\.


--
-- Data for Name: audit; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.audit (at, what) FROM stdin;
\.


--
-- Name: account_id_seq; Type: SEQUENCE SET; Schema: public; Owner: conf_owner
--

SELECT pg_catalog.setval('public.account_id_seq', 2, true);


--
-- Data for Name: BLOBS; Type: BLOBS; Schema: -; Owner: -
--

BEGIN;

SELECT pg_catalog.lo_open('610001', 131072);
SELECT pg_catalog.lowrite(0, '\x6f776e6564206c61726765206f626a656374');
SELECT pg_catalog.lo_close(0);

COMMIT;

--
-- Name: account account_pkey; Type: CONSTRAINT; Schema: public; Owner: conf_owner
--

ALTER TABLE ONLY public.account
    ADD CONSTRAINT account_pkey PRIMARY KEY (id);


--
-- Name: TABLE account; Type: ACL; Schema: public; Owner: conf_owner
--

GRANT SELECT ON TABLE public.account TO conf_reader WITH GRANT OPTION;
SET SESSION AUTHORIZATION conf_reader;
GRANT SELECT ON TABLE public.account TO "Conf Auditors";
RESET SESSION AUTHORIZATION;


--
-- PostgreSQL database dump complete
--

\unrestrict RehearsalConfinementFixtures

