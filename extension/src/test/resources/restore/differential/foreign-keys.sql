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
-- Name: fk; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA fk;


ALTER SCHEMA fk OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: author; Type: TABLE; Schema: fk; Owner: postgres
--

CREATE TABLE fk.author (
    id integer NOT NULL,
    best_book integer
);


ALTER TABLE fk.author OWNER TO postgres;

--
-- Name: book; Type: TABLE; Schema: fk; Owner: postgres
--

CREATE TABLE fk.book (
    id integer NOT NULL,
    author_id integer NOT NULL
);


ALTER TABLE fk.book OWNER TO postgres;

--
-- Name: category; Type: TABLE; Schema: fk; Owner: postgres
--

CREATE TABLE fk.category (
    id integer NOT NULL,
    parent_id integer,
    name text NOT NULL
);


ALTER TABLE fk.category OWNER TO postgres;

--
-- Name: child_cascade; Type: TABLE; Schema: fk; Owner: postgres
--

CREATE TABLE fk.child_cascade (
    id integer NOT NULL,
    parent_code text
);


ALTER TABLE fk.child_cascade OWNER TO postgres;

--
-- Name: child_deferrable; Type: TABLE; Schema: fk; Owner: postgres
--

CREATE TABLE fk.child_deferrable (
    id integer NOT NULL,
    parent_id integer
);


ALTER TABLE fk.child_deferrable OWNER TO postgres;

--
-- Name: child_deferred; Type: TABLE; Schema: fk; Owner: postgres
--

CREATE TABLE fk.child_deferred (
    id integer NOT NULL,
    parent_id integer
);


ALTER TABLE fk.child_deferred OWNER TO postgres;

--
-- Name: child_match_full; Type: TABLE; Schema: fk; Owner: postgres
--

CREATE TABLE fk.child_match_full (
    id integer NOT NULL,
    tenant integer,
    parent_id integer
);


ALTER TABLE fk.child_match_full OWNER TO postgres;

--
-- Name: child_no_action; Type: TABLE; Schema: fk; Owner: postgres
--

CREATE TABLE fk.child_no_action (
    id integer NOT NULL,
    parent_id integer
);


ALTER TABLE fk.child_no_action OWNER TO postgres;

--
-- Name: child_restrict; Type: TABLE; Schema: fk; Owner: postgres
--

CREATE TABLE fk.child_restrict (
    id integer NOT NULL,
    parent_id integer
);


ALTER TABLE fk.child_restrict OWNER TO postgres;

--
-- Name: child_set_default; Type: TABLE; Schema: fk; Owner: postgres
--

CREATE TABLE fk.child_set_default (
    id integer NOT NULL,
    parent_id integer DEFAULT 0
);


ALTER TABLE fk.child_set_default OWNER TO postgres;

--
-- Name: child_set_default_columns; Type: TABLE; Schema: fk; Owner: postgres
--

CREATE TABLE fk.child_set_default_columns (
    id integer NOT NULL,
    tenant integer DEFAULT 0 NOT NULL,
    parent_id integer DEFAULT 0
);


ALTER TABLE fk.child_set_default_columns OWNER TO postgres;

--
-- Name: child_set_null; Type: TABLE; Schema: fk; Owner: postgres
--

CREATE TABLE fk.child_set_null (
    id integer NOT NULL,
    parent_id integer
);


ALTER TABLE fk.child_set_null OWNER TO postgres;

--
-- Name: child_set_null_columns; Type: TABLE; Schema: fk; Owner: postgres
--

CREATE TABLE fk.child_set_null_columns (
    id integer NOT NULL,
    tenant integer NOT NULL,
    parent_id integer
);


ALTER TABLE fk.child_set_null_columns OWNER TO postgres;

--
-- Name: legacy_orders; Type: TABLE; Schema: fk; Owner: postgres
--

CREATE TABLE fk.legacy_orders (
    id integer NOT NULL,
    parent_id integer
);


ALTER TABLE fk.legacy_orders OWNER TO postgres;

--
-- Name: parent; Type: TABLE; Schema: fk; Owner: postgres
--

CREATE TABLE fk.parent (
    id integer NOT NULL,
    code text NOT NULL,
    tenant integer NOT NULL
);


ALTER TABLE fk.parent OWNER TO postgres;

--
-- Data for Name: author; Type: TABLE DATA; Schema: fk; Owner: postgres
--

COPY fk.author (id, best_book) FROM stdin;
1	10
2	20
\.


--
-- Data for Name: book; Type: TABLE DATA; Schema: fk; Owner: postgres
--

COPY fk.book (id, author_id) FROM stdin;
10	1
11	1
20	2
\.


