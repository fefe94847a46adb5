--
-- PostgreSQL database cluster dump
--

\restrict RehearsalDifferentialFixtures

SET default_transaction_read_only = off;

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Roles
--

CREATE ROLE "diffcluster Auditors";
ALTER ROLE "diffcluster Auditors" WITH NOSUPERUSER NOINHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE diffcluster_admin;
ALTER ROLE diffcluster_admin WITH NOSUPERUSER INHERIT CREATEROLE CREATEDB LOGIN NOREPLICATION NOBYPASSRLS CONNECTION LIMIT 3 PASSWORD 'md5d2c9a5d2e0c7d7a0e1b1e2f3a4b5c6d7';
CREATE ROLE diffcluster_app;
ALTER ROLE diffcluster_app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS CONNECTION LIMIT 20 VALID UNTIL '2099-12-31 00:00:00+00';
CREATE ROLE diffcluster_readonly;
ALTER ROLE diffcluster_readonly WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;

--
-- User Configurations
--

--
-- User Config "diffcluster_app"
--

ALTER ROLE diffcluster_app SET statement_timeout TO '30s';
ALTER ROLE diffcluster_app SET search_path TO 'shop', 'public';


--
-- Role memberships
--

GRANT diffcluster_readonly TO "diffcluster Auditors" WITH ADMIN OPTION GRANTED BY postgres;
GRANT diffcluster_readonly TO diffcluster_app GRANTED BY postgres;






\unrestrict RehearsalDifferentialFixtures

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

\restrict RehearsalDifferentialFixtures

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

\unrestrict RehearsalDifferentialFixtures

--
-- Database "diffcluster_crm" dump
--

--
-- PostgreSQL database dump
--

\restrict RehearsalDifferentialFixtures

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
-- Name: diffcluster_crm; Type: DATABASE; Schema: -; Owner: diffcluster_app
--

CREATE DATABASE diffcluster_crm WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE diffcluster_crm OWNER TO diffcluster_app;

\unrestrict RehearsalDifferentialFixtures
\connect diffcluster_crm
\restrict RehearsalDifferentialFixtures

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
-- Name: crm; Type: SCHEMA; Schema: -; Owner: diffcluster_app
--

CREATE SCHEMA crm;


ALTER SCHEMA crm OWNER TO diffcluster_app;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: contact; Type: TABLE; Schema: crm; Owner: diffcluster_app
--

CREATE TABLE crm.contact (
    id integer NOT NULL,
    email text NOT NULL,
    since date NOT NULL
);


ALTER TABLE crm.contact OWNER TO diffcluster_app;

--
-- Data for Name: contact; Type: TABLE DATA; Schema: crm; Owner: diffcluster_app
--

