--
-- PostgreSQL database dump
--

\restrict RehearsalSamplesFixtures

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
-- Name: customers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    created_at timestamp without time zone NOT NULL
);


ALTER TABLE public.customers OWNER TO postgres;

--
-- Name: flyway_schema_history; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


ALTER TABLE public.flyway_schema_history OWNER TO postgres;

--
-- Name: invoices; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.invoices (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    amount numeric(10,2) NOT NULL,
    issued_at timestamp without time zone NOT NULL,
    paid_at timestamp without time zone
);


ALTER TABLE public.invoices OWNER TO postgres;

--
-- Name: open_invoices; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.open_invoices AS
 SELECT c.id AS customer_id,
    c.name,
    count(*) AS open_count,
    sum(i.amount) AS open_amount
   FROM (public.invoices i
     JOIN public.customers c ON ((c.id = i.customer_id)))
  WHERE (i.paid_at IS NULL)
  GROUP BY c.id, c.name;


ALTER TABLE public.open_invoices OWNER TO postgres;

--
-- Data for Name: customers; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.customers (id, name, email, created_at) FROM stdin;
1	Customer 1	customer1@example.com	2024-01-02 09:00:00
2	Customer 2	customer2@example.com	2024-01-03 09:00:00
3	Customer 3	customer3@example.com	2024-01-04 09:00:00
4	Customer 4	Customer4@Example.COM	2024-01-05 09:00:00
5	Customer 5	customer5@example.com	2024-01-06 09:00:00
6	Customer 6	customer6@example.com	2024-01-07 09:00:00
7	Customer 7	customer7@example.com	2024-01-08 09:00:00
8	Customer 8	Customer8@Example.COM	2024-01-09 09:00:00
9	Customer 9	customer9@example.com	2024-01-10 09:00:00
10	Customer 10	customer10@example.com	2024-01-11 09:00:00
11	Customer 11	customer11@example.com	2024-01-12 09:00:00
12	Customer 12	Customer12@Example.COM	2024-01-13 09:00:00
13	Customer 13	customer13@example.com	2024-01-14 09:00:00
14	Customer 14	customer14@example.com	2024-01-15 09:00:00
15	Customer 15	customer15@example.com	2024-01-16 09:00:00
16	Customer 16	Customer16@Example.COM	2024-01-17 09:00:00
17	Customer 17	customer17@example.com	2024-01-18 09:00:00
18	Customer 18	customer18@example.com	2024-01-19 09:00:00
19	Customer 19	customer19@example.com	2024-01-20 09:00:00
20	Customer 20	Customer20@Example.COM	2024-01-21 09:00:00
21	Customer 21	customer21@example.com	2024-01-22 09:00:00
22	Customer 22	customer22@example.com	2024-01-23 09:00:00
23	Customer 23	customer23@example.com	2024-01-24 09:00:00
24	Customer 24	Customer24@Example.COM	2024-01-25 09:00:00
25	Customer 25	customer25@example.com	2024-01-26 09:00:00
26	Customer 26	customer26@example.com	2024-01-27 09:00:00
27	Customer 27	customer27@example.com	2024-01-28 09:00:00
28	Customer 28	Customer28@Example.COM	2024-01-29 09:00:00
29	Customer 29	customer29@example.com	2024-01-30 09:00:00
30	Customer 30	customer30@example.com	2024-01-31 09:00:00
31	Customer 31	customer31@example.com	2024-02-01 09:00:00
32	Customer 32	Customer32@Example.COM	2024-02-02 09:00:00
33	Customer 33	customer33@example.com	2024-02-03 09:00:00
34	Customer 34	customer34@example.com	2024-02-04 09:00:00
35	Customer 35	customer35@example.com	2024-02-05 09:00:00
36	Customer 36	Customer36@Example.COM	2024-02-06 09:00:00
37	Customer 37	customer37@example.com	2024-02-07 09:00:00
38	Customer 38	customer38@example.com	2024-02-08 09:00:00
39	Customer 39	customer39@example.com	2024-02-09 09:00:00
40	Customer 40	Customer40@Example.COM	2024-02-10 09:00:00
\.


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) FROM stdin;
1	1	create customers	SQL	V1__create_customers.sql	-1987429262	postgres	2026-11-21 11:41:47.449536	47	t
2	2	create invoices	SQL	V2__create_invoices.sql	1617934929	postgres	2026-11-21 11:41:47.577794	17	t
3	\N	open invoices	SQL	R__open_invoices.sql	1898204836	postgres	2026-11-21 11:41:47.624934	18	t
\.