--
-- Data for Name: category; Type: TABLE DATA; Schema: fk; Owner: postgres
--

COPY fk.category (id, parent_id, name) FROM stdin;
1	\N	root
2	1	node 2
3	1	node 3
4	2	node 4
5	2	node 5
6	3	node 6
7	3	node 7
8	4	node 8
9	4	node 9
10	5	node 10
11	5	node 11
12	6	node 12
13	6	node 13
14	7	node 14
15	7	node 15
16	8	node 16
17	8	node 17
18	9	node 18
19	9	node 19
20	10	node 20
21	10	node 21
22	11	node 22
23	11	node 23
24	12	node 24
25	12	node 25
26	13	node 26
27	13	node 27
28	14	node 28
29	14	node 29
30	15	node 30
31	15	node 31
32	16	node 32
33	16	node 33
34	17	node 34
35	17	node 35
36	18	node 36
37	18	node 37
38	19	node 38
39	19	node 39
40	20	node 40
41	20	node 41
42	21	node 42
43	21	node 43
44	22	node 44
45	22	node 45
46	23	node 46
47	23	node 47
48	24	node 48
49	24	node 49
50	25	node 50
51	25	node 51
52	26	node 52
53	26	node 53
54	27	node 54
55	27	node 55
56	28	node 56
57	28	node 57
58	29	node 58
59	29	node 59
60	30	node 60
61	30	node 61
62	31	node 62
63	31	node 63
\.


--
-- Data for Name: child_cascade; Type: TABLE DATA; Schema: fk; Owner: postgres
--

COPY fk.child_cascade (id, parent_code) FROM stdin;
1	P2
2	P3
3	P4
4	P5
5	P6
6	P7
7	P8
8	P9
9	P10
10	P11
11	P12
12	P13
13	P14
14	P15
15	P16
16	P17
17	P18
18	P19
19	P20
20	P21
21	P22
22	P23
23	P24
24	P25
25	P26
26	P27
27	P28
28	P29
29	P30
30	P31
31	P32
32	P33
33	P34
34	P35
35	P36
36	P37
37	P38
38	P39
39	P40
40	P41
41	P42
42	P43
43	P44
44	P45
45	P46
46	P47
47	P48
48	P49
49	P50
50	P1
51	P2
52	P3
53	P4
54	P5
55	P6
56	P7
57	P8
58	P9
59	P10
60	P11
\.


--
-- Data for Name: child_deferrable; Type: TABLE DATA; Schema: fk; Owner: postgres
--

COPY fk.child_deferrable (id, parent_id) FROM stdin;
1	2
2	3
3	4
4	5
5	6
6	7
7	8
8	9
9	10
10	11
11	12
12	13
13	14
14	15
15	16
16	17
17	18
18	19
19	20
20	21
21	22
22	23
23	24
24	25
25	26
26	27
27	28
28	29
29	30
30	31
31	32
32	33
33	34
34	35
35	36
36	37
37	38
38	39
39	40
40	41
41	42
42	43
43	44
44	45
45	46
46	47
47	48
48	49
49	50
50	1
51	2
52	3
53	4
54	5
55	6
56	7
57	8
58	9
59	10
60	11
\.


--
-- Data for Name: child_deferred; Type: TABLE DATA; Schema: fk; Owner: postgres
--

COPY fk.child_deferred (id, parent_id) FROM stdin;
1	2
2	3
3	4
4	5
5	6
6	7
7	8
8	9
9	10
10	11
11	12
12	13
13	14
14	15
15	16
16	17
17	18
18	19
19	20
20	21
21	22
22	23
23	24
24	25
25	26
26	27
27	28
28	29
29	30
30	31
31	32
32	33
33	34
34	35
35	36
36	37
37	38
38	39
39	40
40	41
41	42
42	43
43	44
44	45
45	46
46	47
47	48
48	49
49	50
50	1
51	2
52	3
53	4
54	5
55	6
56	7
57	8
58	9
59	10
60	11
\.


--
-- Data for Name: child_match_full; Type: TABLE DATA; Schema: fk; Owner: postgres
--

COPY fk.child_match_full (id, tenant, parent_id) FROM stdin;
1	2	2
2	0	3
3	1	4
4	2	5
5	0	6
6	1	7
7	\N	\N
8	0	9
9	1	10
10	2	11
11	0	12
12	1	13
13	2	14
14	\N	\N
15	1	16
16	2	17
17	0	18
18	1	19
19	2	20
20	0	21
21	\N	\N
22	2	23
23	0	24
24	1	25
25	2	26
26	0	27
27	1	28
28	\N	\N
29	0	30
30	1	31
31	2	32
32	0	33
33	1	34
34	2	35
35	\N	\N
36	1	37
37	2	38
38	0	39
39	1	40
40	2	41
41	0	42
42	\N	\N
43	2	44
44	0	45
45	1	46
46	2	47
47	0	48
48	1	49
49	\N	\N
50	1	1
51	2	2
52	0	3
53	1	4
54	2	5
55	0	6
56	\N	\N
57	2	8
58	0	9
59	1	10
60	2	11
\.