COPY crm.contact (id, email, since) FROM stdin;
1	contact1@example.com	2020-01-02
2	contact2@example.com	2020-01-03
3	contact3@example.com	2020-01-04
4	contact4@example.com	2020-01-05
5	contact5@example.com	2020-01-06
6	contact6@example.com	2020-01-07
7	contact7@example.com	2020-01-08
8	contact8@example.com	2020-01-09
9	contact9@example.com	2020-01-10
10	contact10@example.com	2020-01-11
11	contact11@example.com	2020-01-12
12	contact12@example.com	2020-01-13
13	contact13@example.com	2020-01-14
14	contact14@example.com	2020-01-15
15	contact15@example.com	2020-01-16
16	contact16@example.com	2020-01-17
17	contact17@example.com	2020-01-18
18	contact18@example.com	2020-01-19
19	contact19@example.com	2020-01-20
20	contact20@example.com	2020-01-21
21	contact21@example.com	2020-01-22
22	contact22@example.com	2020-01-23
23	contact23@example.com	2020-01-24
24	contact24@example.com	2020-01-25
25	contact25@example.com	2020-01-26
26	contact26@example.com	2020-01-27
27	contact27@example.com	2020-01-28
28	contact28@example.com	2020-01-29
29	contact29@example.com	2020-01-30
30	contact30@example.com	2020-01-31
31	contact31@example.com	2020-02-01
32	contact32@example.com	2020-02-02
33	contact33@example.com	2020-02-03
34	contact34@example.com	2020-02-04
35	contact35@example.com	2020-02-05
36	contact36@example.com	2020-02-06
37	contact37@example.com	2020-02-07
38	contact38@example.com	2020-02-08
39	contact39@example.com	2020-02-09
40	contact40@example.com	2020-02-10
41	contact41@example.com	2020-02-11
42	contact42@example.com	2020-02-12
43	contact43@example.com	2020-02-13
44	contact44@example.com	2020-02-14
45	contact45@example.com	2020-02-15
46	contact46@example.com	2020-02-16
47	contact47@example.com	2020-02-17
48	contact48@example.com	2020-02-18
49	contact49@example.com	2020-02-19
50	contact50@example.com	2020-02-20
51	contact51@example.com	2020-02-21
52	contact52@example.com	2020-02-22
53	contact53@example.com	2020-02-23
54	contact54@example.com	2020-02-24
55	contact55@example.com	2020-02-25
56	contact56@example.com	2020-02-26
57	contact57@example.com	2020-02-27
58	contact58@example.com	2020-02-28
59	contact59@example.com	2020-02-29
60	contact60@example.com	2020-03-01
61	contact61@example.com	2020-03-02
62	contact62@example.com	2020-03-03
63	contact63@example.com	2020-03-04
64	contact64@example.com	2020-03-05
65	contact65@example.com	2020-03-06
66	contact66@example.com	2020-03-07
67	contact67@example.com	2020-03-08
68	contact68@example.com	2020-03-09
69	contact69@example.com	2020-03-10
70	contact70@example.com	2020-03-11
71	contact71@example.com	2020-03-12
72	contact72@example.com	2020-03-13
73	contact73@example.com	2020-03-14
74	contact74@example.com	2020-03-15
75	contact75@example.com	2020-03-16
\.


--
-- Name: contact contact_email_key; Type: CONSTRAINT; Schema: crm; Owner: diffcluster_app
--

ALTER TABLE ONLY crm.contact
    ADD CONSTRAINT contact_email_key UNIQUE (email);


--
-- Name: contact contact_pkey; Type: CONSTRAINT; Schema: crm; Owner: diffcluster_app
--

ALTER TABLE ONLY crm.contact
    ADD CONSTRAINT contact_pkey PRIMARY KEY (id);


--
-- Name: TABLE contact; Type: ACL; Schema: crm; Owner: diffcluster_app
--

GRANT SELECT ON TABLE crm.contact TO "diffcluster Auditors";


--
-- PostgreSQL database dump complete
--

\unrestrict RehearsalDifferentialFixtures

--
-- Database "diffcluster_shop" dump
--

--
-- PostgreSQL database dump
--

\restrict RehearsalDifferentialFixtures

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
-- Name: diffcluster_shop; Type: DATABASE; Schema: -; Owner: diffcluster_admin
--

CREATE DATABASE diffcluster_shop WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE diffcluster_shop OWNER TO diffcluster_admin;

\unrestrict RehearsalDifferentialFixtures
\connect diffcluster_shop
\restrict RehearsalDifferentialFixtures

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
-- Name: DATABASE diffcluster_shop; Type: COMMENT; Schema: -; Owner: diffcluster_admin
--

COMMENT ON DATABASE diffcluster_shop IS 'the shop; its orders';


--
-- Name: diffcluster_shop; Type: DATABASE PROPERTIES; Schema: -; Owner: diffcluster_admin
--

ALTER DATABASE diffcluster_shop SET work_mem TO '8MB';
ALTER ROLE diffcluster_app IN DATABASE diffcluster_shop SET work_mem TO '16MB';


