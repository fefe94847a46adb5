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
-- Name: Sales; and "more"; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA "Sales; and ""more""";


--
-- Name: app; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA app;


--
-- Name: SCHEMA app; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA app IS 'application schema; it''s /* not */ a comment -- really';


--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;


--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';


--
-- Name: money_pair; Type: TYPE; Schema: app; Owner: -
--

CREATE TYPE app.money_pair AS (
	amount numeric(12,2),
	currency character(3)
);


--
-- Name: positive; Type: DOMAIN; Schema: app; Owner: -
--

CREATE DOMAIN app.positive AS integer
	CONSTRAINT positive_check CHECK ((VALUE > 0));


--
-- Name: status; Type: TYPE; Schema: app; Owner: -
--

CREATE TYPE app.status AS ENUM (
    'draft',
    'sent',
    'it''s done',
    'back\slash'
);


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: Order; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app."Order" (
    "Id" bigint NOT NULL,
    customer_id integer NOT NULL,
    "Total;" numeric(12,2) NOT NULL,
    placed_on date NOT NULL,
    lines integer[],
    CONSTRAINT "Order_Total;_check" CHECK (("Total;" >= (0)::numeric))
);


--
-- Name: add_order(integer, numeric); Type: PROCEDURE; Schema: app; Owner: -
--

CREATE PROCEDURE app.add_order(IN customer integer, IN total numeric)
    LANGUAGE sql
    BEGIN ATOMIC
 INSERT INTO app."Order" (customer_id, "Total;", placed_on)
   VALUES (add_order.customer, add_order.total, '2024-06-01'::date);
END;


--
-- Name: describe(integer); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.describe(n integer) RETURNS text
    LANGUAGE sql IMMUTABLE
    BEGIN ATOMIC
 SELECT
         CASE
             WHEN (n > 0) THEN 'positive; yes'::text
             WHEN (n < 0) THEN 'neg	ative'::text
             ELSE 'zero'::text
         END AS "case";
END;


--
-- Name: order_count(integer); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.order_count(customer integer) RETURNS bigint
    LANGUAGE sql STABLE
    BEGIN ATOMIC
 SELECT count(*) AS count
    FROM app."Order" o
   WHERE (o.customer_id = order_count.customer);
END;