--
-- Data for Name: child_no_action; Type: TABLE DATA; Schema: fk; Owner: postgres
--

COPY fk.child_no_action (id, parent_id) FROM stdin;
1	2
2	3
3	4
4	5
5	6
6	7
7	8
8	9
9	10
10	11
11	12
12	13
13	14
14	15
15	16
16	17
17	18
18	19
19	20
20	21
21	22
22	23
23	24
24	25
25	26
26	27
27	28
28	29
29	30
30	31
31	32
32	33
33	34
34	35
35	36
36	37
37	38
38	39
39	40
40	41
41	42
42	43
43	44
44	45
45	46
46	47
47	48
48	49
49	50
50	1
51	2
52	3
53	4
54	5
55	6
56	7
57	8
58	9
59	10
60	11
\.


--
-- Data for Name: child_restrict; Type: TABLE DATA; Schema: fk; Owner: postgres
--

COPY fk.child_restrict (id, parent_id) FROM stdin;
1	2
2	3
3	4
4	5
5	6
6	7
7	8
8	9
9	10
10	11
11	12
12	13
13	14
14	15
15	16
16	17
17	18
18	19
19	20
20	21
21	22
22	23
23	24
24	25
25	26
26	27
27	28
28	29
29	30
30	31
31	32
32	33
33	34
34	35
35	36
36	37
37	38
38	39
39	40
40	41
41	42
42	43
43	44
44	45
45	46
46	47
47	48
48	49
49	50
50	1
51	2
52	3
53	4
54	5
55	6
56	7
57	8
58	9
59	10
60	11
\.


--
-- Data for Name: child_set_default; Type: TABLE DATA; Schema: fk; Owner: postgres
--

COPY fk.child_set_default (id, parent_id) FROM stdin;
1	1
2	2
3	3
4	4
5	5
6	6
7	7
8	8
9	9
10	10
11	11
12	12
13	13
14	14
15	15
16	16
17	17
18	18
19	19
20	20
21	21
22	22
23	23
24	24
25	25
26	26
27	27
28	28
29	29
30	30
31	31
32	32
33	33
34	34
35	35
36	36
37	37
38	38
39	39
40	40
41	41
42	42
43	43
44	44
45	45
46	46
47	47
48	48
49	49
50	0
51	1
52	2
53	3
54	4
55	5
56	6
57	7
58	8
59	9
60	10
\.


--
-- Data for Name: child_set_default_columns; Type: TABLE DATA; Schema: fk; Owner: postgres
--

COPY fk.child_set_default_columns (id, tenant, parent_id) FROM stdin;
1	2	2
2	0	3
3	1	4
4	2	5
5	0	6
6	1	7
7	2	8
8	0	9
9	1	10
10	2	11
11	0	12
12	1	13
13	2	14
14	0	15
15	1	16
16	2	17
17	0	18
18	1	19
19	2	20
20	0	21
21	1	22
22	2	23
23	0	24
24	1	25
25	2	26
26	0	27
27	1	28
28	2	29
29	0	30
30	1	31
31	2	32
32	0	33
33	1	34
34	2	35
35	0	36
36	1	37
37	2	38
38	0	39
39	1	40
40	2	41
41	0	42
42	1	43
43	2	44
44	0	45
45	1	46
46	2	47
47	0	48
48	1	49
49	2	50
50	1	1
51	2	2
52	0	3
53	1	4
54	2	5
55	0	6
56	1	7
57	2	8
58	0	9
59	1	10
60	2	11
\.


--
-- Data for Name: child_set_null; Type: TABLE DATA; Schema: fk; Owner: postgres
--

COPY fk.child_set_null (id, parent_id) FROM stdin;
1	2
2	3
3	4
4	5
5	\N
6	7
7	8
8	9
9	10
10	\N
11	12
12	13
13	14
14	15
15	\N
16	17
17	18
18	19
19	20
20	\N
21	22
22	23
23	24
24	25
25	\N
26	27
27	28
28	29
29	30
30	\N
31	32
32	33
33	34
34	35
35	\N
36	37
37	38
38	39
39	40
40	\N
41	42
42	43
43	44
44	45
45	\N
46	47
47	48
48	49
49	50
50	\N
51	2
52	3
53	4
54	5
55	\N
56	7
57	8
58	9
59	10
60	\N
\.


