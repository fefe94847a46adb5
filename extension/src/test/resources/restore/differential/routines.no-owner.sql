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
-- Name: fn; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA fn;


--
-- Name: money_pair; Type: TYPE; Schema: fn; Owner: -
--

CREATE TYPE fn.money_pair AS (
	amount numeric,
	currency text
);


--
-- Name: pair_text(fn.money_pair); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.pair_text(p fn.money_pair) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$SELECT p.amount || ' ' || p.currency$$;


--
-- Name: CAST (fn.money_pair AS text); Type: CAST; Schema: -; Owner: -
--

CREATE CAST (fn.money_pair AS text) WITH FUNCTION fn.pair_text(fn.money_pair) AS ASSIGNMENT;


--
-- Name: Quoted; name(text); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn."Quoted; name"(x text) RETURNS text
    LANGUAGE sql
    AS $_$SELECT '$$' || x || $$'s$$$_$;


--
-- Name: abs_cmp(integer, integer); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.abs_cmp(integer, integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $_$SELECT CASE WHEN abs($1) < abs($2) THEN -1 WHEN abs($1) > abs($2) THEN 1 ELSE 0 END$_$;


--
-- Name: abs_eq(integer, integer); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.abs_eq(integer, integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$SELECT abs($1) = abs($2)$_$;


--
-- Name: abs_ge(integer, integer); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.abs_ge(integer, integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$SELECT abs($1) >= abs($2)$_$;


--
-- Name: abs_gt(integer, integer); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.abs_gt(integer, integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$SELECT abs($1) > abs($2)$_$;


--
-- Name: abs_le(integer, integer); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.abs_le(integer, integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$SELECT abs($1) <= abs($2)$_$;


--
-- Name: abs_lt(integer, integer); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.abs_lt(integer, integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$SELECT abs($1) < abs($2)$_$;


--
-- Name: add(integer, integer); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.add(a integer, b integer DEFAULT 1) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT a + b$$;


--
-- Name: FUNCTION add(a integer, b integer); Type: COMMENT; Schema: fn; Owner: -
--

COMMENT ON FUNCTION fn.add(a integer, b integer) IS 'adds; b defaults to 1';


--
-- Name: add(numeric, numeric); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.add(a numeric, b numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$SELECT a + b$$;


--
-- Name: concat_combine(text, text); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.concat_combine(a text, b text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$SELECT CASE WHEN a = '' THEN b WHEN b = '' THEN a ELSE a || ',' || b END$$;


--
-- Name: concat_final(text); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.concat_final(state text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$SELECT '[' || state || ']'$$;


--
-- Name: concat_step(text, text); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.concat_step(state text, value text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$SELECT CASE WHEN state = '' THEN value ELSE state || ',' || value END$$;


--
-- Name: first_of(anycompatiblearray); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.first_of(anycompatiblearray) RETURNS anycompatible
    LANGUAGE sql IMMUTABLE
    AS $_$SELECT $1[1]$_$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: item; Type: TABLE; Schema: fn; Owner: -
--

CREATE TABLE fn.item (
    id integer NOT NULL,
    name text NOT NULL,
    price numeric(10,2),
    qty integer,
    tags text[]
);


--
-- Name: items_cheaper_than(numeric); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.items_cheaper_than(limit_price numeric) RETURNS TABLE(id integer, name text)
    LANGUAGE sql STABLE COST 5 ROWS 20
    BEGIN ATOMIC
 SELECT i.id,
     i.name
    FROM fn.item i
   WHERE (i.price < items_cheaper_than.limit_price)
   ORDER BY i.id;
END;


--
-- Name: leaky(integer); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.leaky(integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE LEAKPROOF
    AS $_$SELECT $1 > 0$_$;


--
-- Name: pair_eq(fn.money_pair, fn.money_pair); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.pair_eq(a fn.money_pair, b fn.money_pair) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$SELECT a.amount = b.amount AND a.currency = b.currency$$;


--
-- Name: pick_final(integer[], double precision, integer); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.pick_final(state integer[], fraction double precision, placeholder integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$SELECT state[greatest(1, ceil(cardinality(state) * fraction))::integer]$$;


--
-- Name: pick_step(integer[], integer); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.pick_step(state integer[], value integer) RETURNS integer[]
    LANGUAGE sql IMMUTABLE
    AS $$SELECT state || value$$;


--
-- Name: reprice(numeric); Type: PROCEDURE; Schema: fn; Owner: -
--

CREATE PROCEDURE fn.reprice(IN factor numeric)
    LANGUAGE sql
    BEGIN ATOMIC
 UPDATE fn.item SET price = (item.price * reprice.factor);
END;


--
-- Name: PROCEDURE reprice(IN factor numeric); Type: COMMENT; Schema: fn; Owner: -
--

COMMENT ON PROCEDURE fn.reprice(IN factor numeric) IS 'a SQL-standard procedure body';


--
-- Name: restock(integer, integer); Type: PROCEDURE; Schema: fn; Owner: -
--

CREATE PROCEDURE fn.restock(IN item_id integer, INOUT added integer DEFAULT 0)
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE fn.item SET qty = qty + 10 WHERE id = item_id;
    added := added + 10;
END;
$$;


--
-- Name: secret_count(); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.secret_count() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    SET work_mem TO '1MB'
    AS $$SELECT count(*) FROM fn.item$$;


--
-- Name: split(text, text); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.split(t text, OUT head text, INOUT tail text DEFAULT ''::text, OUT parts integer) RETURNS record
    LANGUAGE plpgsql
    AS $$
BEGIN
    head := split_part(t, ' ', 1);
    tail := tail || substr(t, length(head) + 2);
    parts := cardinality(string_to_array(t, ' '));
END;
$$;


--
-- Name: total(numeric[]); Type: FUNCTION; Schema: fn; Owner: -
--

CREATE FUNCTION fn.total(VARIADIC xs numeric[]) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN (SELECT sum(x.x) AS sum FROM unnest(total.xs) x(x));


--
-- Name: concat_all(text); Type: AGGREGATE; Schema: fn; Owner: -
--

CREATE AGGREGATE fn.concat_all(text) (
    SFUNC = fn.concat_step,
    STYPE = text,
    INITCOND = '',
    FINALFUNC = fn.concat_final,
    COMBINEFUNC = fn.concat_combine,
    PARALLEL = safe
);


--
-- Name: AGGREGATE concat_all(text); Type: COMMENT; Schema: fn; Owner: -
--

COMMENT ON AGGREGATE fn.concat_all(text) IS 'comma-separated, in brackets';


--
-- Name: pick(double precision, integer); Type: AGGREGATE; Schema: fn; Owner: -
--

CREATE AGGREGATE fn.pick(double precision ORDER BY integer) (
    SFUNC = fn.pick_step,
    STYPE = integer[],
    INITCOND = '{}',
    FINALFUNC = fn.pick_final,
    FINALFUNC_EXTRA
);


--
-- Name: <#; Type: OPERATOR; Schema: fn; Owner: -
--

CREATE OPERATOR fn.<# (
    FUNCTION = fn.abs_lt,
    LEFTARG = integer,
    RIGHTARG = integer
);


--
-- Name: <=#; Type: OPERATOR; Schema: fn; Owner: -
--

CREATE OPERATOR fn.<=# (
    FUNCTION = fn.abs_le,
    LEFTARG = integer,
    RIGHTARG = integer
);


--
-- Name: =#; Type: OPERATOR; Schema: fn; Owner: -
--

CREATE OPERATOR fn.=# (
    FUNCTION = fn.abs_eq,
    LEFTARG = integer,
    RIGHTARG = integer
);


--
-- Name: ===; Type: OPERATOR; Schema: fn; Owner: -
--

CREATE OPERATOR fn.=== (
    FUNCTION = fn.pair_eq,
    LEFTARG = fn.money_pair,
    RIGHTARG = fn.money_pair,
    COMMUTATOR = OPERATOR(fn.===)
);


--
-- Name: OPERATOR === (fn.money_pair, fn.money_pair); Type: COMMENT; Schema: fn; Owner: -
--

COMMENT ON OPERATOR fn.=== (fn.money_pair, fn.money_pair) IS 'same amount and currency';


--
-- Name: >#; Type: OPERATOR; Schema: fn; Owner: -
--

CREATE OPERATOR fn.># (
    FUNCTION = fn.abs_gt,
    LEFTARG = integer,
    RIGHTARG = integer
);


--
-- Name: >=#; Type: OPERATOR; Schema: fn; Owner: -
--

CREATE OPERATOR fn.>=# (
    FUNCTION = fn.abs_ge,
    LEFTARG = integer,
    RIGHTARG = integer
);


--
-- Name: abs_int_ops; Type: OPERATOR FAMILY; Schema: fn; Owner: -
--

CREATE OPERATOR FAMILY fn.abs_int_ops USING btree;


--
-- Name: abs_int_ops; Type: OPERATOR CLASS; Schema: fn; Owner: -
--

CREATE OPERATOR CLASS fn.abs_int_ops
    FOR TYPE integer USING btree FAMILY fn.abs_int_ops AS
    OPERATOR 1 fn.<#(integer,integer) ,
    OPERATOR 2 fn.<=#(integer,integer) ,
    OPERATOR 3 fn.=#(integer,integer) ,
    OPERATOR 4 fn.>=#(integer,integer) ,
    OPERATOR 5 fn.>#(integer,integer) ,
    FUNCTION 1 (integer, integer) fn.abs_cmp(integer,integer);


--
-- Name: simple_english; Type: TEXT SEARCH CONFIGURATION; Schema: fn; Owner: -
--

CREATE TEXT SEARCH CONFIGURATION fn.simple_english (
    PARSER = pg_catalog."default" );

ALTER TEXT SEARCH CONFIGURATION fn.simple_english
    ADD MAPPING FOR asciiword WITH simple;

ALTER TEXT SEARCH CONFIGURATION fn.simple_english
    ADD MAPPING FOR word WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION fn.simple_english
    ADD MAPPING FOR numword WITH simple;

ALTER TEXT SEARCH CONFIGURATION fn.simple_english
    ADD MAPPING FOR email WITH simple;

ALTER TEXT SEARCH CONFIGURATION fn.simple_english
    ADD MAPPING FOR url WITH simple;

ALTER TEXT SEARCH CONFIGURATION fn.simple_english
    ADD MAPPING FOR host WITH simple;

ALTER TEXT SEARCH CONFIGURATION fn.simple_english
    ADD MAPPING FOR sfloat WITH simple;

ALTER TEXT SEARCH CONFIGURATION fn.simple_english
    ADD MAPPING FOR version WITH simple;

ALTER TEXT SEARCH CONFIGURATION fn.simple_english
    ADD MAPPING FOR hword_numpart WITH simple;

ALTER TEXT SEARCH CONFIGURATION fn.simple_english
    ADD MAPPING FOR hword_part WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION fn.simple_english
    ADD MAPPING FOR hword_asciipart WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION fn.simple_english
    ADD MAPPING FOR numhword WITH simple;

ALTER TEXT SEARCH CONFIGURATION fn.simple_english
    ADD MAPPING FOR asciihword WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION fn.simple_english
    ADD MAPPING FOR hword WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION fn.simple_english
    ADD MAPPING FOR url_path WITH simple;

ALTER TEXT SEARCH CONFIGURATION fn.simple_english
    ADD MAPPING FOR file WITH simple;

ALTER TEXT SEARCH CONFIGURATION fn.simple_english
    ADD MAPPING FOR "float" WITH simple;

ALTER TEXT SEARCH CONFIGURATION fn.simple_english
    ADD MAPPING FOR "int" WITH simple;

ALTER TEXT SEARCH CONFIGURATION fn.simple_english
    ADD MAPPING FOR uint WITH simple;


--
-- Name: diff_wrapper; Type: FOREIGN DATA WRAPPER; Schema: -; Owner: -
--

CREATE FOREIGN DATA WRAPPER diff_wrapper OPTIONS (
    debug 'true'
);


--
-- Name: diff_server; Type: SERVER; Schema: -; Owner: -
--

CREATE SERVER diff_server FOREIGN DATA WRAPPER diff_wrapper OPTIONS (
    host 'nowhere.invalid',
    port '5432'
);


--
-- Name: SERVER diff_server; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SERVER diff_server IS 'never connected to';


--
-- Name: USER MAPPING diff_reader SERVER diff_server; Type: USER MAPPING; Schema: -; Owner: -
--

CREATE USER MAPPING FOR diff_reader SERVER diff_server OPTIONS (
    "user" 'remote_reader'
);


--
-- Name: remote_item; Type: FOREIGN TABLE; Schema: fn; Owner: -
--

CREATE FOREIGN TABLE fn.remote_item (
    id integer NOT NULL,
    name text
)
SERVER diff_server
OPTIONS (
    table_name 'items'
);
ALTER FOREIGN TABLE fn.remote_item ALTER COLUMN name OPTIONS (
    column_name 'title'
);


--
-- Data for Name: item; Type: TABLE DATA; Schema: fn; Owner: -
--

COPY fn.item (id, name, price, qty, tags) FROM stdin;
1	item 1	1.50	1	{t1}
2	item 2	3.00	2	{t2}
3	item 3	4.50	3	{t0}
4	item 4	6.00	4	{t1}
5	item 5	7.50	5	{t2}
6	item 6	9.00	6	{t0}
7	item 7	10.50	0	{t1}
8	item 8	12.00	1	{t2}
9	item 9	13.50	2	{t0}
10	item 10	15.00	3	{t1}
11	item 11	16.50	4	{t2}
12	item 12	18.00	5	{t0}
13	item 13	19.50	6	{t1}
14	item 14	21.00	0	{t2}
15	item 15	22.50	1	{t0}
16	item 16	24.00	2	{t1}
17	item 17	25.50	3	{t2}
18	item 18	27.00	4	{t0}
19	item 19	28.50	5	{t1}
20	item 20	30.00	6	{t2}
21	item 21	31.50	0	{t0}
22	item 22	33.00	1	{t1}
23	item 23	34.50	2	{t2}
24	item 24	36.00	3	{t0}
25	item 25	37.50	4	{t1}
26	item 26	39.00	5	{t2}
27	item 27	40.50	6	{t0}
28	item 28	42.00	0	{t1}
29	item 29	43.50	1	{t2}
30	item 30	45.00	2	{t0}
31	item 31	46.50	3	{t1}
32	item 32	48.00	4	{t2}
33	item 33	49.50	5	{t0}
34	item 34	51.00	6	{t1}
35	item 35	52.50	0	{t2}
36	item 36	54.00	1	{t0}
37	item 37	55.50	2	{t1}
38	item 38	57.00	3	{t2}
39	item 39	58.50	4	{t0}
40	item 40	60.00	5	{t1}
41	item 41	61.50	6	{t2}
42	item 42	63.00	0	{t0}
43	item 43	64.50	1	{t1}
44	item 44	66.00	2	{t2}
45	item 45	67.50	3	{t0}
46	item 46	69.00	4	{t1}
47	item 47	70.50	5	{t2}
48	item 48	72.00	6	{t0}
49	item 49	73.50	0	{t1}
50	item 50	75.00	1	{t2}
51	item 51	76.50	2	{t0}
52	item 52	78.00	3	{t1}
53	item 53	79.50	4	{t2}
54	item 54	81.00	5	{t0}
55	item 55	82.50	6	{t1}
56	item 56	84.00	0	{t2}
57	item 57	85.50	1	{t0}
58	item 58	87.00	2	{t1}
59	item 59	88.50	3	{t2}
60	item 60	90.00	4	{t0}
61	item 61	91.50	5	{t1}
62	item 62	93.00	6	{t2}
63	item 63	94.50	0	{t0}
64	item 64	96.00	1	{t1}
65	item 65	97.50	2	{t2}
66	item 66	99.00	3	{t0}
67	item 67	100.50	4	{t1}
68	item 68	102.00	5	{t2}
69	item 69	103.50	6	{t0}
70	item 70	105.00	0	{t1}
71	item 71	106.50	1	{t2}
72	item 72	108.00	2	{t0}
73	item 73	109.50	3	{t1}
74	item 74	111.00	4	{t2}
75	item 75	112.50	5	{t0}
76	item 76	114.00	6	{t1}
77	item 77	115.50	0	{t2}
78	item 78	117.00	1	{t0}
79	item 79	118.50	2	{t1}
80	item 80	120.00	3	{t2}
81	item 81	121.50	4	{t0}
82	item 82	123.00	5	{t1}
83	item 83	124.50	6	{t2}
84	item 84	126.00	0	{t0}
85	item 85	127.50	1	{t1}
86	item 86	129.00	2	{t2}
87	item 87	130.50	3	{t0}
88	item 88	132.00	4	{t1}
89	item 89	133.50	5	{t2}
90	item 90	135.00	6	{t0}
91	item 91	136.50	0	{t1}
92	item 92	138.00	1	{t2}
93	item 93	139.50	2	{t0}
94	item 94	141.00	3	{t1}
95	item 95	142.50	4	{t2}
96	item 96	144.00	5	{t0}
97	item 97	145.50	6	{t1}
98	item 98	147.00	0	{t2}
99	item 99	148.50	1	{t0}
100	item 100	150.00	2	{t1}
101	item 101	151.50	3	{t2}
102	item 102	153.00	4	{t0}
103	item 103	154.50	5	{t1}
104	item 104	156.00	6	{t2}
105	item 105	157.50	0	{t0}
106	item 106	159.00	1	{t1}
107	item 107	160.50	2	{t2}
108	item 108	162.00	3	{t0}
109	item 109	163.50	4	{t1}
110	item 110	165.00	5	{t2}
111	item 111	166.50	6	{t0}
112	item 112	168.00	0	{t1}
113	item 113	169.50	1	{t2}
114	item 114	171.00	2	{t0}
115	item 115	172.50	3	{t1}
116	item 116	174.00	4	{t2}
117	item 117	175.50	5	{t0}
118	item 118	177.00	6	{t1}
119	item 119	178.50	0	{t2}
120	item 120	180.00	1	{t0}
121	item 121	181.50	2	{t1}
122	item 122	183.00	3	{t2}
123	item 123	184.50	4	{t0}
124	item 124	186.00	5	{t1}
125	item 125	187.50	6	{t2}
126	item 126	189.00	0	{t0}
127	item 127	190.50	1	{t1}
128	item 128	192.00	2	{t2}
129	item 129	193.50	3	{t0}
130	item 130	195.00	4	{t1}
131	item 131	196.50	5	{t2}
132	item 132	198.00	6	{t0}
133	item 133	199.50	0	{t1}
134	item 134	201.00	1	{t2}
135	item 135	202.50	2	{t0}
136	item 136	204.00	3	{t1}
137	item 137	205.50	4	{t2}
138	item 138	207.00	5	{t0}
139	item 139	208.50	6	{t1}
140	item 140	210.00	0	{t2}
141	item 141	211.50	1	{t0}
142	item 142	213.00	2	{t1}
143	item 143	214.50	3	{t2}
144	item 144	216.00	4	{t0}
145	item 145	217.50	5	{t1}
146	item 146	219.00	6	{t2}
147	item 147	220.50	0	{t0}
148	item 148	222.00	1	{t1}
149	item 149	223.50	2	{t2}
150	item 150	225.00	3	{t0}
\.


--
-- Name: item item_pkey; Type: CONSTRAINT; Schema: fn; Owner: -
--

ALTER TABLE ONLY fn.item
    ADD CONSTRAINT item_pkey PRIMARY KEY (id);


--
-- Name: item_qty_abs; Type: INDEX; Schema: fn; Owner: -
--

CREATE INDEX item_qty_abs ON fn.item USING btree (qty fn.abs_int_ops);


--
-- Name: item_stats; Type: STATISTICS; Schema: fn; Owner: -
--

CREATE STATISTICS fn.item_stats (ndistinct, dependencies) ON price, qty FROM fn.item;
ALTER STATISTICS fn.item_stats SET STATISTICS 500;


--
-- Name: STATISTICS item_stats; Type: COMMENT; Schema: fn; Owner: -
--

COMMENT ON STATISTICS fn.item_stats IS 'qty and price move together';


--
-- Name: diff_items; Type: PUBLICATION; Schema: -; Owner: -
--

CREATE PUBLICATION diff_items WITH (publish = 'insert, update');


--
-- Name: diff_items item; Type: PUBLICATION TABLE; Schema: fn; Owner: -
--

ALTER PUBLICATION diff_items ADD TABLE ONLY fn.item;


--
-- PostgreSQL database dump complete
--

\unrestrict RehearsalDifferentialFixtures