--
-- Data for Name: invoices; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.invoices (id, customer_id, amount, issued_at, paid_at) FROM stdin;
1	2	47.00	2024-02-01 18:00:00	2024-02-08 18:00:00
2	3	84.00	2024-02-02 00:00:00	2024-02-09 00:00:00
3	4	121.00	2024-02-02 06:00:00	\N
4	5	158.00	2024-02-02 12:00:00	2024-02-09 12:00:00
5	6	195.00	2024-02-02 18:00:00	2024-02-09 18:00:00
6	7	232.00	2024-02-03 00:00:00	\N
7	8	269.00	2024-02-03 06:00:00	2024-02-10 06:00:00
8	9	306.00	2024-02-03 12:00:00	2024-02-10 12:00:00
9	10	343.00	2024-02-03 18:00:00	\N
10	11	380.00	2024-02-04 00:00:00	2024-02-11 00:00:00
11	12	417.00	2024-02-04 06:00:00	2024-02-11 06:00:00
12	13	454.00	2024-02-04 12:00:00	\N
13	14	491.00	2024-02-04 18:00:00	2024-02-11 18:00:00
14	15	38.00	2024-02-05 00:00:00	2024-02-12 00:00:00
15	16	75.00	2024-02-05 06:00:00	\N
16	17	112.00	2024-02-05 12:00:00	2024-02-12 12:00:00
17	18	149.00	2024-02-05 18:00:00	2024-02-12 18:00:00
18	19	186.00	2024-02-06 00:00:00	\N
19	20	223.00	2024-02-06 06:00:00	2024-02-13 06:00:00
20	21	260.00	2024-02-06 12:00:00	2024-02-13 12:00:00
21	22	297.00	2024-02-06 18:00:00	\N
22	23	334.00	2024-02-07 00:00:00	2024-02-14 00:00:00
23	24	371.00	2024-02-07 06:00:00	2024-02-14 06:00:00
24	25	408.00	2024-02-07 12:00:00	\N
25	26	445.00	2024-02-07 18:00:00	2024-02-14 18:00:00
26	27	482.00	2024-02-08 00:00:00	2024-02-15 00:00:00
27	28	29.00	2024-02-08 06:00:00	\N
28	29	66.00	2024-02-08 12:00:00	2024-02-15 12:00:00
29	30	103.00	2024-02-08 18:00:00	2024-02-15 18:00:00
30	31	140.00	2024-02-09 00:00:00	\N
31	32	177.00	2024-02-09 06:00:00	2024-02-16 06:00:00
32	33	214.00	2024-02-09 12:00:00	2024-02-16 12:00:00
33	34	251.00	2024-02-09 18:00:00	\N
34	35	288.00	2024-02-10 00:00:00	2024-02-17 00:00:00
35	36	325.00	2024-02-10 06:00:00	2024-02-17 06:00:00
36	37	362.00	2024-02-10 12:00:00	\N
37	38	399.00	2024-02-10 18:00:00	2024-02-17 18:00:00
38	39	436.00	2024-02-11 00:00:00	2024-02-18 00:00:00
39	40	473.00	2024-02-11 06:00:00	\N
40	1	20.00	2024-02-11 12:00:00	2024-02-18 12:00:00
41	2	57.00	2024-02-11 18:00:00	2024-02-18 18:00:00
42	3	94.00	2024-02-12 00:00:00	\N
43	4	131.00	2024-02-12 06:00:00	2024-02-19 06:00:00
44	5	168.00	2024-02-12 12:00:00	2024-02-19 12:00:00
45	6	205.00	2024-02-12 18:00:00	\N
46	7	242.00	2024-02-13 00:00:00	2024-02-20 00:00:00
47	8	279.00	2024-02-13 06:00:00	2024-02-20 06:00:00
48	9	316.00	2024-02-13 12:00:00	\N
49	10	353.00	2024-02-13 18:00:00	2024-02-20 18:00:00
50	11	390.00	2024-02-14 00:00:00	2024-02-21 00:00:00
51	12	427.00	2024-02-14 06:00:00	\N
52	13	464.00	2024-02-14 12:00:00	2024-02-21 12:00:00
53	14	11.00	2024-02-14 18:00:00	2024-02-21 18:00:00
54	15	48.00	2024-02-15 00:00:00	\N
55	16	85.00	2024-02-15 06:00:00	2024-02-22 06:00:00
56	17	122.00	2024-02-15 12:00:00	2024-02-22 12:00:00
57	18	159.00	2024-02-15 18:00:00	\N
58	19	196.00	2024-02-16 00:00:00	2024-02-23 00:00:00
59	20	233.00	2024-02-16 06:00:00	2024-02-23 06:00:00
60	21	270.00	2024-02-16 12:00:00	\N
61	22	307.00	2024-02-16 18:00:00	2024-02-23 18:00:00
62	23	344.00	2024-02-17 00:00:00	2024-02-24 00:00:00
63	24	381.00	2024-02-17 06:00:00	\N
64	25	418.00	2024-02-17 12:00:00	2024-02-24 12:00:00
65	26	455.00	2024-02-17 18:00:00	2024-02-24 18:00:00
66	27	492.00	2024-02-18 00:00:00	\N
67	28	39.00	2024-02-18 06:00:00	2024-02-25 06:00:00
68	29	76.00	2024-02-18 12:00:00	2024-02-25 12:00:00
69	30	113.00	2024-02-18 18:00:00	\N
70	31	150.00	2024-02-19 00:00:00	2024-02-26 00:00:00
71	32	187.00	2024-02-19 06:00:00	2024-02-26 06:00:00
72	33	224.00	2024-02-19 12:00:00	\N
73	34	261.00	2024-02-19 18:00:00	2024-02-26 18:00:00
74	35	298.00	2024-02-20 00:00:00	2024-02-27 00:00:00
75	36	335.00	2024-02-20 06:00:00	\N
76	37	372.00	2024-02-20 12:00:00	2024-02-27 12:00:00
77	38	409.00	2024-02-20 18:00:00	2024-02-27 18:00:00
78	39	446.00	2024-02-21 00:00:00	\N
79	40	483.00	2024-02-21 06:00:00	2024-02-28 06:00:00
80	1	30.00	2024-02-21 12:00:00	2024-02-28 12:00:00
81	2	67.00	2024-02-21 18:00:00	\N
82	3	104.00	2024-02-22 00:00:00	2024-02-29 00:00:00
83	4	141.00	2024-02-22 06:00:00	2024-02-29 06:00:00
84	5	178.00	2024-02-22 12:00:00	\N
85	6	215.00	2024-02-22 18:00:00	2024-02-29 18:00:00
86	7	252.00	2024-02-23 00:00:00	2024-03-01 00:00:00
87	8	289.00	2024-02-23 06:00:00	\N
88	9	326.00	2024-02-23 12:00:00	2024-03-01 12:00:00
89	10	363.00	2024-02-23 18:00:00	2024-03-01 18:00:00
90	11	400.00	2024-02-24 00:00:00	\N
91	12	437.00	2024-02-24 06:00:00	2024-03-02 06:00:00
92	13	474.00	2024-02-24 12:00:00	2024-03-02 12:00:00
93	14	21.00	2024-02-24 18:00:00	\N
94	15	58.00	2024-02-25 00:00:00	2024-03-03 00:00:00
95	16	95.00	2024-02-25 06:00:00	2024-03-03 06:00:00
96	17	132.00	2024-02-25 12:00:00	\N
97	18	169.00	2024-02-25 18:00:00	2024-03-03 18:00:00
98	19	206.00	2024-02-26 00:00:00	2024-03-04 00:00:00
99	20	243.00	2024-02-26 06:00:00	\N
100	21	280.00	2024-02-26 12:00:00	2024-03-04 12:00:00
101	22	317.00	2024-02-26 18:00:00	2024-03-04 18:00:00
102	23	354.00	2024-02-27 00:00:00	\N
103	24	391.00	2024-02-27 06:00:00	2024-03-05 06:00:00
104	25	428.00	2024-02-27 12:00:00	2024-03-05 12:00:00
105	26	465.00	2024-02-27 18:00:00	\N
106	27	12.00	2024-02-28 00:00:00	2024-03-06 00:00:00
107	28	49.00	2024-02-28 06:00:00	2024-03-06 06:00:00
108	29	86.00	2024-02-28 12:00:00	\N
109	30	123.00	2024-02-28 18:00:00	2024-03-06 18:00:00
110	31	160.00	2024-02-29 00:00:00	2024-03-07 00:00:00
111	32	197.00	2024-02-29 06:00:00	\N
112	33	234.00	2024-02-29 12:00:00	2024-03-07 12:00:00
113	34	271.00	2024-02-29 18:00:00	2024-03-07 18:00:00
114	35	308.00	2024-03-01 00:00:00	\N
115	36	345.00	2024-03-01 06:00:00	2024-03-08 06:00:00
116	37	382.00	2024-03-01 12:00:00	2024-03-08 12:00:00
117	38	419.00	2024-03-01 18:00:00	\N
118	39	456.00	2024-03-02 00:00:00	2024-03-09 00:00:00
119	40	493.00	2024-03-02 06:00:00	2024-03-09 06:00:00
120	1	40.00	2024-03-02 12:00:00	\N
\.


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: invoices invoices_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.invoices
    ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success);


--
-- Name: invoices invoices_customer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.invoices
    ADD CONSTRAINT invoices_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);


--
-- PostgreSQL database dump complete
--

\unrestrict RehearsalSamplesFixtures