--
-- Data for Name: child_set_null_columns; Type: TABLE DATA; Schema: fk; Owner: postgres
--

COPY fk.child_set_null_columns (id, tenant, parent_id) FROM stdin;
1	2	2
2	0	3
3	1	4
4	2	5
5	0	6
6	1	7
7	2	8
8	0	9
9	1	10
10	2	11
11	0	12
12	1	13
13	2	14
14	0	15
15	1	16
16	2	17
17	0	18
18	1	19
19	2	20
20	0	21
21	1	22
22	2	23
23	0	24
24	1	25
25	2	26
26	0	27
27	1	28
28	2	29
29	0	30
30	1	31
31	2	32
32	0	33
33	1	34
34	2	35
35	0	36
36	1	37
37	2	38
38	0	39
39	1	40
40	2	41
41	0	42
42	1	43
43	2	44
44	0	45
45	1	46
46	2	47
47	0	48
48	1	49
49	2	50
50	1	1
51	2	2
52	0	3
53	1	4
54	2	5
55	0	6
56	1	7
57	2	8
58	0	9
59	1	10
60	2	11
\.


--
-- Data for Name: legacy_orders; Type: TABLE DATA; Schema: fk; Owner: postgres
--

COPY fk.legacy_orders (id, parent_id) FROM stdin;
1	10
2	20
3	30
4	40
5	50
6	60
7	70
8	80
9	90
10	100
11	110
12	120
13	130
14	140
15	150
16	160
17	170
18	180
19	190
20	200
\.


--
-- Data for Name: parent; Type: TABLE DATA; Schema: fk; Owner: postgres
--

COPY fk.parent (id, code, tenant) FROM stdin;
0	P0	0
1	P1	1
2	P2	2
3	P3	0
4	P4	1
5	P5	2
6	P6	0
7	P7	1
8	P8	2
9	P9	0
10	P10	1
11	P11	2
12	P12	0
13	P13	1
14	P14	2
15	P15	0
16	P16	1
17	P17	2
18	P18	0
19	P19	1
20	P20	2
21	P21	0
22	P22	1
23	P23	2
24	P24	0
25	P25	1
26	P26	2
27	P27	0
28	P28	1
29	P29	2
30	P30	0
31	P31	1
32	P32	2
33	P33	0
34	P34	1
35	P35	2
36	P36	0
37	P37	1
38	P38	2
39	P39	0
40	P40	1
41	P41	2
42	P42	0
43	P43	1
44	P44	2
45	P45	0
46	P46	1
47	P47	2
48	P48	0
49	P49	1
50	P50	2
\.


--
-- Name: author author_pkey; Type: CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.author
    ADD CONSTRAINT author_pkey PRIMARY KEY (id);


--
-- Name: book book_pkey; Type: CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.book
    ADD CONSTRAINT book_pkey PRIMARY KEY (id);


--
-- Name: category category_pkey; Type: CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.category
    ADD CONSTRAINT category_pkey PRIMARY KEY (id);


--
-- Name: child_cascade child_cascade_pkey; Type: CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_cascade
    ADD CONSTRAINT child_cascade_pkey PRIMARY KEY (id);


--
-- Name: child_deferrable child_deferrable_pkey; Type: CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_deferrable
    ADD CONSTRAINT child_deferrable_pkey PRIMARY KEY (id);


--
-- Name: child_deferred child_deferred_pkey; Type: CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_deferred
    ADD CONSTRAINT child_deferred_pkey PRIMARY KEY (id);


--
-- Name: child_match_full child_match_full_pkey; Type: CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_match_full
    ADD CONSTRAINT child_match_full_pkey PRIMARY KEY (id);


--
-- Name: child_no_action child_no_action_pkey; Type: CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_no_action
    ADD CONSTRAINT child_no_action_pkey PRIMARY KEY (id);


--
-- Name: child_restrict child_restrict_pkey; Type: CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_restrict
    ADD CONSTRAINT child_restrict_pkey PRIMARY KEY (id);


--
-- Name: child_set_default_columns child_set_default_columns_pkey; Type: CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_set_default_columns
    ADD CONSTRAINT child_set_default_columns_pkey PRIMARY KEY (id);


--
-- Name: child_set_default child_set_default_pkey; Type: CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_set_default
    ADD CONSTRAINT child_set_default_pkey PRIMARY KEY (id);


--
-- Name: child_set_null_columns child_set_null_columns_pkey; Type: CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_set_null_columns
    ADD CONSTRAINT child_set_null_columns_pkey PRIMARY KEY (id);