--
-- Name: touch(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $_X$
BEGIN
    -- a body with $_$ inside, semicolons; and 'quotes'
    NEW.note := coalesce(NEW.note, '') || $_$;$_$;
    RETURN NEW;
END;
$_X$;


--
-- Name: measurement; Type: TABLE; Schema: Sales; and "more"; Owner: -
--

CREATE TABLE "Sales; and ""more""".measurement (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peaktemp integer
)
PARTITION BY RANGE (logdate);


--
-- Name: measurement_2023; Type: TABLE; Schema: Sales; and "more"; Owner: -
--

CREATE TABLE "Sales; and ""more""".measurement_2023 (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peaktemp integer
);


--
-- Name: measurement_2024; Type: TABLE; Schema: Sales; and "more"; Owner: -
--

CREATE TABLE "Sales; and ""more""".measurement_2024 (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peaktemp integer
);


--
-- Name: Order_Id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

CREATE SEQUENCE app."Order_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: Order_Id_seq; Type: SEQUENCE OWNED BY; Schema: app; Owner: -
--

ALTER SEQUENCE app."Order_Id_seq" OWNED BY app."Order"."Id";


--
-- Name: customer; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.customer (
    id integer NOT NULL,
    email public.citext NOT NULL,
    name text DEFAULT 'unnamed	customer'::text NOT NULL,
    note text DEFAULT 'semi;colon ''quoted'' -- dash /* star */'::text,
    status app.status DEFAULT 'draft'::app.status NOT NULL,
    tags text[] DEFAULT ARRAY['a;b'::text, 'c"d'::text, 'e\f'::text],
    profile jsonb,
    photo bytea,
    balance app.money_pair,
    score app.positive,
    created_at timestamp with time zone DEFAULT '2024-01-02 03:04:05+00'::timestamp with time zone NOT NULL,
    name_length integer GENERATED ALWAYS AS (length(name)) STORED,
    CONSTRAINT "email has an @; really" CHECK (((email OPERATOR(public.~~) '%@%'::public.citext) AND (note <> '\.'::text)))
);


--
-- Name: TABLE customer; Type: COMMENT; Schema: app; Owner: -
--

COMMENT ON TABLE app.customer IS 'Customers; "quoted" and ''single'' and $$dollar$$';


--
-- Name: COLUMN customer.note; Type: COMMENT; Schema: app; Owner: -
--

COMMENT ON COLUMN app.customer.note IS 'multi
line
comment';


--
-- Name: customer_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.customer ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.customer_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: customer_summary; Type: VIEW; Schema: app; Owner: -
--

CREATE VIEW app.customer_summary AS
 SELECT c.id,
    ((c.name || ' \ '::text) || (c.email)::text) AS label,
    app.order_count(c.id) AS orders
   FROM app.customer c
  WHERE (c.note IS DISTINCT FROM 'x;y'::text);


--
-- Name: invoice_number; Type: SEQUENCE; Schema: app; Owner: -
--

CREATE SEQUENCE app.invoice_number
    START WITH 1000
    INCREMENT BY 7
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: order_totals; Type: MATERIALIZED VIEW; Schema: app; Owner: -
--

CREATE MATERIALIZED VIEW app.order_totals AS
 SELECT "Order".customer_id,
    sum("Order"."Total;") AS total
   FROM app."Order"
  GROUP BY "Order".customer_id
  WITH NO DATA;


--
-- Name: measurement_2023; Type: TABLE ATTACH; Schema: Sales; and "more"; Owner: -
--

ALTER TABLE ONLY "Sales; and ""more""".measurement ATTACH PARTITION "Sales; and ""more""".measurement_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');


--
-- Name: measurement_2024; Type: TABLE ATTACH; Schema: Sales; and "more"; Owner: -
--

ALTER TABLE ONLY "Sales; and ""more""".measurement ATTACH PARTITION "Sales; and ""more""".measurement_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');


--
-- Name: Order Id; Type: DEFAULT; Schema: app; Owner: -
--

ALTER TABLE ONLY app."Order" ALTER COLUMN "Id" SET DEFAULT nextval('app."Order_Id_seq"'::regclass);


--
-- Name: 424242; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('424242');


--
-- Name: LARGE OBJECT 424242; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON LARGE OBJECT 424242 IS 'a large object';


--
-- Data for Name: measurement_2023; Type: TABLE DATA; Schema: Sales; and "more"; Owner: -
--

COPY "Sales; and ""more""".measurement_2023 (city_id, logdate, peaktemp) FROM stdin;
1	2023-06-02	1
2	2023-06-03	2
3	2023-06-04	3
4	2023-06-05	4
5	2023-06-06	5
6	2023-06-07	6
7	2023-06-08	7
8	2023-06-09	8
9	2023-06-10	9
0	2023-06-11	10
1	2023-06-12	11
2	2023-06-13	12
3	2023-06-14	13
4	2023-06-15	14
5	2023-06-16	15
6	2023-06-17	16
7	2023-06-18	17
8	2023-06-19	18
9	2023-06-20	19
0	2023-06-21	20
1	2023-06-22	21
2	2023-06-23	22
3	2023-06-24	23
4	2023-06-25	24
5	2023-06-26	25
6	2023-06-27	26
7	2023-06-28	27
8	2023-06-29	28
9	2023-06-30	29
0	2023-07-01	30
1	2023-07-02	31
2	2023-07-03	32
3	2023-07-04	33
4	2023-07-05	34
5	2023-07-06	35
6	2023-07-07	36
7	2023-07-08	37
8	2023-07-09	38
9	2023-07-10	39
0	2023-07-11	0
1	2023-07-12	1
2	2023-07-13	2
3	2023-07-14	3
4	2023-07-15	4
5	2023-07-16	5
6	2023-07-17	6
7	2023-07-18	7
8	2023-07-19	8
9	2023-07-20	9
0	2023-07-21	10
1	2023-07-22	11
2	2023-07-23	12
3	2023-07-24	13
4	2023-07-25	14
5	2023-07-26	15
6	2023-07-27	16
7	2023-07-28	17
8	2023-07-29	18
9	2023-07-30	19
0	2023-07-31	20
1	2023-08-01	21
2	2023-08-02	22
3	2023-08-03	23
4	2023-08-04	24
5	2023-08-05	25
6	2023-08-06	26
7	2023-08-07	27
8	2023-08-08	28
9	2023-08-09	29
0	2023-08-10	30
1	2023-08-11	31
2	2023-08-12	32
3	2023-08-13	33
4	2023-08-14	34
5	2023-08-15	35
6	2023-08-16	36
7	2023-08-17	37
8	2023-08-18	38
9	2023-08-19	39
0	2023-08-20	0
1	2023-08-21	1
2	2023-08-22	2
3	2023-08-23	3
4	2023-08-24	4
5	2023-08-25	5
6	2023-08-26	6
7	2023-08-27	7
8	2023-08-28	8
9	2023-08-29	9
0	2023-08-30	10
1	2023-08-31	11
2	2023-09-01	12
3	2023-09-02	13
4	2023-09-03	14
5	2023-09-04	15
6	2023-09-05	16
7	2023-09-06	17
8	2023-09-07	18
9	2023-09-08	19
0	2023-09-09	20
1	2023-09-10	21
2	2023-09-11	22
3	2023-09-12	23
4	2023-09-13	24
5	2023-09-14	25
6	2023-09-15	26
7	2023-09-16	27
8	2023-09-17	28
9	2023-09-18	29
0	2023-09-19	30
1	2023-09-20	31
2	2023-09-21	32
3	2023-09-22	33
4	2023-09-23	34
5	2023-09-24	35
6	2023-09-25	36
7	2023-09-26	37
8	2023-09-27	38
9	2023-09-28	39
0	2023-09-29	0
1	2023-09-30	1
2	2023-10-01	2
3	2023-10-02	3
4	2023-10-03	4
5	2023-10-04	5
6	2023-10-05	6
7	2023-10-06	7
8	2023-10-07	8
9	2023-10-08	9
0	2023-10-09	10
1	2023-10-10	11
2	2023-10-11	12
3	2023-10-12	13
4	2023-10-13	14
5	2023-10-14	15
6	2023-10-15	16
7	2023-10-16	17
8	2023-10-17	18
9	2023-10-18	19
0	2023-10-19	20
1	2023-10-20	21
2	2023-10-21	22
3	2023-10-22	23
4	2023-10-23	24
5	2023-10-24	25
6	2023-10-25	26
7	2023-10-26	27
8	2023-10-27	28
9	2023-10-28	29
0	2023-10-29	30
1	2023-10-30	31
2	2023-10-31	32
3	2023-11-01	33
4	2023-11-02	34
5	2023-11-03	35
6	2023-11-04	36
7	2023-11-05	37
8	2023-11-06	38
9	2023-11-07	39
0	2023-11-08	0
1	2023-11-09	1
2	2023-11-10	2
3	2023-11-11	3
4	2023-11-12	4
5	2023-11-13	5
6	2023-11-14	6
7	2023-11-15	7
8	2023-11-16	8
9	2023-11-17	9
0	2023-11-18	10
1	2023-11-19	11
2	2023-11-20	12
3	2023-11-21	13
4	2023-11-22	14
5	2023-11-23	15
6	2023-11-24	16
7	2023-11-25	17
8	2023-11-26	18
9	2023-11-27	19
0	2023-11-28	20
1	2023-11-29	21
2	2023-11-30	22
3	2023-12-01	23
4	2023-12-02	24
5	2023-12-03	25
6	2023-12-04	26
7	2023-12-05	27
8	2023-12-06	28
9	2023-12-07	29
0	2023-12-08	30
1	2023-12-09	31
2	2023-12-10	32
3	2023-12-11	33
4	2023-12-12	34
5	2023-12-13	35
6	2023-12-14	36
7	2023-12-15	37
8	2023-12-16	38
9	2023-12-17	39
0	2023-12-18	0
1	2023-12-19	1
2	2023-12-20	2
3	2023-12-21	3
4	2023-12-22	4
5	2023-12-23	5
6	2023-12-24	6
7	2023-12-25	7
8	2023-12-26	8
9	2023-12-27	9
0	2023-12-28	10
1	2023-12-29	11
2	2023-12-30	12
3	2023-12-31	13
\.


--
-- Data for Name: measurement_2024; Type: TABLE DATA; Schema: Sales; and "more"; Owner: -
--

COPY "Sales; and ""more""".measurement_2024 (city_id, logdate, peaktemp) FROM stdin;
4	2024-01-01	14
5	2024-01-02	15
6	2024-01-03	16
7	2024-01-04	17
8	2024-01-05	18
9	2024-01-06	19
0	2024-01-07	20
1	2024-01-08	21
2	2024-01-09	22
3	2024-01-10	23
4	2024-01-11	24
5	2024-01-12	25
6	2024-01-13	26
7	2024-01-14	27
8	2024-01-15	28
9	2024-01-16	29
0	2024-01-17	30
1	2024-01-18	31
2	2024-01-19	32
3	2024-01-20	33
4	2024-01-21	34
5	2024-01-22	35
6	2024-01-23	36
7	2024-01-24	37
8	2024-01-25	38
9	2024-01-26	39
0	2024-01-27	0
1	2024-01-28	1
2	2024-01-29	2
3	2024-01-30	3
4	2024-01-31	4
5	2024-02-01	5
6	2024-02-02	6
7	2024-02-03	7
8	2024-02-04	8
9	2024-02-05	9
0	2024-02-06	10
1	2024-02-07	11
2	2024-02-08	12
3	2024-02-09	13
4	2024-02-10	14
5	2024-02-11	15
6	2024-02-12	16
7	2024-02-13	17
8	2024-02-14	18
9	2024-02-15	19
0	2024-02-16	20
1	2024-02-17	21
2	2024-02-18	22
3	2024-02-19	23
4	2024-02-20	24
5	2024-02-21	25
6	2024-02-22	26
7	2024-02-23	27
8	2024-02-24	28
9	2024-02-25	29
0	2024-02-26	30
1	2024-02-27	31
2	2024-02-28	32
3	2024-02-29	33
4	2024-03-01	34
5	2024-03-02	35
6	2024-03-03	36
7	2024-03-04	37
8	2024-03-05	38
9	2024-03-06	39
0	2024-03-07	0
1	2024-03-08	1
2	2024-03-09	2
3	2024-03-10	3
4	2024-03-11	4
5	2024-03-12	5
6	2024-03-13	6
7	2024-03-14	7
8	2024-03-15	8
9	2024-03-16	9
0	2024-03-17	10
1	2024-03-18	11
2	2024-03-19	12
3	2024-03-20	13
4	2024-03-21	14
5	2024-03-22	15
6	2024-03-23	16
7	2024-03-24	17
8	2024-03-25	18
9	2024-03-26	19
0	2024-03-27	20
1	2024-03-28	21
2	2024-03-29	22
3	2024-03-30	23
4	2024-03-31	24
5	2024-04-01	25
6	2024-04-02	26
7	2024-04-03	27
8	2024-04-04	28
9	2024-04-05	29
0	2024-04-06	30
1	2024-04-07	31
2	2024-04-08	32
3	2024-04-09	33
4	2024-04-10	34
5	2024-04-11	35
6	2024-04-12	36
7	2024-04-13	37
8	2024-04-14	38
9	2024-04-15	39
0	2024-04-16	0
1	2024-04-17	1
2	2024-04-18	2
3	2024-04-19	3
4	2024-04-20	4
5	2024-04-21	5
6	2024-04-22	6
7	2024-04-23	7
8	2024-04-24	8
9	2024-04-25	9
0	2024-04-26	10
1	2024-04-27	11
2	2024-04-28	12
3	2024-04-29	13
4	2024-04-30	14
5	2024-05-01	15
6	2024-05-02	16
7	2024-05-03	17
8	2024-05-04	18
9	2024-05-05	19
0	2024-05-06	20
1	2024-05-07	21
2	2024-05-08	22
3	2024-05-09	23
4	2024-05-10	24
5	2024-05-11	25
6	2024-05-12	26
7	2024-05-13	27
8	2024-05-14	28
9	2024-05-15	29
0	2024-05-16	30
1	2024-05-17	31
2	2024-05-18	32
3	2024-05-19	33
4	2024-05-20	34
5	2024-05-21	35
6	2024-05-22	36
7	2024-05-23	37
8	2024-05-24	38
9	2024-05-25	39
0	2024-05-26	0
1	2024-05-27	1
2	2024-05-28	2
3	2024-05-29	3
4	2024-05-30	4
5	2024-05-31	5
6	2024-06-01	6
7	2024-06-02	7
8	2024-06-03	8
9	2024-06-04	9
0	2024-06-05	10
1	2024-06-06	11
2	2024-06-07	12
3	2024-06-08	13
4	2024-06-09	14
5	2024-06-10	15
6	2024-06-11	16
7	2024-06-12	17
8	2024-06-13	18
9	2024-06-14	19
0	2024-06-15	20
1	2024-06-16	21
2	2024-06-17	22
3	2024-06-18	23
4	2024-06-19	24
5	2024-06-20	25
6	2024-06-21	26
7	2024-06-22	27
8	2024-06-23	28
9	2024-06-24	29
0	2024-06-25	30
1	2024-06-26	31
2	2024-06-27	32
3	2024-06-28	33
4	2024-06-29	34
5	2024-06-30	35
6	2024-07-01	36
7	2024-07-02	37
8	2024-07-03	38
9	2024-07-04	39
0	2024-07-05	0
\.


--
-- Data for Name: Order; Type: TABLE DATA; Schema: app; Owner: -
--

COPY app."Order" ("Id", customer_id, "Total;", placed_on, lines) FROM stdin;
1	2	1.25	2024-01-02	{1,2}
2	3	2.50	2024-01-03	{2,3}
3	4	3.75	2024-01-04	{3,4}
4	5	5.00	2024-01-05	{4,5}
5	6	6.25	2024-01-06	{5,6}
6	7	7.50	2024-01-07	{6,7}
7	8	8.75	2024-01-08	{7,8}
8	9	10.00	2024-01-09	{8,9}
9	10	11.25	2024-01-10	{9,10}
10	11	12.50	2024-01-11	{10,11}
11	12	13.75	2024-01-12	{11,12}
12	13	15.00	2024-01-13	{12,13}
13	14	16.25	2024-01-14	{13,14}
14	15	17.50	2024-01-15	{14,15}
15	16	18.75	2024-01-16	{15,16}
16	17	20.00	2024-01-17	{16,17}
17	18	21.25	2024-01-18	{17,18}
18	19	22.50	2024-01-19	{18,19}
19	20	23.75	2024-01-20	{19,20}
20	21	25.00	2024-01-21	{20,21}
21	22	26.25	2024-01-22	{21,22}
22	23	27.50	2024-01-23	{22,23}
23	24	28.75	2024-01-24	{23,24}
24	25	30.00	2024-01-25	{24,25}
25	26	31.25	2024-01-26	{25,26}
26	27	32.50	2024-01-27	{26,27}
27	28	33.75	2024-01-28	{27,28}
28	29	35.00	2024-01-29	{28,29}
29	30	36.25	2024-01-30	{29,30}
30	31	37.50	2024-01-31	{30,31}
31	32	38.75	2024-02-01	{31,32}
32	33	40.00	2024-02-02	{32,33}
33	34	41.25	2024-02-03	{33,34}
34	35	42.50	2024-02-04	{34,35}
35	36	43.75	2024-02-05	{35,36}
36	37	45.00	2024-02-06	{36,37}
37	38	46.25	2024-02-07	{37,38}
38	39	47.50	2024-02-08	{38,39}
39	40	48.75	2024-02-09	{39,40}
40	41	50.00	2024-02-10	{40,41}
41	42	51.25	2024-02-11	{41,42}
42	43	52.50	2024-02-12	{42,43}
43	44	53.75	2024-02-13	{43,44}
44	45	55.00	2024-02-14	{44,45}
45	46	56.25	2024-02-15	{45,46}
46	47	57.50	2024-02-16	{46,47}
47	48	58.75	2024-02-17	{47,48}
48	49	60.00	2024-02-18	{48,49}
49	50	61.25	2024-02-19	{49,50}
50	1	62.50	2024-02-20	{50,51}
51	2	63.75	2024-02-21	{51,52}
52	3	65.00	2024-02-22	{52,53}
53	4	66.25	2024-02-23	{53,54}
54	5	67.50	2024-02-24	{54,55}
55	6	68.75	2024-02-25	{55,56}
56	7	70.00	2024-02-26	{56,57}
57	8	71.25	2024-02-27	{57,58}
58	9	72.50	2024-02-28	{58,59}
59	10	73.75	2024-02-29	{59,60}
60	11	75.00	2024-03-01	{60,61}
61	12	76.25	2024-03-02	{61,62}
62	13	77.50	2024-03-03	{62,63}
63	14	78.75	2024-03-04	{63,64}
64	15	80.00	2024-03-05	{64,65}
65	16	81.25	2024-03-06	{65,66}
66	17	82.50	2024-03-07	{66,67}
67	18	83.75	2024-03-08	{67,68}
68	19	85.00	2024-03-09	{68,69}
69	20	86.25	2024-03-10	{69,70}
70	21	87.50	2024-03-11	{70,71}
71	22	88.75	2024-03-12	{71,72}
72	23	90.00	2024-03-13	{72,73}
73	24	91.25	2024-03-14	{73,74}
74	25	92.50	2024-03-15	{74,75}
75	26	93.75	2024-03-16	{75,76}
76	27	95.00	2024-03-17	{76,77}
77	28	96.25	2024-03-18	{77,78}
78	29	97.50	2024-03-19	{78,79}
79	30	98.75	2024-03-20	{79,80}
80	31	100.00	2024-03-21	{80,81}
81	32	101.25	2024-03-22	{81,82}
82	33	102.50	2024-03-23	{82,83}
83	34	103.75	2024-03-24	{83,84}
84	35	105.00	2024-03-25	{84,85}
85	36	106.25	2024-03-26	{85,86}
86	37	107.50	2024-03-27	{86,87}
87	38	108.75	2024-03-28	{87,88}
88	39	110.00	2024-03-29	{88,89}
89	40	111.25	2024-03-30	{89,90}
90	41	112.50	2024-03-31	{90,91}
91	42	113.75	2024-04-01	{91,92}
92	43	115.00	2024-04-02	{92,93}
93	44	116.25	2024-04-03	{93,94}
94	45	117.50	2024-04-04	{94,95}
95	46	118.75	2024-04-05	{95,96}
96	47	120.00	2024-04-06	{96,97}
97	48	121.25	2024-04-07	{97,98}
98	49	122.50	2024-04-08	{98,99}
99	50	123.75	2024-04-09	{99,100}
100	1	125.00	2024-04-10	{100,101}
101	2	126.25	2024-04-11	{101,102}
102	3	127.50	2024-04-12	{102,103}
103	4	128.75	2024-04-13	{103,104}
104	5	130.00	2024-04-14	{104,105}
105	6	131.25	2024-04-15	{105,106}
106	7	132.50	2024-04-16	{106,107}
107	8	133.75	2024-04-17	{107,108}
108	9	135.00	2024-04-18	{108,109}
109	10	136.25	2024-04-19	{109,110}
110	11	137.50	2024-04-20	{110,111}
111	12	138.75	2024-04-21	{111,112}
112	13	140.00	2024-04-22	{112,113}
113	14	141.25	2024-04-23	{113,114}
114	15	142.50	2024-04-24	{114,115}
115	16	143.75	2024-04-25	{115,116}
116	17	145.00	2024-04-26	{116,117}
117	18	146.25	2024-04-27	{117,118}
118	19	147.50	2024-04-28	{118,119}
119	20	148.75	2024-04-29	{119,120}
120	21	150.00	2024-04-30	{120,121}
121	22	151.25	2024-05-01	{121,122}
122	23	152.50	2024-05-02	{122,123}
123	24	153.75	2024-05-03	{123,124}
124	25	155.00	2024-05-04	{124,125}
125	26	156.25	2024-05-05	{125,126}
126	27	157.50	2024-05-06	{126,127}
127	28	158.75	2024-05-07	{127,128}
128	29	160.00	2024-05-08	{128,129}
129	30	161.25	2024-05-09	{129,130}
130	31	162.50	2024-05-10	{130,131}
131	32	163.75	2024-05-11	{131,132}
132	33	165.00	2024-05-12	{132,133}
133	34	166.25	2024-05-13	{133,134}
134	35	167.50	2024-05-14	{134,135}
135	36	168.75	2024-05-15	{135,136}
136	37	170.00	2024-05-16	{136,137}
137	38	171.25	2024-05-17	{137,138}
138	39	172.50	2024-05-18	{138,139}
139	40	173.75	2024-05-19	{139,140}
140	41	175.00	2024-05-20	{140,141}
141	42	176.25	2024-05-21	{141,142}
142	43	177.50	2024-05-22	{142,143}
143	44	178.75	2024-05-23	{143,144}
144	45	180.00	2024-05-24	{144,145}
145	46	181.25	2024-05-25	{145,146}
146	47	182.50	2024-05-26	{146,147}
147	48	183.75	2024-05-27	{147,148}
148	49	185.00	2024-05-28	{148,149}
149	50	186.25	2024-05-29	{149,150}
150	1	187.50	2024-05-30	{150,151}
151	2	188.75	2024-05-31	{151,152}
152	3	190.00	2024-06-01	{152,153}
153	4	191.25	2024-06-02	{153,154}
154	5	192.50	2024-06-03	{154,155}
155	6	193.75	2024-06-04	{155,156}
156	7	195.00	2024-06-05	{156,157}
157	8	196.25	2024-06-06	{157,158}
158	9	197.50	2024-06-07	{158,159}
159	10	198.75	2024-06-08	{159,160}
160	11	200.00	2024-06-09	{160,161}
161	12	201.25	2024-06-10	{161,162}
162	13	202.50	2024-06-11	{162,163}
163	14	203.75	2024-06-12	{163,164}
164	15	205.00	2024-06-13	{164,165}
165	16	206.25	2024-06-14	{165,166}
166	17	207.50	2024-06-15	{166,167}
167	18	208.75	2024-06-16	{167,168}
168	19	210.00	2024-06-17	{168,169}
169	20	211.25	2024-06-18	{169,170}
170	21	212.50	2024-06-19	{170,171}
171	22	213.75	2024-06-20	{171,172}
172	23	215.00	2024-06-21	{172,173}
173	24	216.25	2024-06-22	{173,174}
174	25	217.50	2024-06-23	{174,175}
175	26	218.75	2024-06-24	{175,176}
176	27	220.00	2024-06-25	{176,177}
177	28	221.25	2024-06-26	{177,178}
178	29	222.50	2024-06-27	{178,179}
179	30	223.75	2024-06-28	{179,180}
180	31	225.00	2024-06-29	{180,181}
181	32	226.25	2024-06-30	{181,182}
182	33	227.50	2024-07-01	{182,183}
183	34	228.75	2024-07-02	{183,184}
184	35	230.00	2024-07-03	{184,185}
185	36	231.25	2024-07-04	{185,186}
186	37	232.50	2024-07-05	{186,187}
187	38	233.75	2024-07-06	{187,188}
188	39	235.00	2024-07-07	{188,189}
189	40	236.25	2024-07-08	{189,190}
190	41	237.50	2024-07-09	{190,191}
191	42	238.75	2024-07-10	{191,192}
192	43	240.00	2024-07-11	{192,193}
193	44	241.25	2024-07-12	{193,194}
194	45	242.50	2024-07-13	{194,195}
195	46	243.75	2024-07-14	{195,196}
196	47	245.00	2024-07-15	{196,197}
197	48	246.25	2024-07-16	{197,198}
198	49	247.50	2024-07-17	{198,199}
199	50	248.75	2024-07-18	{199,200}
200	1	250.00	2024-07-19	{200,201}
201	2	251.25	2024-07-20	{201,202}
202	3	252.50	2024-07-21	{202,203}
203	4	253.75	2024-07-22	{203,204}
204	5	255.00	2024-07-23	{204,205}
205	6	256.25	2024-07-24	{205,206}
206	7	257.50	2024-07-25	{206,207}
207	8	258.75	2024-07-26	{207,208}
208	9	260.00	2024-07-27	{208,209}
209	10	261.25	2024-07-28	{209,210}
210	11	262.50	2024-07-29	{210,211}
211	12	263.75	2024-07-30	{211,212}
212	13	265.00	2024-07-31	{212,213}
213	14	266.25	2024-08-01	{213,214}
214	15	267.50	2024-08-02	{214,215}
215	16	268.75	2024-08-03	{215,216}
216	17	270.00	2024-08-04	{216,217}
217	18	271.25	2024-08-05	{217,218}
218	19	272.50	2024-08-06	{218,219}
219	20	273.75	2024-08-07	{219,220}
220	21	275.00	2024-08-08	{220,221}
221	22	276.25	2024-08-09	{221,222}
222	23	277.50	2024-08-10	{222,223}
223	24	278.75	2024-08-11	{223,224}
224	25	280.00	2024-08-12	{224,225}
225	26	281.25	2024-08-13	{225,226}
226	27	282.50	2024-08-14	{226,227}
227	28	283.75	2024-08-15	{227,228}
228	29	285.00	2024-08-16	{228,229}
229	30	286.25	2024-08-17	{229,230}
230	31	287.50	2024-08-18	{230,231}
231	32	288.75	2024-08-19	{231,232}
232	33	290.00	2024-08-20	{232,233}
233	34	291.25	2024-08-21	{233,234}
234	35	292.50	2024-08-22	{234,235}
235	36	293.75	2024-08-23	{235,236}
236	37	295.00	2024-08-24	{236,237}
237	38	296.25	2024-08-25	{237,238}
238	39	297.50	2024-08-26	{238,239}
239	40	298.75	2024-08-27	{239,240}
240	41	300.00	2024-08-28	{240,241}
241	42	301.25	2024-08-29	{241,242}
242	43	302.50	2024-08-30	{242,243}
243	44	303.75	2024-08-31	{243,244}
244	45	305.00	2024-09-01	{244,245}
245	46	306.25	2024-09-02	{245,246}
246	47	307.50	2024-09-03	{246,247}
247	48	308.75	2024-09-04	{247,248}
248	49	310.00	2024-09-05	{248,249}
249	50	311.25	2024-09-06	{249,250}
250	1	312.50	2024-09-07	{250,251}
251	2	313.75	2024-09-08	{251,252}
252	3	315.00	2024-09-09	{252,253}
253	4	316.25	2024-09-10	{253,254}
254	5	317.50	2024-09-11	{254,255}
255	6	318.75	2024-09-12	{255,256}
256	7	320.00	2024-09-13	{256,257}
257	8	321.25	2024-09-14	{257,258}
258	9	322.50	2024-09-15	{258,259}
259	10	323.75	2024-09-16	{259,260}
260	11	325.00	2024-09-17	{260,261}
261	12	326.25	2024-09-18	{261,262}
262	13	327.50	2024-09-19	{262,263}
263	14	328.75	2024-09-20	{263,264}
264	15	330.00	2024-09-21	{264,265}
265	16	331.25	2024-09-22	{265,266}
266	17	332.50	2024-09-23	{266,267}
267	18	333.75	2024-09-24	{267,268}
268	19	335.00	2024-09-25	{268,269}
269	20	336.25	2024-09-26	{269,270}
270	21	337.50	2024-09-27	{270,271}
271	22	338.75	2024-09-28	{271,272}
272	23	340.00	2024-09-29	{272,273}
273	24	341.25	2024-09-30	{273,274}
274	25	342.50	2024-10-01	{274,275}
275	26	343.75	2024-10-02	{275,276}
276	27	345.00	2024-10-03	{276,277}
277	28	346.25	2024-10-04	{277,278}
278	29	347.50	2024-10-05	{278,279}
279	30	348.75	2024-10-06	{279,280}
280	31	350.00	2024-10-07	{280,281}
281	32	351.25	2024-10-08	{281,282}
282	33	352.50	2024-10-09	{282,283}
283	34	353.75	2024-10-10	{283,284}
284	35	355.00	2024-10-11	{284,285}
285	36	356.25	2024-10-12	{285,286}
286	37	357.50	2024-10-13	{286,287}
287	38	358.75	2024-10-14	{287,288}
288	39	360.00	2024-10-15	{288,289}
289	40	361.25	2024-10-16	{289,290}
290	41	362.50	2024-10-17	{290,291}
291	42	363.75	2024-10-18	{291,292}
292	43	365.00	2024-10-19	{292,293}
293	44	366.25	2024-10-20	{293,294}
294	45	367.50	2024-10-21	{294,295}
295	46	368.75	2024-10-22	{295,296}
296	47	370.00	2024-10-23	{296,297}
297	48	371.25	2024-10-24	{297,298}
298	49	372.50	2024-10-25	{298,299}
299	50	373.75	2024-10-26	{299,300}
300	1	375.00	2024-10-27	{300,301}
\.


--
-- Data for Name: customer; Type: TABLE DATA; Schema: app; Owner: -
--

COPY app.customer (id, email, name, note, status, tags, profile, photo, balance, score, created_at) FROM stdin;
1	ann@example.com	Ann	tab\there	sent	{x}	{"a": "b;c", "q": "it's"}	\\xdeadbeef	(12.50,EUR)	3	2024-01-02 03:04:05+00
2	bob@example.com	Bob\nNewline	back\\slash and \\. and \\N	it's done	\N	\N	\N	\N	\N	2024-01-02 03:04:05+00
3	cé@example.com	Zoë 🎉	   trailing spaces   	back\\slash	{}	[]	\\x	(,)	7	2024-01-02 03:04:05+00
4	dan@example.com	carriage\rreturn	\N	draft	{NULL,"null","NULL"}	null	\\x5c2e	\N	1	2024-01-02 03:04:05+00
5	bulk1@example.com	Bulk 1	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
6	bulk2@example.com	Bulk 2	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
7	bulk3@example.com	Bulk 3	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
8	bulk4@example.com	Bulk 4	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
9	bulk5@example.com	Bulk 5	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
10	bulk6@example.com	Bulk 6	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
11	bulk7@example.com	Bulk 7	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
12	bulk8@example.com	Bulk 8	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
13	bulk9@example.com	Bulk 9	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
14	bulk10@example.com	Bulk 10	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
15	bulk11@example.com	Bulk 11	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
16	bulk12@example.com	Bulk 12	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
17	bulk13@example.com	Bulk 13	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
18	bulk14@example.com	Bulk 14	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
19	bulk15@example.com	Bulk 15	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
20	bulk16@example.com	Bulk 16	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
21	bulk17@example.com	Bulk 17	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
22	bulk18@example.com	Bulk 18	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
23	bulk19@example.com	Bulk 19	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
24	bulk20@example.com	Bulk 20	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
25	bulk21@example.com	Bulk 21	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
26	bulk22@example.com	Bulk 22	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
27	bulk23@example.com	Bulk 23	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
28	bulk24@example.com	Bulk 24	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
29	bulk25@example.com	Bulk 25	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
30	bulk26@example.com	Bulk 26	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
31	bulk27@example.com	Bulk 27	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
32	bulk28@example.com	Bulk 28	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
33	bulk29@example.com	Bulk 29	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
34	bulk30@example.com	Bulk 30	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
35	bulk31@example.com	Bulk 31	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
36	bulk32@example.com	Bulk 32	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
37	bulk33@example.com	Bulk 33	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
38	bulk34@example.com	Bulk 34	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
39	bulk35@example.com	Bulk 35	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
40	bulk36@example.com	Bulk 36	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
41	bulk37@example.com	Bulk 37	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
42	bulk38@example.com	Bulk 38	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
43	bulk39@example.com	Bulk 39	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
44	bulk40@example.com	Bulk 40	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
45	bulk41@example.com	Bulk 41	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
46	bulk42@example.com	Bulk 42	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
47	bulk43@example.com	Bulk 43	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
48	bulk44@example.com	Bulk 44	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
49	bulk45@example.com	Bulk 45	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
50	bulk46@example.com	Bulk 46	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
51	bulk47@example.com	Bulk 47	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
52	bulk48@example.com	Bulk 48	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
53	bulk49@example.com	Bulk 49	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
54	bulk50@example.com	Bulk 50	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
55	bulk51@example.com	Bulk 51	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
56	bulk52@example.com	Bulk 52	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
57	bulk53@example.com	Bulk 53	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
58	bulk54@example.com	Bulk 54	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
59	bulk55@example.com	Bulk 55	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
60	bulk56@example.com	Bulk 56	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
61	bulk57@example.com	Bulk 57	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
62	bulk58@example.com	Bulk 58	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
63	bulk59@example.com	Bulk 59	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
64	bulk60@example.com	Bulk 60	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
65	bulk61@example.com	Bulk 61	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
66	bulk62@example.com	Bulk 62	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
67	bulk63@example.com	Bulk 63	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
68	bulk64@example.com	Bulk 64	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
69	bulk65@example.com	Bulk 65	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
70	bulk66@example.com	Bulk 66	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
71	bulk67@example.com	Bulk 67	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
72	bulk68@example.com	Bulk 68	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
73	bulk69@example.com	Bulk 69	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
74	bulk70@example.com	Bulk 70	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
75	bulk71@example.com	Bulk 71	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
76	bulk72@example.com	Bulk 72	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
77	bulk73@example.com	Bulk 73	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
78	bulk74@example.com	Bulk 74	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
79	bulk75@example.com	Bulk 75	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
80	bulk76@example.com	Bulk 76	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
81	bulk77@example.com	Bulk 77	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
82	bulk78@example.com	Bulk 78	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
83	bulk79@example.com	Bulk 79	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
84	bulk80@example.com	Bulk 80	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
85	bulk81@example.com	Bulk 81	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
86	bulk82@example.com	Bulk 82	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
87	bulk83@example.com	Bulk 83	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
88	bulk84@example.com	Bulk 84	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
89	bulk85@example.com	Bulk 85	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
90	bulk86@example.com	Bulk 86	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
91	bulk87@example.com	Bulk 87	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
92	bulk88@example.com	Bulk 88	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
93	bulk89@example.com	Bulk 89	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
94	bulk90@example.com	Bulk 90	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
95	bulk91@example.com	Bulk 91	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
96	bulk92@example.com	Bulk 92	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
97	bulk93@example.com	Bulk 93	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
98	bulk94@example.com	Bulk 94	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
99	bulk95@example.com	Bulk 95	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
100	bulk96@example.com	Bulk 96	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
101	bulk97@example.com	Bulk 97	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
102	bulk98@example.com	Bulk 98	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
103	bulk99@example.com	Bulk 99	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
104	bulk100@example.com	Bulk 100	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
105	bulk101@example.com	Bulk 101	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
106	bulk102@example.com	Bulk 102	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
107	bulk103@example.com	Bulk 103	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
108	bulk104@example.com	Bulk 104	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
109	bulk105@example.com	Bulk 105	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
110	bulk106@example.com	Bulk 106	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
111	bulk107@example.com	Bulk 107	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
112	bulk108@example.com	Bulk 108	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
113	bulk109@example.com	Bulk 109	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
114	bulk110@example.com	Bulk 110	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
115	bulk111@example.com	Bulk 111	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
116	bulk112@example.com	Bulk 112	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
117	bulk113@example.com	Bulk 113	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
118	bulk114@example.com	Bulk 114	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
119	bulk115@example.com	Bulk 115	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
120	bulk116@example.com	Bulk 116	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
121	bulk117@example.com	Bulk 117	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
122	bulk118@example.com	Bulk 118	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
123	bulk119@example.com	Bulk 119	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
124	bulk120@example.com	Bulk 120	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
125	bulk121@example.com	Bulk 121	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
126	bulk122@example.com	Bulk 122	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
127	bulk123@example.com	Bulk 123	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
128	bulk124@example.com	Bulk 124	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
129	bulk125@example.com	Bulk 125	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
130	bulk126@example.com	Bulk 126	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
131	bulk127@example.com	Bulk 127	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
132	bulk128@example.com	Bulk 128	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
133	bulk129@example.com	Bulk 129	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
134	bulk130@example.com	Bulk 130	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
135	bulk131@example.com	Bulk 131	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
136	bulk132@example.com	Bulk 132	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
137	bulk133@example.com	Bulk 133	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
138	bulk134@example.com	Bulk 134	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
139	bulk135@example.com	Bulk 135	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
140	bulk136@example.com	Bulk 136	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
141	bulk137@example.com	Bulk 137	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
142	bulk138@example.com	Bulk 138	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
143	bulk139@example.com	Bulk 139	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
144	bulk140@example.com	Bulk 140	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
145	bulk141@example.com	Bulk 141	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
146	bulk142@example.com	Bulk 142	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
147	bulk143@example.com	Bulk 143	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
148	bulk144@example.com	Bulk 144	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
149	bulk145@example.com	Bulk 145	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
150	bulk146@example.com	Bulk 146	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
151	bulk147@example.com	Bulk 147	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
152	bulk148@example.com	Bulk 148	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
153	bulk149@example.com	Bulk 149	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
154	bulk150@example.com	Bulk 150	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
155	bulk151@example.com	Bulk 151	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
156	bulk152@example.com	Bulk 152	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
157	bulk153@example.com	Bulk 153	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
158	bulk154@example.com	Bulk 154	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
159	bulk155@example.com	Bulk 155	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
160	bulk156@example.com	Bulk 156	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
161	bulk157@example.com	Bulk 157	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
162	bulk158@example.com	Bulk 158	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
163	bulk159@example.com	Bulk 159	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
164	bulk160@example.com	Bulk 160	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
165	bulk161@example.com	Bulk 161	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
166	bulk162@example.com	Bulk 162	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
167	bulk163@example.com	Bulk 163	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
168	bulk164@example.com	Bulk 164	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
169	bulk165@example.com	Bulk 165	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
170	bulk166@example.com	Bulk 166	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
171	bulk167@example.com	Bulk 167	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
172	bulk168@example.com	Bulk 168	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
173	bulk169@example.com	Bulk 169	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
174	bulk170@example.com	Bulk 170	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
175	bulk171@example.com	Bulk 171	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
176	bulk172@example.com	Bulk 172	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
177	bulk173@example.com	Bulk 173	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
178	bulk174@example.com	Bulk 174	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
179	bulk175@example.com	Bulk 175	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
180	bulk176@example.com	Bulk 176	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
181	bulk177@example.com	Bulk 177	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
182	bulk178@example.com	Bulk 178	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
183	bulk179@example.com	Bulk 179	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
184	bulk180@example.com	Bulk 180	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
185	bulk181@example.com	Bulk 181	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
186	bulk182@example.com	Bulk 182	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
187	bulk183@example.com	Bulk 183	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
188	bulk184@example.com	Bulk 184	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
189	bulk185@example.com	Bulk 185	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
190	bulk186@example.com	Bulk 186	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
191	bulk187@example.com	Bulk 187	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
192	bulk188@example.com	Bulk 188	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
193	bulk189@example.com	Bulk 189	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
194	bulk190@example.com	Bulk 190	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
195	bulk191@example.com	Bulk 191	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
196	bulk192@example.com	Bulk 192	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
197	bulk193@example.com	Bulk 193	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
198	bulk194@example.com	Bulk 194	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
199	bulk195@example.com	Bulk 195	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
200	bulk196@example.com	Bulk 196	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
201	bulk197@example.com	Bulk 197	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
202	bulk198@example.com	Bulk 198	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
203	bulk199@example.com	Bulk 199	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
204	bulk200@example.com	Bulk 200	semi;colon 'quoted' -- dash /* star */	draft	{a;b,"c\\"d","e\\\\f"}	\N	\N	\N	\N	2024-01-02 03:04:05+00
\.


--
-- Name: Order_Id_seq; Type: SEQUENCE SET; Schema: app; Owner: -
--

SELECT pg_catalog.setval('app."Order_Id_seq"', 300, true);


--
-- Name: customer_id_seq; Type: SEQUENCE SET; Schema: app; Owner: -
--

SELECT pg_catalog.setval('app.customer_id_seq', 204, true);


--
-- Name: invoice_number; Type: SEQUENCE SET; Schema: app; Owner: -
--

SELECT pg_catalog.setval('app.invoice_number', 1077, true);


--
-- Data for Name: BLOBS; Type: BLOBS; Schema: -; Owner: -
--

BEGIN;

SELECT pg_catalog.lo_open('424242', 131072);
SELECT pg_catalog.lowrite(0, '\x6c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c');
SELECT pg_catalog.lowrite(0, '\x61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c6173686c61726765206f626a6563743b2077697468202771756f7465732720616e64205c206261636b736c617368');
SELECT pg_catalog.lo_close(0);

COMMIT;

--
-- Name: Order Order_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app."Order"
    ADD CONSTRAINT "Order_pkey" PRIMARY KEY ("Id");


--
-- Name: customer customer_email_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.customer
    ADD CONSTRAINT customer_email_key UNIQUE (email);


--
-- Name: customer customer_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.customer
    ADD CONSTRAINT customer_pkey PRIMARY KEY (id);


--
-- Name: customer_lower_name_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE UNIQUE INDEX customer_lower_name_idx ON app.customer USING btree (lower(name), id);


--
-- Name: order_customer_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX order_customer_idx ON app."Order" USING btree (customer_id, placed_on DESC) WHERE ("Total;" > (0)::numeric);


--
-- Name: customer customer_touch; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER customer_touch BEFORE UPDATE ON app.customer FOR EACH ROW EXECUTE FUNCTION app.touch();


--
-- Name: Order Order_customer_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app."Order"
    ADD CONSTRAINT "Order_customer_id_fkey" FOREIGN KEY (customer_id) REFERENCES app.customer(id) ON DELETE CASCADE;


--
-- Name: customer; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.customer ENABLE ROW LEVEL SECURITY;

--
-- Name: customer customer_reader; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY customer_reader ON app.customer FOR SELECT TO app_reader USING ((status <> 'draft'::app.status));


--
-- Name: order_totals; Type: MATERIALIZED VIEW DATA; Schema: app; Owner: -
--

REFRESH MATERIALIZED VIEW app.order_totals;


--
-- PostgreSQL database dump complete
--

\unrestrict RehearsalRestoreFixtures

