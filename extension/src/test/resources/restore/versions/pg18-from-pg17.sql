--
-- PostgreSQL database dump
--


-- Dumped from database version 17.5
-- Dumped by pg_dump version 18.3

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
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
-- Name: item; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.item (
    id integer NOT NULL,
    note text,
    added date DEFAULT '2024-01-01'::date NOT NULL
);


ALTER TABLE public.item OWNER TO postgres;

--
-- Name: recent_item; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.recent_item AS
 SELECT id,
    note
   FROM public.item
  WHERE (id > 10);


ALTER VIEW public.recent_item OWNER TO postgres;

--
-- Data for Name: item; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.item VALUES (1, 'note 1', '2024-01-01');
INSERT INTO public.item VALUES (2, 'note 2', '2024-01-01');
INSERT INTO public.item VALUES (3, 'note 3', '2024-01-01');
INSERT INTO public.item VALUES (4, 'note 4', '2024-01-01');
INSERT INTO public.item VALUES (5, 'note 5', '2024-01-01');
INSERT INTO public.item VALUES (6, 'note 6', '2024-01-01');
INSERT INTO public.item VALUES (7, 'note 7', '2024-01-01');
INSERT INTO public.item VALUES (8, 'note 8', '2024-01-01');
INSERT INTO public.item VALUES (9, 'note 9', '2024-01-01');
INSERT INTO public.item VALUES (10, 'note 10', '2024-01-01');
INSERT INTO public.item VALUES (11, 'note 11', '2024-01-01');
INSERT INTO public.item VALUES (12, 'note 12', '2024-01-01');
INSERT INTO public.item VALUES (13, 'note 13', '2024-01-01');
INSERT INTO public.item VALUES (14, 'note 14', '2024-01-01');
INSERT INTO public.item VALUES (15, 'note 15', '2024-01-01');
INSERT INTO public.item VALUES (16, 'note 16', '2024-01-01');
INSERT INTO public.item VALUES (17, 'note 17', '2024-01-01');
INSERT INTO public.item VALUES (18, 'note 18', '2024-01-01');
INSERT INTO public.item VALUES (19, 'note 19', '2024-01-01');
INSERT INTO public.item VALUES (20, 'note 20', '2024-01-01');


--
-- Name: item item_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.item
    ADD CONSTRAINT item_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--