\unrestrict RehearsalDifferentialFixtures
\connect diffcluster_shop
\restrict RehearsalDifferentialFixtures

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
-- Name: shop; Type: SCHEMA; Schema: -; Owner: diffcluster_admin
--

CREATE SCHEMA shop;


ALTER SCHEMA shop OWNER TO diffcluster_admin;

--
-- Name: status; Type: TYPE; Schema: shop; Owner: postgres
--

CREATE TYPE shop.status AS ENUM (
    'new',
    'paid',
    'shipped'
);


ALTER TYPE shop.status OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: order; Type: TABLE; Schema: shop; Owner: diffcluster_admin
--

CREATE TABLE shop."order" (
    id bigint NOT NULL,
    product_id integer NOT NULL,
    qty integer DEFAULT 1 NOT NULL,
    status shop.status DEFAULT 'new'::shop.status NOT NULL,
    note text
);


ALTER TABLE shop."order" OWNER TO diffcluster_admin;

--
-- Name: TABLE "order"; Type: COMMENT; Schema: shop; Owner: diffcluster_admin
--

COMMENT ON TABLE shop."order" IS 'orders; quoted name';


--
-- Name: open_orders; Type: VIEW; Schema: shop; Owner: diffcluster_admin
--

CREATE VIEW shop.open_orders AS
 SELECT "order".id,
    "order".product_id,
    "order".qty
   FROM shop."order"
  WHERE ("order".status <> 'shipped'::shop.status);


ALTER TABLE shop.open_orders OWNER TO diffcluster_admin;

--
-- Name: order_id_seq; Type: SEQUENCE; Schema: shop; Owner: diffcluster_admin
--

ALTER TABLE shop."order" ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME shop.order_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: product; Type: TABLE; Schema: shop; Owner: diffcluster_admin
--

CREATE TABLE shop.product (
    id integer NOT NULL,
    name text NOT NULL,
    price numeric(10,2) NOT NULL,
    CONSTRAINT product_price_check CHECK ((price >= (0)::numeric))
);


ALTER TABLE shop.product OWNER TO diffcluster_admin;

--
-- Name: 600001; Type: BLOB; Schema: -; Owner: diffcluster_admin
--

SELECT pg_catalog.lo_create('600001');


ALTER LARGE OBJECT 600001 OWNER TO diffcluster_admin;

--
-- Data for Name: order; Type: TABLE DATA; Schema: shop; Owner: diffcluster_admin
--