--
-- Name: child_set_null child_set_null_pkey; Type: CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_set_null
    ADD CONSTRAINT child_set_null_pkey PRIMARY KEY (id);


--
-- Name: legacy_orders legacy_orders_pkey; Type: CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.legacy_orders
    ADD CONSTRAINT legacy_orders_pkey PRIMARY KEY (id);


--
-- Name: parent parent_code_key; Type: CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.parent
    ADD CONSTRAINT parent_code_key UNIQUE (code);


--
-- Name: parent parent_pkey; Type: CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.parent
    ADD CONSTRAINT parent_pkey PRIMARY KEY (id);


--
-- Name: parent parent_tenant_id_key; Type: CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.parent
    ADD CONSTRAINT parent_tenant_id_key UNIQUE (tenant, id);


--
-- Name: author author_best_book_fk; Type: FK CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.author
    ADD CONSTRAINT author_best_book_fk FOREIGN KEY (best_book) REFERENCES fk.book(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;


--
-- Name: book book_author_id_fkey; Type: FK CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.book
    ADD CONSTRAINT book_author_id_fkey FOREIGN KEY (author_id) REFERENCES fk.author(id) ON DELETE CASCADE;


--
-- Name: category category_parent_id_fkey; Type: FK CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.category
    ADD CONSTRAINT category_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES fk.category(id) ON DELETE CASCADE;


--
-- Name: child_cascade child_cascade_parent_code_fkey; Type: FK CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_cascade
    ADD CONSTRAINT child_cascade_parent_code_fkey FOREIGN KEY (parent_code) REFERENCES fk.parent(code) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: child_deferrable child_deferrable_parent_id_fkey; Type: FK CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_deferrable
    ADD CONSTRAINT child_deferrable_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES fk.parent(id) DEFERRABLE;


--
-- Name: child_deferred child_deferred_parent_id_fkey; Type: FK CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_deferred
    ADD CONSTRAINT child_deferred_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES fk.parent(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: child_match_full child_match_full_tenant_parent_id_fkey; Type: FK CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_match_full
    ADD CONSTRAINT child_match_full_tenant_parent_id_fkey FOREIGN KEY (tenant, parent_id) REFERENCES fk.parent(tenant, id) MATCH FULL ON DELETE CASCADE;


--
-- Name: child_no_action child_no_action_parent_id_fkey; Type: FK CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_no_action
    ADD CONSTRAINT child_no_action_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES fk.parent(id);


--
-- Name: child_set_default child_set_default_parent_id_fkey; Type: FK CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_set_default
    ADD CONSTRAINT child_set_default_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES fk.parent(id) ON UPDATE SET DEFAULT ON DELETE SET DEFAULT;


--
-- Name: child_set_null_columns child_set_null_columns_tenant_parent_id_fkey; Type: FK CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_set_null_columns
    ADD CONSTRAINT child_set_null_columns_tenant_parent_id_fkey FOREIGN KEY (tenant, parent_id) REFERENCES fk.parent(tenant, id) ON DELETE SET NULL (parent_id);


--
-- Name: child_set_null child_set_null_parent_id_fkey; Type: FK CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_set_null
    ADD CONSTRAINT child_set_null_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES fk.parent(id) ON DELETE SET NULL;


--
-- Name: legacy_orders legacy_orders_parent_fk; Type: FK CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.legacy_orders
    ADD CONSTRAINT legacy_orders_parent_fk FOREIGN KEY (parent_id) REFERENCES fk.parent(id) ON DELETE CASCADE NOT VALID;


--
-- Name: child_restrict restrict_fk; Type: FK CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_restrict
    ADD CONSTRAINT restrict_fk FOREIGN KEY (parent_id) REFERENCES fk.parent(id) ON UPDATE RESTRICT ON DELETE RESTRICT;


--
-- Name: CONSTRAINT restrict_fk ON child_restrict; Type: COMMENT; Schema: fk; Owner: postgres
--

COMMENT ON CONSTRAINT restrict_fk ON fk.child_restrict IS 'deletes of referenced parents are refused at once';


--
-- Name: child_set_default_columns set_default_cols; Type: FK CONSTRAINT; Schema: fk; Owner: postgres
--

ALTER TABLE ONLY fk.child_set_default_columns
    ADD CONSTRAINT set_default_cols FOREIGN KEY (tenant, parent_id) REFERENCES fk.parent(tenant, id) ON DELETE SET DEFAULT (parent_id);


--
-- PostgreSQL database dump complete
--

\unrestrict RehearsalDifferentialFixtures

