--
-- PostgreSQL database dump
--

\restrict 7Lqv2nzwK7y8Mqo6SOAaOSyKweboQDazIoWdHfMIKp2fv6n1aGoHdeX6vD0YUBA

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

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: Customer; Type: TABLE; Schema: public; Owner: shop_owner
--

CREATE TABLE public."Customer" (
    id integer NOT NULL,
    name text NOT NULL
);


ALTER TABLE public."Customer" OWNER TO shop_owner;

--
-- Name: Customer_id_seq; Type: SEQUENCE; Schema: public; Owner: shop_owner
--

CREATE SEQUENCE public."Customer_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."Customer_id_seq" OWNER TO shop_owner;

--
-- Name: Customer_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: shop_owner
--

ALTER SEQUENCE public."Customer_id_seq" OWNED BY public."Customer".id;


--
-- Name: Order; Type: TABLE; Schema: public; Owner: shop_owner
--

CREATE TABLE public."Order" (
    id integer NOT NULL,
    "customerId" integer NOT NULL,
    total integer NOT NULL
);


ALTER TABLE public."Order" OWNER TO shop_owner;

--
-- Name: Order_id_seq; Type: SEQUENCE; Schema: public; Owner: shop_owner
--

CREATE SEQUENCE public."Order_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."Order_id_seq" OWNER TO shop_owner;

--
-- Name: Order_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: shop_owner
--

ALTER SEQUENCE public."Order_id_seq" OWNED BY public."Order".id;


--
-- Name: _prisma_migrations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public._prisma_migrations (
    id character varying(36) NOT NULL,
    checksum character varying(64) NOT NULL,
    finished_at timestamp with time zone,
    migration_name character varying(255) NOT NULL,
    logs text,
    rolled_back_at timestamp with time zone,
    started_at timestamp with time zone DEFAULT now() NOT NULL,
    applied_steps_count integer DEFAULT 0 NOT NULL
);


ALTER TABLE public._prisma_migrations OWNER TO postgres;

--
-- Name: Customer id; Type: DEFAULT; Schema: public; Owner: shop_owner
--

ALTER TABLE ONLY public."Customer" ALTER COLUMN id SET DEFAULT nextval('public."Customer_id_seq"'::regclass);


--
-- Name: Order id; Type: DEFAULT; Schema: public; Owner: shop_owner
--

ALTER TABLE ONLY public."Order" ALTER COLUMN id SET DEFAULT nextval('public."Order_id_seq"'::regclass);


--
-- Data for Name: Customer; Type: TABLE DATA; Schema: public; Owner: shop_owner
--

COPY public."Customer" (id, name) FROM stdin;
1	Customer 1
2	Customer 2
3	Customer 3
4	Customer 4
5	Customer 5
6	Customer 6
7	Customer 7
8	Customer 8
9	Customer 9
10	Customer 10
11	Customer 11
12	Customer 12
13	Customer 13
14	Customer 14
15	Customer 15
16	Customer 16
17	Customer 17
18	Customer 18
19	Customer 19
20	Customer 20
21	Customer 21
22	Customer 22
23	Customer 23
24	Customer 24
25	Customer 25
\.


--
-- Data for Name: Order; Type: TABLE DATA; Schema: public; Owner: shop_owner
--

COPY public."Order" (id, "customerId", total) FROM stdin;
1	2	100
2	3	200
3	4	300
4	5	400
5	6	500
6	7	600
7	8	700
8	9	800
9	10	900
10	11	1000
11	12	1100
12	13	1200
13	14	1300
14	15	1400
15	16	1500
16	17	1600
17	18	1700
18	19	1800
19	20	1900
20	21	2000
21	22	2100
22	23	2200
23	24	2300
24	25	2400
25	1	2500
26	2	2600
27	3	2700
28	4	2800
29	5	2900
30	6	3000
31	7	3100
32	8	3200
33	9	3300
34	10	3400
35	11	3500
36	12	3600
37	13	3700
38	14	3800
39	15	3900
40	16	4000
41	17	4100
42	18	4200
43	19	4300
44	20	4400
45	21	4500
46	22	4600
47	23	4700
48	24	4800
49	25	4900
50	1	5000
51	2	5100
52	3	5200
53	4	5300
54	5	5400
55	6	5500
56	7	5600
57	8	5700
58	9	5800
59	10	5900
60	11	6000
\.


--
-- Data for Name: _prisma_migrations; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public._prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) FROM stdin;
6f1c2a4e-8d0b-4c3e-9a57-2b1d4e6f8a90	d24e9e69685b820ce924c0ef02577e8367bda4aca6c6fc414ff1fa0dc4ea717d	2024-01-01 10:00:00.412+00	20240101000000_init	\N	\N	2024-01-01 10:00:00.118+00	1
\.


--
-- Name: Customer_id_seq; Type: SEQUENCE SET; Schema: public; Owner: shop_owner
--

SELECT pg_catalog.setval('public."Customer_id_seq"', 25, true);


--
-- Name: Order_id_seq; Type: SEQUENCE SET; Schema: public; Owner: shop_owner
--

SELECT pg_catalog.setval('public."Order_id_seq"', 60, true);


--
-- Name: Customer Customer_pkey; Type: CONSTRAINT; Schema: public; Owner: shop_owner
--

ALTER TABLE ONLY public."Customer"
    ADD CONSTRAINT "Customer_pkey" PRIMARY KEY (id);


--
-- Name: Order Order_pkey; Type: CONSTRAINT; Schema: public; Owner: shop_owner
--

ALTER TABLE ONLY public."Order"
    ADD CONSTRAINT "Order_pkey" PRIMARY KEY (id);


--
-- Name: _prisma_migrations _prisma_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public._prisma_migrations
    ADD CONSTRAINT _prisma_migrations_pkey PRIMARY KEY (id);


--
-- Name: Order Order_customerId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: shop_owner
--

ALTER TABLE ONLY public."Order"
    ADD CONSTRAINT "Order_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES public."Customer"(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- PostgreSQL database dump complete
--

\unrestrict 7Lqv2nzwK7y8Mqo6SOAaOSyKweboQDazIoWdHfMIKp2fv6n1aGoHdeX6vD0YUBA