COPY shop."order" (id, product_id, qty, status, note) FROM stdin;
1	2	2	paid	\N
2	3	3	shipped	\N
3	4	4	new	\N
4	5	1	paid	\N
5	6	2	shipped	\N
6	7	3	new	\N
7	8	4	paid	\N
8	9	1	shipped	\N
9	10	2	new	tab\tand\nnewline
10	11	3	paid	\N
11	12	4	shipped	\N
12	13	1	new	\N
13	14	2	paid	\N
14	15	3	shipped	\N
15	16	4	new	\N
16	17	1	paid	\N
17	18	2	shipped	\N
18	19	3	new	tab\tand\nnewline
19	20	4	paid	\N
20	21	1	shipped	\N
21	22	2	new	\N
22	23	3	paid	\N
23	24	4	shipped	\N
24	25	1	new	\N
25	26	2	paid	\N
26	27	3	shipped	\N
27	28	4	new	tab\tand\nnewline
28	29	1	paid	\N
29	30	2	shipped	\N
30	31	3	new	\N
31	32	4	paid	\N
32	33	1	shipped	\N
33	34	2	new	\N
34	35	3	paid	\N
35	36	4	shipped	\N
36	37	1	new	tab\tand\nnewline
37	38	2	paid	\N
38	39	3	shipped	\N
39	40	4	new	\N
40	1	1	paid	\N
41	2	2	shipped	\N
42	3	3	new	\N
43	4	4	paid	\N
44	5	1	shipped	\N
45	6	2	new	tab\tand\nnewline
46	7	3	paid	\N
47	8	4	shipped	\N
48	9	1	new	\N
49	10	2	paid	\N
50	11	3	shipped	\N
51	12	4	new	\N
52	13	1	paid	\N
53	14	2	shipped	\N
54	15	3	new	tab\tand\nnewline
55	16	4	paid	\N
56	17	1	shipped	\N
57	18	2	new	\N
58	19	3	paid	\N
59	20	4	shipped	\N
60	21	1	new	\N
61	22	2	paid	\N
62	23	3	shipped	\N
63	24	4	new	tab\tand\nnewline
64	25	1	paid	\N
65	26	2	shipped	\N
66	27	3	new	\N
67	28	4	paid	\N
68	29	1	shipped	\N
69	30	2	new	\N
70	31	3	paid	\N
71	32	4	shipped	\N
72	33	1	new	tab\tand\nnewline
73	34	2	paid	\N
74	35	3	shipped	\N
75	36	4	new	\N
76	37	1	paid	\N
77	38	2	shipped	\N
78	39	3	new	\N
79	40	4	paid	\N
80	1	1	shipped	\N
81	2	2	new	tab\tand\nnewline
82	3	3	paid	\N
83	4	4	shipped	\N
84	5	1	new	\N
85	6	2	paid	\N
86	7	3	shipped	\N
87	8	4	new	\N
88	9	1	paid	\N
89	10	2	shipped	\N
90	11	3	new	tab\tand\nnewline
91	12	4	paid	\N
92	13	1	shipped	\N
93	14	2	new	\N
94	15	3	paid	\N
95	16	4	shipped	\N
96	17	1	new	\N
97	18	2	paid	\N
98	19	3	shipped	\N
99	20	4	new	tab\tand\nnewline
100	21	1	paid	\N
101	22	2	shipped	\N
102	23	3	new	\N
103	24	4	paid	\N
104	25	1	shipped	\N
105	26	2	new	\N
106	27	3	paid	\N
107	28	4	shipped	\N
108	29	1	new	tab\tand\nnewline
109	30	2	paid	\N
110	31	3	shipped	\N
111	32	4	new	\N
112	33	1	paid	\N
113	34	2	shipped	\N
114	35	3	new	\N
115	36	4	paid	\N
116	37	1	shipped	\N
117	38	2	new	tab\tand\nnewline
118	39	3	paid	\N
119	40	4	shipped	\N
120	1	1	new	\N
121	2	2	paid	\N
122	3	3	shipped	\N
123	4	4	new	\N
124	5	1	paid	\N
125	6	2	shipped	\N
126	7	3	new	tab\tand\nnewline
127	8	4	paid	\N
128	9	1	shipped	\N
129	10	2	new	\N
130	11	3	paid	\N
131	12	4	shipped	\N
132	13	1	new	\N
133	14	2	paid	\N
134	15	3	shipped	\N
135	16	4	new	tab\tand\nnewline
136	17	1	paid	\N
137	18	2	shipped	\N
138	19	3	new	\N
139	20	4	paid	\N
140	21	1	shipped	\N
141	22	2	new	\N
142	23	3	paid	\N
143	24	4	shipped	\N
144	25	1	new	tab\tand\nnewline
145	26	2	paid	\N
146	27	3	shipped	\N
147	28	4	new	\N
148	29	1	paid	\N
149	30	2	shipped	\N
150	31	3	new	\N
\.


--
-- Data for Name: product; Type: TABLE DATA; Schema: shop; Owner: diffcluster_admin
--

COPY shop.product (id, name, price) FROM stdin;
1	product 1	2.50
2	product 2	5.00
3	product 3	7.50
4	product 4	10.00
5	product 5	12.50
6	product 6	15.00
7	product 7	17.50
8	product 8	20.00
9	product 9	22.50
10	product 10	25.00
11	product 11	27.50
12	product 12	30.00
13	product 13	32.50
14	product 14	35.00
15	product 15	37.50
16	product 16	40.00
17	product 17	42.50
18	product 18	45.00
19	product 19	47.50
20	product 20	50.00
21	product 21	52.50
22	product 22	55.00
23	product 23	57.50
24	product 24	60.00
25	product 25	62.50
26	product 26	65.00
27	product 27	67.50
28	product 28	70.00
29	product 29	72.50
30	product 30	75.00
31	product 31	77.50
32	product 32	80.00
33	product 33	82.50
34	product 34	85.00
35	product 35	87.50
36	product 36	90.00
37	product 37	92.50
38	product 38	95.00
39	product 39	97.50
40	product 40	100.00
\.


--
-- Name: order_id_seq; Type: SEQUENCE SET; Schema: shop; Owner: diffcluster_admin
--

SELECT pg_catalog.setval('shop.order_id_seq', 150, true);


--
-- Data for Name: BLOBS; Type: BLOBS; Schema: -; Owner: -
--

BEGIN;

SELECT pg_catalog.lo_open('600001', 131072);
SELECT pg_catalog.lowrite(0, '\x73686f7020696e766f6963652074656d706c617465');
SELECT pg_catalog.lo_close(0);

COMMIT;

--
-- Name: order order_pkey; Type: CONSTRAINT; Schema: shop; Owner: diffcluster_admin
--

ALTER TABLE ONLY shop."order"
    ADD CONSTRAINT order_pkey PRIMARY KEY (id);


--
-- Name: product product_pkey; Type: CONSTRAINT; Schema: shop; Owner: diffcluster_admin
--

ALTER TABLE ONLY shop.product
    ADD CONSTRAINT product_pkey PRIMARY KEY (id);


--
-- Name: order_product_idx; Type: INDEX; Schema: shop; Owner: diffcluster_admin
--

CREATE INDEX order_product_idx ON shop."order" USING btree (product_id);


--
-- Name: order order_product_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: diffcluster_admin
--

ALTER TABLE ONLY shop."order"
    ADD CONSTRAINT order_product_id_fkey FOREIGN KEY (product_id) REFERENCES shop.product(id) ON DELETE RESTRICT;


--
-- Name: DATABASE diffcluster_shop; Type: ACL; Schema: -; Owner: diffcluster_admin
--

REVOKE CONNECT,TEMPORARY ON DATABASE diffcluster_shop FROM PUBLIC;
GRANT CONNECT ON DATABASE diffcluster_shop TO diffcluster_app;
GRANT CONNECT ON DATABASE diffcluster_shop TO diffcluster_readonly;


--
-- Name: SCHEMA shop; Type: ACL; Schema: -; Owner: diffcluster_admin
--

GRANT USAGE ON SCHEMA shop TO diffcluster_readonly;


--
-- Name: TABLE "order"; Type: ACL; Schema: shop; Owner: diffcluster_admin
--

GRANT SELECT ON TABLE shop."order" TO diffcluster_readonly;
GRANT INSERT,UPDATE ON TABLE shop."order" TO diffcluster_app;


--
-- Name: TABLE open_orders; Type: ACL; Schema: shop; Owner: diffcluster_admin
--

GRANT SELECT ON TABLE shop.open_orders TO diffcluster_readonly;


--
-- Name: TABLE product; Type: ACL; Schema: shop; Owner: diffcluster_admin
--

GRANT SELECT ON TABLE shop.product TO diffcluster_readonly;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: shop; Owner: diffcluster_admin
--

ALTER DEFAULT PRIVILEGES FOR ROLE diffcluster_admin IN SCHEMA shop GRANT SELECT ON TABLES  TO diffcluster_readonly;


--
-- PostgreSQL database dump complete
--

\unrestrict RehearsalDifferentialFixtures

--
-- Database "postgres" dump
--

\connect postgres

--
-- PostgreSQL database dump
--

\restrict RehearsalDifferentialFixtures

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

\unrestrict RehearsalDifferentialFixtures

--
-- PostgreSQL database cluster dump complete
--

