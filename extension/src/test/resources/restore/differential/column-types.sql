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
-- Name: typed; Type: SCHEMA; Schema: -; Owner: diff_owner
--

CREATE SCHEMA typed;


ALTER SCHEMA typed OWNER TO diff_owner;

--
-- Name: binary; Type: COLLATION; Schema: typed; Owner: postgres
--

CREATE COLLATION typed."binary" (provider = libc, locale = 'C');


ALTER COLLATION typed."binary" OWNER TO postgres;

--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;


--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';


--
-- Name: hstore; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public;


--
-- Name: EXTENSION hstore; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: arrays; Type: TABLE; Schema: typed; Owner: postgres
--

CREATE TABLE typed.arrays (
    id integer NOT NULL,
    ia integer[],
    ia2 integer[],
    ta text[],
    na numeric(5,2)[],
    ba boolean[],
    tsa timestamp with time zone[],
    ua uuid[],
    ja jsonb[],
    ra int4range[],
    pa point[],
    lower_bound integer[]
);


ALTER TABLE typed.arrays OWNER TO postgres;

--
-- Name: bits_and_docs; Type: TABLE; Schema: typed; Owner: postgres
--

CREATE TABLE typed.bits_and_docs (
    id integer NOT NULL,
    b8 bit(8),
    vb bit varying(20),
    vb_any bit varying,
    flag boolean,
    tsv tsvector,
    tsq tsquery,
    j json,
    jb jsonb,
    jp jsonpath,
    x xml,
    u uuid
);


ALTER TABLE typed.bits_and_docs OWNER TO postgres;

--
-- Name: geometry; Type: TABLE; Schema: typed; Owner: postgres
--

CREATE TABLE typed.geometry (
    id integer NOT NULL,
    p point,
    l line,
    ls lseg,
    bx box,
    pa_open path,
    pa_closed path,
    pg polygon,
    c circle
);


ALTER TABLE typed.geometry OWNER TO postgres;

--
-- Name: network; Type: TABLE; Schema: typed; Owner: postgres
--

CREATE TABLE typed.network (
    id integer NOT NULL,
    cidr4 cidr,
    cidr6 cidr,
    inet4 inet,
    inet6 inet,
    mac macaddr,
    mac8 macaddr8
);


ALTER TABLE typed.network OWNER TO postgres;

--
-- Name: numbers; Type: TABLE; Schema: typed; Owner: diff_owner
--

CREATE TABLE typed.numbers (
    id integer NOT NULL,
    i2 smallint,
    i4 integer,
    i8 bigint,
    n numeric,
    n12_4 numeric(12,4),
    r real,
    d double precision,
    m money,
    ss smallint NOT NULL,
    s integer NOT NULL,
    bs bigint NOT NULL,
    f2 real,
    f8 double precision
);


ALTER TABLE typed.numbers OWNER TO diff_owner;

--
-- Name: COLUMN numbers.m; Type: COMMENT; Schema: typed; Owner: diff_owner
--

COMMENT ON COLUMN typed.numbers.m IS 'money depends on lc_monetary; both restores run on the same server';


--
-- Name: numbers_bs_seq; Type: SEQUENCE; Schema: typed; Owner: diff_owner
--

CREATE SEQUENCE typed.numbers_bs_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE typed.numbers_bs_seq OWNER TO diff_owner;

--
-- Name: numbers_bs_seq; Type: SEQUENCE OWNED BY; Schema: typed; Owner: diff_owner
--

ALTER SEQUENCE typed.numbers_bs_seq OWNED BY typed.numbers.bs;


--
-- Name: numbers_s_seq; Type: SEQUENCE; Schema: typed; Owner: diff_owner
--

CREATE SEQUENCE typed.numbers_s_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE typed.numbers_s_seq OWNER TO diff_owner;

--
-- Name: numbers_s_seq; Type: SEQUENCE OWNED BY; Schema: typed; Owner: diff_owner
--

ALTER SEQUENCE typed.numbers_s_seq OWNED BY typed.numbers.s;


--
-- Name: numbers_ss_seq; Type: SEQUENCE; Schema: typed; Owner: diff_owner
--

CREATE SEQUENCE typed.numbers_ss_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE typed.numbers_ss_seq OWNER TO diff_owner;

--
-- Name: numbers_ss_seq; Type: SEQUENCE OWNED BY; Schema: typed; Owner: diff_owner
--

ALTER SEQUENCE typed.numbers_ss_seq OWNED BY typed.numbers.ss;


--
-- Name: ranges; Type: TABLE; Schema: typed; Owner: postgres
--

CREATE TABLE typed.ranges (
    id integer NOT NULL,
    r4 int4range,
    r8 int8range,
    rn numrange,
    rts tsrange,
    rtstz tstzrange,
    rd daterange,
    m4 int4multirange,
    m8 int8multirange,
    mn nummultirange,
    mts tsmultirange,
    mtstz tstzmultirange,
    md datemultirange
);


ALTER TABLE typed.ranges OWNER TO postgres;

--
-- Name: scratch; Type: TABLE; Schema: typed; Owner: postgres
--

CREATE UNLOGGED TABLE typed.scratch (
    id integer NOT NULL,
    note text
);


ALTER TABLE typed.scratch OWNER TO postgres;

--
-- Name: system_types; Type: TABLE; Schema: typed; Owner: postgres
--

CREATE TABLE typed.system_types (
    id integer NOT NULL,
    o oid,
    rc regclass,
    rt regtype,
    rp regproc,
    rpd regprocedure,
    ro regoper,
    rod regoperator,
    rn regnamespace,
    rr regrole,
    rcfg regconfig,
    rdict regdictionary,
    rcoll regcollation,
    lsn pg_lsn,
    snap pg_snapshot,
    txs txid_snapshot,
    x xid,
    x8 xid8,
    c cid,
    t tid,
    acl aclitem[],
    ov oidvector,
    i2v int2vector,
    cur refcursor
);


ALTER TABLE typed.system_types OWNER TO postgres;

--
-- Name: texts; Type: TABLE; Schema: typed; Owner: diff_owner
--

CREATE TABLE typed.texts (
    id integer NOT NULL,
    c character(5),
    bc bpchar,
    vc character varying(20),
    vu character varying,
    t text,
    t_c text COLLATE pg_catalog."C",
    t_bin text COLLATE typed."binary",
    ch "char",
    nm name,
    ci public.citext,
    kv public.hstore,
    b bytea
);


ALTER TABLE typed.texts OWNER TO diff_owner;

--
-- Name: times; Type: TABLE; Schema: typed; Owner: postgres
--

CREATE TABLE typed.times (
    id integer NOT NULL,
    ts timestamp without time zone,
    ts3 timestamp(3) without time zone,
    tstz timestamp with time zone,
    tstz0 timestamp(0) with time zone,
    dt date,
    tm time without time zone,
    tm2 time(2) without time zone,
    ttz time with time zone,
    iv interval,
    iv_ym interval year to month,
    iv_s interval second(3)
);


ALTER TABLE typed.times OWNER TO postgres;

--
-- Name: numbers ss; Type: DEFAULT; Schema: typed; Owner: diff_owner
--

ALTER TABLE ONLY typed.numbers ALTER COLUMN ss SET DEFAULT nextval('typed.numbers_ss_seq'::regclass);


--
-- Name: numbers s; Type: DEFAULT; Schema: typed; Owner: diff_owner
--

ALTER TABLE ONLY typed.numbers ALTER COLUMN s SET DEFAULT nextval('typed.numbers_s_seq'::regclass);


--
-- Name: numbers bs; Type: DEFAULT; Schema: typed; Owner: diff_owner
--

ALTER TABLE ONLY typed.numbers ALTER COLUMN bs SET DEFAULT nextval('typed.numbers_bs_seq'::regclass);


--
-- Data for Name: arrays; Type: TABLE DATA; Schema: typed; Owner: postgres
--

COPY typed.arrays (id, ia, ia2, ta, na, ba, tsa, ua, ja, ra, pa, lower_bound) FROM stdin;
1	{1,2,NULL,4}	{{1,2},{3,4}}	{"a b","c,d","e\\"f","g\\\\h",NULL,"NULL",""}	{1.50,-2.25}	{t,f,NULL}	{"2024-01-01 00:00:00+00"}	{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}	{"{\\"a\\": 1}","null"}	{"[1,2)",empty}	{"(1,2)","(3,4)"}	[0:2]={7,8,9}
2	{}	{}	{}	{}	{}	{}	{}	{}	{}	{}	[-5:-5]={1}
3	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N
\.


--
-- Data for Name: bits_and_docs; Type: TABLE DATA; Schema: typed; Owner: postgres
--

COPY typed.bits_and_docs (id, b8, vb, vb_any, flag, tsv, tsq, j, jb, jp, x, u) FROM stdin;
1	10101010	1		t	'brown':3 'dog':9 'fox':4 'jump':5 'lazi':8 'quick':2	'quick' & ( 'fox' | 'dog' ) & !'cat'	{"b": 1, "a": [1, 2.50, "x"], "a": "dup keys kept in json"}	{"a": [1, 2.50, "x"], "b": 1, "n": null}	$."a"[*]?(@ > 1).type()	<doc a="1"><![CDATA[x < y]]>text &amp; more</doc>	a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11
2	00000000	11111111111111111111	0101	f	'a':1A 'b':2B,3 'with space':4	'a':* <-> 'b'	"just a string with \\" and \\\\"	[]	strict $."x"	fragment <b/> text	00000000-0000-0000-0000-000000000000
3	\N	\N	\N	\N			null	null	$	\N	\N
\.


--
-- Data for Name: geometry; Type: TABLE DATA; Schema: typed; Owner: postgres
--

COPY typed.geometry (id, p, l, ls, bx, pa_open, pa_closed, pg, c) FROM stdin;
1	(1.5,-2.25)	{1,-1,0}	[(0,0),(1,1)]	(2,2),(0,0)	[(0,0),(1,1),(2,0)]	((0,0),(1,1),(2,0))	((0,0),(0,1),(1,1),(1,0))	<(0,0),5>
2	(1e+300,-1e-300)	{0,1,-3}	[(-1,-1),(10000000000,10000000000)]	(1,1),(1,1)	[(0,0)]	((0,0))	((0,0))	<(1.5,1.5),0>
3	\N	\N	\N	\N	\N	\N	\N	\N
\.


--
-- Data for Name: network; Type: TABLE DATA; Schema: typed; Owner: postgres
--

COPY typed.network (id, cidr4, cidr6, inet4, inet6, mac, mac8) FROM stdin;
1	192.168.0.0/16	2001:db8::/32	10.1.2.3/8	::ffff:1.2.3.4	08:00:2b:01:02:03	08:00:2b:01:02:03:04:05
2	0.0.0.0/0	::/0	255.255.255.255	fe80::1/64	ff:ff:ff:ff:ff:ff	00:00:00:ff:fe:00:00:00
3	\N	\N	\N	\N	\N	\N
\.


--
-- Data for Name: numbers; Type: TABLE DATA; Schema: typed; Owner: diff_owner
--

COPY typed.numbers (id, i2, i4, i8, n, n12_4, r, d, m, ss, s, bs, f2, f8) FROM stdin;
1	-32768	-2147483648	-9223372036854775808	-123456789012345678901234567890.123456789	-99999999.9999	-3.4e+38	-1.7976931348623157e+308	-$92,233,720,368,547,758.08	1	1	1	1.5	2.5
2	32767	2147483647	9223372036854775807	NaN	0.0000	NaN	NaN	$92,233,720,368,547,758.07	2	2	2	Infinity	-Infinity
3	0	0	0	Infinity	0.0001	-0	-0	$0.00	3	3	3	1e-45	5e-324
4	\N	\N	\N	-Infinity	\N	Infinity	-Infinity	\N	4	4	4	\N	\N
5	1	1	1	0.1	1.5000	0.1	0.1	$0.01	5	5	5	0.3	0.30000000000000004
6	\N	42	\N	0.85714285714285714286	\N	\N	\N	\N	6	6	6	\N	\N
7	\N	49	\N	1.00000000000000000000	\N	\N	\N	\N	7	7	7	\N	\N
8	\N	56	\N	1.1428571428571429	\N	\N	\N	\N	8	8	8	\N	\N
9	\N	63	\N	1.2857142857142857	\N	\N	\N	\N	9	9	9	\N	\N
10	\N	70	\N	1.4285714285714286	\N	\N	\N	\N	10	10	10	\N	\N
11	\N	77	\N	1.5714285714285714	\N	\N	\N	\N	11	11	11	\N	\N
12	\N	84	\N	1.7142857142857143	\N	\N	\N	\N	12	12	12	\N	\N
13	\N	91	\N	1.8571428571428571	\N	\N	\N	\N	13	13	13	\N	\N
14	\N	98	\N	2.0000000000000000	\N	\N	\N	\N	14	14	14	\N	\N
15	\N	105	\N	2.1428571428571429	\N	\N	\N	\N	15	15	15	\N	\N
16	\N	112	\N	2.2857142857142857	\N	\N	\N	\N	16	16	16	\N	\N
17	\N	119	\N	2.4285714285714286	\N	\N	\N	\N	17	17	17	\N	\N
18	\N	126	\N	2.5714285714285714	\N	\N	\N	\N	18	18	18	\N	\N
19	\N	133	\N	2.7142857142857143	\N	\N	\N	\N	19	19	19	\N	\N
20	\N	140	\N	2.8571428571428571	\N	\N	\N	\N	20	20	20	\N	\N
21	\N	147	\N	3.0000000000000000	\N	\N	\N	\N	21	21	21	\N	\N
22	\N	154	\N	3.1428571428571429	\N	\N	\N	\N	22	22	22	\N	\N
23	\N	161	\N	3.2857142857142857	\N	\N	\N	\N	23	23	23	\N	\N
24	\N	168	\N	3.4285714285714286	\N	\N	\N	\N	24	24	24	\N	\N
25	\N	175	\N	3.5714285714285714	\N	\N	\N	\N	25	25	25	\N	\N
26	\N	182	\N	3.7142857142857143	\N	\N	\N	\N	26	26	26	\N	\N
27	\N	189	\N	3.8571428571428571	\N	\N	\N	\N	27	27	27	\N	\N
28	\N	196	\N	4.0000000000000000	\N	\N	\N	\N	28	28	28	\N	\N
29	\N	203	\N	4.1428571428571429	\N	\N	\N	\N	29	29	29	\N	\N
30	\N	210	\N	4.2857142857142857	\N	\N	\N	\N	30	30	30	\N	\N
31	\N	217	\N	4.4285714285714286	\N	\N	\N	\N	31	31	31	\N	\N
32	\N	224	\N	4.5714285714285714	\N	\N	\N	\N	32	32	32	\N	\N
33	\N	231	\N	4.7142857142857143	\N	\N	\N	\N	33	33	33	\N	\N
34	\N	238	\N	4.8571428571428571	\N	\N	\N	\N	34	34	34	\N	\N
35	\N	245	\N	5.0000000000000000	\N	\N	\N	\N	35	35	35	\N	\N
36	\N	252	\N	5.1428571428571429	\N	\N	\N	\N	36	36	36	\N	\N
37	\N	259	\N	5.2857142857142857	\N	\N	\N	\N	37	37	37	\N	\N
38	\N	266	\N	5.4285714285714286	\N	\N	\N	\N	38	38	38	\N	\N
39	\N	273	\N	5.5714285714285714	\N	\N	\N	\N	39	39	39	\N	\N
40	\N	280	\N	5.7142857142857143	\N	\N	\N	\N	40	40	40	\N	\N
41	\N	287	\N	5.8571428571428571	\N	\N	\N	\N	41	41	41	\N	\N
42	\N	294	\N	6.0000000000000000	\N	\N	\N	\N	42	42	42	\N	\N
43	\N	301	\N	6.1428571428571429	\N	\N	\N	\N	43	43	43	\N	\N
44	\N	308	\N	6.2857142857142857	\N	\N	\N	\N	44	44	44	\N	\N
45	\N	315	\N	6.4285714285714286	\N	\N	\N	\N	45	45	45	\N	\N
46	\N	322	\N	6.5714285714285714	\N	\N	\N	\N	46	46	46	\N	\N
47	\N	329	\N	6.7142857142857143	\N	\N	\N	\N	47	47	47	\N	\N
48	\N	336	\N	6.8571428571428571	\N	\N	\N	\N	48	48	48	\N	\N
49	\N	343	\N	7.0000000000000000	\N	\N	\N	\N	49	49	49	\N	\N
50	\N	350	\N	7.1428571428571429	\N	\N	\N	\N	50	50	50	\N	\N
51	\N	357	\N	7.2857142857142857	\N	\N	\N	\N	51	51	51	\N	\N
52	\N	364	\N	7.4285714285714286	\N	\N	\N	\N	52	52	52	\N	\N
53	\N	371	\N	7.5714285714285714	\N	\N	\N	\N	53	53	53	\N	\N
54	\N	378	\N	7.7142857142857143	\N	\N	\N	\N	54	54	54	\N	\N
55	\N	385	\N	7.8571428571428571	\N	\N	\N	\N	55	55	55	\N	\N
56	\N	392	\N	8.0000000000000000	\N	\N	\N	\N	56	56	56	\N	\N
57	\N	399	\N	8.1428571428571429	\N	\N	\N	\N	57	57	57	\N	\N
58	\N	406	\N	8.2857142857142857	\N	\N	\N	\N	58	58	58	\N	\N
59	\N	413	\N	8.4285714285714286	\N	\N	\N	\N	59	59	59	\N	\N
60	\N	420	\N	8.5714285714285714	\N	\N	\N	\N	60	60	60	\N	\N
61	\N	427	\N	8.7142857142857143	\N	\N	\N	\N	61	61	61	\N	\N
62	\N	434	\N	8.8571428571428571	\N	\N	\N	\N	62	62	62	\N	\N
63	\N	441	\N	9.0000000000000000	\N	\N	\N	\N	63	63	63	\N	\N
64	\N	448	\N	9.1428571428571429	\N	\N	\N	\N	64	64	64	\N	\N
65	\N	455	\N	9.2857142857142857	\N	\N	\N	\N	65	65	65	\N	\N
66	\N	462	\N	9.4285714285714286	\N	\N	\N	\N	66	66	66	\N	\N
67	\N	469	\N	9.5714285714285714	\N	\N	\N	\N	67	67	67	\N	\N
68	\N	476	\N	9.7142857142857143	\N	\N	\N	\N	68	68	68	\N	\N
69	\N	483	\N	9.8571428571428571	\N	\N	\N	\N	69	69	69	\N	\N
70	\N	490	\N	10.0000000000000000	\N	\N	\N	\N	70	70	70	\N	\N
71	\N	497	\N	10.1428571428571429	\N	\N	\N	\N	71	71	71	\N	\N
72	\N	504	\N	10.2857142857142857	\N	\N	\N	\N	72	72	72	\N	\N
73	\N	511	\N	10.4285714285714286	\N	\N	\N	\N	73	73	73	\N	\N
74	\N	518	\N	10.5714285714285714	\N	\N	\N	\N	74	74	74	\N	\N
75	\N	525	\N	10.7142857142857143	\N	\N	\N	\N	75	75	75	\N	\N
76	\N	532	\N	10.8571428571428571	\N	\N	\N	\N	76	76	76	\N	\N
77	\N	539	\N	11.0000000000000000	\N	\N	\N	\N	77	77	77	\N	\N
78	\N	546	\N	11.1428571428571429	\N	\N	\N	\N	78	78	78	\N	\N
79	\N	553	\N	11.2857142857142857	\N	\N	\N	\N	79	79	79	\N	\N
80	\N	560	\N	11.4285714285714286	\N	\N	\N	\N	80	80	80	\N	\N
81	\N	567	\N	11.5714285714285714	\N	\N	\N	\N	81	81	81	\N	\N
82	\N	574	\N	11.7142857142857143	\N	\N	\N	\N	82	82	82	\N	\N
83	\N	581	\N	11.8571428571428571	\N	\N	\N	\N	83	83	83	\N	\N
84	\N	588	\N	12.0000000000000000	\N	\N	\N	\N	84	84	84	\N	\N
85	\N	595	\N	12.1428571428571429	\N	\N	\N	\N	85	85	85	\N	\N
86	\N	602	\N	12.2857142857142857	\N	\N	\N	\N	86	86	86	\N	\N
87	\N	609	\N	12.4285714285714286	\N	\N	\N	\N	87	87	87	\N	\N
88	\N	616	\N	12.5714285714285714	\N	\N	\N	\N	88	88	88	\N	\N
89	\N	623	\N	12.7142857142857143	\N	\N	\N	\N	89	89	89	\N	\N
90	\N	630	\N	12.8571428571428571	\N	\N	\N	\N	90	90	90	\N	\N
91	\N	637	\N	13.0000000000000000	\N	\N	\N	\N	91	91	91	\N	\N
92	\N	644	\N	13.1428571428571429	\N	\N	\N	\N	92	92	92	\N	\N
93	\N	651	\N	13.2857142857142857	\N	\N	\N	\N	93	93	93	\N	\N
94	\N	658	\N	13.4285714285714286	\N	\N	\N	\N	94	94	94	\N	\N
95	\N	665	\N	13.5714285714285714	\N	\N	\N	\N	95	95	95	\N	\N
96	\N	672	\N	13.7142857142857143	\N	\N	\N	\N	96	96	96	\N	\N
97	\N	679	\N	13.8571428571428571	\N	\N	\N	\N	97	97	97	\N	\N
98	\N	686	\N	14.0000000000000000	\N	\N	\N	\N	98	98	98	\N	\N
99	\N	693	\N	14.1428571428571429	\N	\N	\N	\N	99	99	99	\N	\N
100	\N	700	\N	14.2857142857142857	\N	\N	\N	\N	100	100	100	\N	\N
101	\N	707	\N	14.4285714285714286	\N	\N	\N	\N	101	101	101	\N	\N
102	\N	714	\N	14.5714285714285714	\N	\N	\N	\N	102	102	102	\N	\N
103	\N	721	\N	14.7142857142857143	\N	\N	\N	\N	103	103	103	\N	\N
104	\N	728	\N	14.8571428571428571	\N	\N	\N	\N	104	104	104	\N	\N
105	\N	735	\N	15.0000000000000000	\N	\N	\N	\N	105	105	105	\N	\N
106	\N	742	\N	15.1428571428571429	\N	\N	\N	\N	106	106	106	\N	\N
107	\N	749	\N	15.2857142857142857	\N	\N	\N	\N	107	107	107	\N	\N
108	\N	756	\N	15.4285714285714286	\N	\N	\N	\N	108	108	108	\N	\N
109	\N	763	\N	15.5714285714285714	\N	\N	\N	\N	109	109	109	\N	\N
110	\N	770	\N	15.7142857142857143	\N	\N	\N	\N	110	110	110	\N	\N
111	\N	777	\N	15.8571428571428571	\N	\N	\N	\N	111	111	111	\N	\N
112	\N	784	\N	16.0000000000000000	\N	\N	\N	\N	112	112	112	\N	\N
113	\N	791	\N	16.1428571428571429	\N	\N	\N	\N	113	113	113	\N	\N
114	\N	798	\N	16.2857142857142857	\N	\N	\N	\N	114	114	114	\N	\N
115	\N	805	\N	16.4285714285714286	\N	\N	\N	\N	115	115	115	\N	\N
116	\N	812	\N	16.5714285714285714	\N	\N	\N	\N	116	116	116	\N	\N
117	\N	819	\N	16.7142857142857143	\N	\N	\N	\N	117	117	117	\N	\N
118	\N	826	\N	16.8571428571428571	\N	\N	\N	\N	118	118	118	\N	\N
119	\N	833	\N	17.0000000000000000	\N	\N	\N	\N	119	119	119	\N	\N
120	\N	840	\N	17.1428571428571429	\N	\N	\N	\N	120	120	120	\N	\N
121	\N	847	\N	17.2857142857142857	\N	\N	\N	\N	121	121	121	\N	\N
122	\N	854	\N	17.4285714285714286	\N	\N	\N	\N	122	122	122	\N	\N
123	\N	861	\N	17.5714285714285714	\N	\N	\N	\N	123	123	123	\N	\N
124	\N	868	\N	17.7142857142857143	\N	\N	\N	\N	124	124	124	\N	\N
125	\N	875	\N	17.8571428571428571	\N	\N	\N	\N	125	125	125	\N	\N
126	\N	882	\N	18.0000000000000000	\N	\N	\N	\N	126	126	126	\N	\N
127	\N	889	\N	18.1428571428571429	\N	\N	\N	\N	127	127	127	\N	\N
128	\N	896	\N	18.2857142857142857	\N	\N	\N	\N	128	128	128	\N	\N
129	\N	903	\N	18.4285714285714286	\N	\N	\N	\N	129	129	129	\N	\N
130	\N	910	\N	18.5714285714285714	\N	\N	\N	\N	130	130	130	\N	\N
131	\N	917	\N	18.7142857142857143	\N	\N	\N	\N	131	131	131	\N	\N
132	\N	924	\N	18.8571428571428571	\N	\N	\N	\N	132	132	132	\N	\N
133	\N	931	\N	19.0000000000000000	\N	\N	\N	\N	133	133	133	\N	\N
134	\N	938	\N	19.1428571428571429	\N	\N	\N	\N	134	134	134	\N	\N
135	\N	945	\N	19.2857142857142857	\N	\N	\N	\N	135	135	135	\N	\N
136	\N	952	\N	19.4285714285714286	\N	\N	\N	\N	136	136	136	\N	\N
137	\N	959	\N	19.5714285714285714	\N	\N	\N	\N	137	137	137	\N	\N
138	\N	966	\N	19.7142857142857143	\N	\N	\N	\N	138	138	138	\N	\N
139	\N	973	\N	19.8571428571428571	\N	\N	\N	\N	139	139	139	\N	\N
140	\N	980	\N	20.0000000000000000	\N	\N	\N	\N	140	140	140	\N	\N
141	\N	987	\N	20.1428571428571429	\N	\N	\N	\N	141	141	141	\N	\N
142	\N	994	\N	20.2857142857142857	\N	\N	\N	\N	142	142	142	\N	\N
143	\N	1001	\N	20.4285714285714286	\N	\N	\N	\N	143	143	143	\N	\N
144	\N	1008	\N	20.5714285714285714	\N	\N	\N	\N	144	144	144	\N	\N
145	\N	1015	\N	20.7142857142857143	\N	\N	\N	\N	145	145	145	\N	\N
146	\N	1022	\N	20.8571428571428571	\N	\N	\N	\N	146	146	146	\N	\N
147	\N	1029	\N	21.0000000000000000	\N	\N	\N	\N	147	147	147	\N	\N
148	\N	1036	\N	21.1428571428571429	\N	\N	\N	\N	148	148	148	\N	\N
149	\N	1043	\N	21.2857142857142857	\N	\N	\N	\N	149	149	149	\N	\N
150	\N	1050	\N	21.4285714285714286	\N	\N	\N	\N	150	150	150	\N	\N
151	\N	1057	\N	21.5714285714285714	\N	\N	\N	\N	151	151	151	\N	\N
152	\N	1064	\N	21.7142857142857143	\N	\N	\N	\N	152	152	152	\N	\N
153	\N	1071	\N	21.8571428571428571	\N	\N	\N	\N	153	153	153	\N	\N
154	\N	1078	\N	22.0000000000000000	\N	\N	\N	\N	154	154	154	\N	\N
155	\N	1085	\N	22.1428571428571429	\N	\N	\N	\N	155	155	155	\N	\N
156	\N	1092	\N	22.2857142857142857	\N	\N	\N	\N	156	156	156	\N	\N
157	\N	1099	\N	22.4285714285714286	\N	\N	\N	\N	157	157	157	\N	\N
158	\N	1106	\N	22.5714285714285714	\N	\N	\N	\N	158	158	158	\N	\N
159	\N	1113	\N	22.7142857142857143	\N	\N	\N	\N	159	159	159	\N	\N
160	\N	1120	\N	22.8571428571428571	\N	\N	\N	\N	160	160	160	\N	\N
161	\N	1127	\N	23.0000000000000000	\N	\N	\N	\N	161	161	161	\N	\N
162	\N	1134	\N	23.1428571428571429	\N	\N	\N	\N	162	162	162	\N	\N
163	\N	1141	\N	23.2857142857142857	\N	\N	\N	\N	163	163	163	\N	\N
164	\N	1148	\N	23.4285714285714286	\N	\N	\N	\N	164	164	164	\N	\N
165	\N	1155	\N	23.5714285714285714	\N	\N	\N	\N	165	165	165	\N	\N
166	\N	1162	\N	23.7142857142857143	\N	\N	\N	\N	166	166	166	\N	\N
167	\N	1169	\N	23.8571428571428571	\N	\N	\N	\N	167	167	167	\N	\N
168	\N	1176	\N	24.0000000000000000	\N	\N	\N	\N	168	168	168	\N	\N
169	\N	1183	\N	24.1428571428571429	\N	\N	\N	\N	169	169	169	\N	\N
170	\N	1190	\N	24.2857142857142857	\N	\N	\N	\N	170	170	170	\N	\N
171	\N	1197	\N	24.4285714285714286	\N	\N	\N	\N	171	171	171	\N	\N
172	\N	1204	\N	24.5714285714285714	\N	\N	\N	\N	172	172	172	\N	\N
173	\N	1211	\N	24.7142857142857143	\N	\N	\N	\N	173	173	173	\N	\N
174	\N	1218	\N	24.8571428571428571	\N	\N	\N	\N	174	174	174	\N	\N
175	\N	1225	\N	25.0000000000000000	\N	\N	\N	\N	175	175	175	\N	\N
176	\N	1232	\N	25.1428571428571429	\N	\N	\N	\N	176	176	176	\N	\N
177	\N	1239	\N	25.2857142857142857	\N	\N	\N	\N	177	177	177	\N	\N
178	\N	1246	\N	25.4285714285714286	\N	\N	\N	\N	178	178	178	\N	\N
179	\N	1253	\N	25.5714285714285714	\N	\N	\N	\N	179	179	179	\N	\N
180	\N	1260	\N	25.7142857142857143	\N	\N	\N	\N	180	180	180	\N	\N
181	\N	1267	\N	25.8571428571428571	\N	\N	\N	\N	181	181	181	\N	\N
182	\N	1274	\N	26.0000000000000000	\N	\N	\N	\N	182	182	182	\N	\N
183	\N	1281	\N	26.1428571428571429	\N	\N	\N	\N	183	183	183	\N	\N
184	\N	1288	\N	26.2857142857142857	\N	\N	\N	\N	184	184	184	\N	\N
185	\N	1295	\N	26.4285714285714286	\N	\N	\N	\N	185	185	185	\N	\N
186	\N	1302	\N	26.5714285714285714	\N	\N	\N	\N	186	186	186	\N	\N
187	\N	1309	\N	26.7142857142857143	\N	\N	\N	\N	187	187	187	\N	\N
188	\N	1316	\N	26.8571428571428571	\N	\N	\N	\N	188	188	188	\N	\N
189	\N	1323	\N	27.0000000000000000	\N	\N	\N	\N	189	189	189	\N	\N
190	\N	1330	\N	27.1428571428571429	\N	\N	\N	\N	190	190	190	\N	\N
191	\N	1337	\N	27.2857142857142857	\N	\N	\N	\N	191	191	191	\N	\N
192	\N	1344	\N	27.4285714285714286	\N	\N	\N	\N	192	192	192	\N	\N
193	\N	1351	\N	27.5714285714285714	\N	\N	\N	\N	193	193	193	\N	\N
194	\N	1358	\N	27.7142857142857143	\N	\N	\N	\N	194	194	194	\N	\N
195	\N	1365	\N	27.8571428571428571	\N	\N	\N	\N	195	195	195	\N	\N
196	\N	1372	\N	28.0000000000000000	\N	\N	\N	\N	196	196	196	\N	\N
197	\N	1379	\N	28.1428571428571429	\N	\N	\N	\N	197	197	197	\N	\N
198	\N	1386	\N	28.2857142857142857	\N	\N	\N	\N	198	198	198	\N	\N
199	\N	1393	\N	28.4285714285714286	\N	\N	\N	\N	199	199	199	\N	\N
200	\N	1400	\N	28.5714285714285714	\N	\N	\N	\N	200	200	200	\N	\N
201	\N	1407	\N	28.7142857142857143	\N	\N	\N	\N	201	201	201	\N	\N
202	\N	1414	\N	28.8571428571428571	\N	\N	\N	\N	202	202	202	\N	\N
203	\N	1421	\N	29.0000000000000000	\N	\N	\N	\N	203	203	203	\N	\N
204	\N	1428	\N	29.1428571428571429	\N	\N	\N	\N	204	204	204	\N	\N
205	\N	1435	\N	29.2857142857142857	\N	\N	\N	\N	205	205	205	\N	\N
206	\N	1442	\N	29.4285714285714286	\N	\N	\N	\N	206	206	206	\N	\N
207	\N	1449	\N	29.5714285714285714	\N	\N	\N	\N	207	207	207	\N	\N
208	\N	1456	\N	29.7142857142857143	\N	\N	\N	\N	208	208	208	\N	\N
209	\N	1463	\N	29.8571428571428571	\N	\N	\N	\N	209	209	209	\N	\N
210	\N	1470	\N	30.0000000000000000	\N	\N	\N	\N	210	210	210	\N	\N
211	\N	1477	\N	30.1428571428571429	\N	\N	\N	\N	211	211	211	\N	\N
212	\N	1484	\N	30.2857142857142857	\N	\N	\N	\N	212	212	212	\N	\N
213	\N	1491	\N	30.4285714285714286	\N	\N	\N	\N	213	213	213	\N	\N
214	\N	1498	\N	30.5714285714285714	\N	\N	\N	\N	214	214	214	\N	\N
215	\N	1505	\N	30.7142857142857143	\N	\N	\N	\N	215	215	215	\N	\N
216	\N	1512	\N	30.8571428571428571	\N	\N	\N	\N	216	216	216	\N	\N
217	\N	1519	\N	31.0000000000000000	\N	\N	\N	\N	217	217	217	\N	\N
218	\N	1526	\N	31.1428571428571429	\N	\N	\N	\N	218	218	218	\N	\N
219	\N	1533	\N	31.2857142857142857	\N	\N	\N	\N	219	219	219	\N	\N
220	\N	1540	\N	31.4285714285714286	\N	\N	\N	\N	220	220	220	\N	\N
221	\N	1547	\N	31.5714285714285714	\N	\N	\N	\N	221	221	221	\N	\N
222	\N	1554	\N	31.7142857142857143	\N	\N	\N	\N	222	222	222	\N	\N
223	\N	1561	\N	31.8571428571428571	\N	\N	\N	\N	223	223	223	\N	\N
224	\N	1568	\N	32.0000000000000000	\N	\N	\N	\N	224	224	224	\N	\N
225	\N	1575	\N	32.1428571428571429	\N	\N	\N	\N	225	225	225	\N	\N
226	\N	1582	\N	32.2857142857142857	\N	\N	\N	\N	226	226	226	\N	\N
227	\N	1589	\N	32.4285714285714286	\N	\N	\N	\N	227	227	227	\N	\N
228	\N	1596	\N	32.5714285714285714	\N	\N	\N	\N	228	228	228	\N	\N
229	\N	1603	\N	32.7142857142857143	\N	\N	\N	\N	229	229	229	\N	\N
230	\N	1610	\N	32.8571428571428571	\N	\N	\N	\N	230	230	230	\N	\N
231	\N	1617	\N	33.0000000000000000	\N	\N	\N	\N	231	231	231	\N	\N
232	\N	1624	\N	33.1428571428571429	\N	\N	\N	\N	232	232	232	\N	\N
233	\N	1631	\N	33.2857142857142857	\N	\N	\N	\N	233	233	233	\N	\N
234	\N	1638	\N	33.4285714285714286	\N	\N	\N	\N	234	234	234	\N	\N
235	\N	1645	\N	33.5714285714285714	\N	\N	\N	\N	235	235	235	\N	\N
236	\N	1652	\N	33.7142857142857143	\N	\N	\N	\N	236	236	236	\N	\N
237	\N	1659	\N	33.8571428571428571	\N	\N	\N	\N	237	237	237	\N	\N
238	\N	1666	\N	34.0000000000000000	\N	\N	\N	\N	238	238	238	\N	\N
239	\N	1673	\N	34.1428571428571429	\N	\N	\N	\N	239	239	239	\N	\N
240	\N	1680	\N	34.2857142857142857	\N	\N	\N	\N	240	240	240	\N	\N
241	\N	1687	\N	34.4285714285714286	\N	\N	\N	\N	241	241	241	\N	\N
242	\N	1694	\N	34.5714285714285714	\N	\N	\N	\N	242	242	242	\N	\N
243	\N	1701	\N	34.7142857142857143	\N	\N	\N	\N	243	243	243	\N	\N
244	\N	1708	\N	34.8571428571428571	\N	\N	\N	\N	244	244	244	\N	\N
245	\N	1715	\N	35.0000000000000000	\N	\N	\N	\N	245	245	245	\N	\N
246	\N	1722	\N	35.1428571428571429	\N	\N	\N	\N	246	246	246	\N	\N
247	\N	1729	\N	35.2857142857142857	\N	\N	\N	\N	247	247	247	\N	\N
248	\N	1736	\N	35.4285714285714286	\N	\N	\N	\N	248	248	248	\N	\N
249	\N	1743	\N	35.5714285714285714	\N	\N	\N	\N	249	249	249	\N	\N
250	\N	1750	\N	35.7142857142857143	\N	\N	\N	\N	250	250	250	\N	\N
251	\N	1757	\N	35.8571428571428571	\N	\N	\N	\N	251	251	251	\N	\N
252	\N	1764	\N	36.0000000000000000	\N	\N	\N	\N	252	252	252	\N	\N
253	\N	1771	\N	36.1428571428571429	\N	\N	\N	\N	253	253	253	\N	\N
254	\N	1778	\N	36.2857142857142857	\N	\N	\N	\N	254	254	254	\N	\N
255	\N	1785	\N	36.4285714285714286	\N	\N	\N	\N	255	255	255	\N	\N
256	\N	1792	\N	36.5714285714285714	\N	\N	\N	\N	256	256	256	\N	\N
257	\N	1799	\N	36.7142857142857143	\N	\N	\N	\N	257	257	257	\N	\N
258	\N	1806	\N	36.8571428571428571	\N	\N	\N	\N	258	258	258	\N	\N
259	\N	1813	\N	37.0000000000000000	\N	\N	\N	\N	259	259	259	\N	\N
260	\N	1820	\N	37.1428571428571429	\N	\N	\N	\N	260	260	260	\N	\N
261	\N	1827	\N	37.2857142857142857	\N	\N	\N	\N	261	261	261	\N	\N
262	\N	1834	\N	37.4285714285714286	\N	\N	\N	\N	262	262	262	\N	\N
263	\N	1841	\N	37.5714285714285714	\N	\N	\N	\N	263	263	263	\N	\N
264	\N	1848	\N	37.7142857142857143	\N	\N	\N	\N	264	264	264	\N	\N
265	\N	1855	\N	37.8571428571428571	\N	\N	\N	\N	265	265	265	\N	\N
266	\N	1862	\N	38.0000000000000000	\N	\N	\N	\N	266	266	266	\N	\N
267	\N	1869	\N	38.1428571428571429	\N	\N	\N	\N	267	267	267	\N	\N
268	\N	1876	\N	38.2857142857142857	\N	\N	\N	\N	268	268	268	\N	\N
269	\N	1883	\N	38.4285714285714286	\N	\N	\N	\N	269	269	269	\N	\N
270	\N	1890	\N	38.5714285714285714	\N	\N	\N	\N	270	270	270	\N	\N
271	\N	1897	\N	38.7142857142857143	\N	\N	\N	\N	271	271	271	\N	\N
272	\N	1904	\N	38.8571428571428571	\N	\N	\N	\N	272	272	272	\N	\N
273	\N	1911	\N	39.0000000000000000	\N	\N	\N	\N	273	273	273	\N	\N
274	\N	1918	\N	39.1428571428571429	\N	\N	\N	\N	274	274	274	\N	\N
275	\N	1925	\N	39.2857142857142857	\N	\N	\N	\N	275	275	275	\N	\N
276	\N	1932	\N	39.4285714285714286	\N	\N	\N	\N	276	276	276	\N	\N
277	\N	1939	\N	39.5714285714285714	\N	\N	\N	\N	277	277	277	\N	\N
278	\N	1946	\N	39.7142857142857143	\N	\N	\N	\N	278	278	278	\N	\N
279	\N	1953	\N	39.8571428571428571	\N	\N	\N	\N	279	279	279	\N	\N
280	\N	1960	\N	40.0000000000000000	\N	\N	\N	\N	280	280	280	\N	\N
281	\N	1967	\N	40.1428571428571429	\N	\N	\N	\N	281	281	281	\N	\N
282	\N	1974	\N	40.2857142857142857	\N	\N	\N	\N	282	282	282	\N	\N
283	\N	1981	\N	40.4285714285714286	\N	\N	\N	\N	283	283	283	\N	\N
284	\N	1988	\N	40.5714285714285714	\N	\N	\N	\N	284	284	284	\N	\N
285	\N	1995	\N	40.7142857142857143	\N	\N	\N	\N	285	285	285	\N	\N
286	\N	2002	\N	40.8571428571428571	\N	\N	\N	\N	286	286	286	\N	\N
287	\N	2009	\N	41.0000000000000000	\N	\N	\N	\N	287	287	287	\N	\N
288	\N	2016	\N	41.1428571428571429	\N	\N	\N	\N	288	288	288	\N	\N
289	\N	2023	\N	41.2857142857142857	\N	\N	\N	\N	289	289	289	\N	\N
290	\N	2030	\N	41.4285714285714286	\N	\N	\N	\N	290	290	290	\N	\N
291	\N	2037	\N	41.5714285714285714	\N	\N	\N	\N	291	291	291	\N	\N
292	\N	2044	\N	41.7142857142857143	\N	\N	\N	\N	292	292	292	\N	\N
293	\N	2051	\N	41.8571428571428571	\N	\N	\N	\N	293	293	293	\N	\N
294	\N	2058	\N	42.0000000000000000	\N	\N	\N	\N	294	294	294	\N	\N
295	\N	2065	\N	42.1428571428571429	\N	\N	\N	\N	295	295	295	\N	\N
296	\N	2072	\N	42.2857142857142857	\N	\N	\N	\N	296	296	296	\N	\N
297	\N	2079	\N	42.4285714285714286	\N	\N	\N	\N	297	297	297	\N	\N
298	\N	2086	\N	42.5714285714285714	\N	\N	\N	\N	298	298	298	\N	\N
299	\N	2093	\N	42.7142857142857143	\N	\N	\N	\N	299	299	299	\N	\N
300	\N	2100	\N	42.8571428571428571	\N	\N	\N	\N	300	300	300	\N	\N
\.


--
-- Data for Name: ranges; Type: TABLE DATA; Schema: typed; Owner: postgres
--

COPY typed.ranges (id, r4, r8, rn, rts, rtstz, rd, m4, m8, mn, mts, mtstz, md) FROM stdin;
1	[1,10)	(,)	[1.5,2.5]	["2024-01-01 00:00:00","2024-12-31 23:59:00")	["2024-01-01 00:00:00+00",infinity)	[2024-01-01,2024-02-01)	{[1,3),[5,8)}	{}	{[1.1,2.2],(3.3,)}	{["2024-01-01 00:00:00","2024-01-02 00:00:00")}	{(,"2000-01-01 00:00:00+00"]}	{[2024-01-01,2024-01-05),[2024-02-01,)}
2	empty	[-9223372036854775808,9223372036854775807)	empty	\N	\N	(,)	{}	\N	\N	\N	\N	\N
3	[10,21)	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N
\.


--
-- Data for Name: scratch; Type: TABLE DATA; Schema: typed; Owner: postgres
--

COPY typed.scratch (id, note) FROM stdin;
1	unlogged row 1
2	unlogged row 2
3	unlogged row 3
4	unlogged row 4
5	unlogged row 5
6	unlogged row 6
7	unlogged row 7
8	unlogged row 8
9	unlogged row 9
10	unlogged row 10
11	unlogged row 11
12	unlogged row 12
13	unlogged row 13
14	unlogged row 14
15	unlogged row 15
16	unlogged row 16
17	unlogged row 17
18	unlogged row 18
19	unlogged row 19
20	unlogged row 20
\.


--
-- Data for Name: system_types; Type: TABLE DATA; Schema: typed; Owner: postgres
--

COPY typed.system_types (id, o, rc, rt, rp, rpd, ro, rod, rn, rr, rcfg, rdict, rcoll, lsn, snap, txs, x, x8, c, t, acl, ov, i2v, cur) FROM stdin;
1	4294967295	pg_class	integer[]	now	abs(integer)	||/	+(integer,integer)	pg_catalog	diff_owner	english	simple	"C"	16/B374D848	10:20:10,14,15	10:20:10,14,15	42	18446744073709551615	7	(4294967295,65535)	{diff_owner=arwdDxt/diff_owner,=r/diff_owner}	1 2 3	1 2 3	portal "1"
2	0	-	-	-	-	0	0	-	-	simple	english_stem	"default"	0/0	1:1:	1:1:	0	0	0	(0,0)	{}			
3	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N
\.


--
-- Data for Name: texts; Type: TABLE DATA; Schema: typed; Owner: diff_owner
--

COPY typed.texts (id, c, bc, vc, vu, t, t_c, t_bin, ch, nm, ci, kv, b) FROM stdin;
1	ab   	padded  	tab\there	new\nline	back\\slash and \\. and \\N	Zoë 🎉	ß	x	a_name	MiXeD CaSe	"a"=>"1", "b c"=>NULL	\\x00010203fffefd
2	\N	\N						\N				\\x
3	e    	carriage\rreturn	quote's	"double"	\\x41	end\\	日本語	\\	Name With Spaces	ÄÖÜ	"k\\"ey"=>"v\\\\alue"	\N
4	\N	\N	\N	\N	a87ff679a2f3e71d9181a67b7542122ca87ff679a2f3e71d9181a67b7542122ca87ff679a2f3e71d9181a67b7542122ca87ff679a2f3e71d9181a67b7542122c	\N	\N	\N	\N	\N	\N	\\xa87ff679a2f3e71d9181a67b7542122c
5	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\xe4da3b7fbbce2345d7772b0674a318d5
6	\N	\N	\N	\N	1679091c5a880faf6fb5e6087eb1b2dc	\N	\N	\N	\N	\N	\N	\\x1679091c5a880faf6fb5e6087eb1b2dc
7	\N	\N	\N	\N	8f14e45fceea167a5a36dedd4bea25438f14e45fceea167a5a36dedd4bea2543	\N	\N	\N	\N	\N	\N	\\x8f14e45fceea167a5a36dedd4bea2543
8	\N	\N	\N	\N	c9f0f895fb98ab9159f51fd0297e236dc9f0f895fb98ab9159f51fd0297e236dc9f0f895fb98ab9159f51fd0297e236d	\N	\N	\N	\N	\N	\N	\\xc9f0f895fb98ab9159f51fd0297e236d
9	\N	\N	\N	\N	45c48cce2e2d7fbdea1afc51c7c6ad2645c48cce2e2d7fbdea1afc51c7c6ad2645c48cce2e2d7fbdea1afc51c7c6ad2645c48cce2e2d7fbdea1afc51c7c6ad26	\N	\N	\N	\N	\N	\N	\\x45c48cce2e2d7fbdea1afc51c7c6ad26
10	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\xd3d9446802a44259755d38e6d163e820
11	\N	\N	\N	\N	6512bd43d9caa6e02c990b0a82652dca	\N	\N	\N	\N	\N	\N	\\x6512bd43d9caa6e02c990b0a82652dca
12	\N	\N	\N	\N	c20ad4d76fe97759aa27a0c99bff6710c20ad4d76fe97759aa27a0c99bff6710	\N	\N	\N	\N	\N	\N	\\xc20ad4d76fe97759aa27a0c99bff6710
13	\N	\N	\N	\N	c51ce410c124a10e0db5e4b97fc2af39c51ce410c124a10e0db5e4b97fc2af39c51ce410c124a10e0db5e4b97fc2af39	\N	\N	\N	\N	\N	\N	\\xc51ce410c124a10e0db5e4b97fc2af39
14	\N	\N	\N	\N	aab3238922bcc25a6f606eb525ffdc56aab3238922bcc25a6f606eb525ffdc56aab3238922bcc25a6f606eb525ffdc56aab3238922bcc25a6f606eb525ffdc56	\N	\N	\N	\N	\N	\N	\\xaab3238922bcc25a6f606eb525ffdc56
15	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x9bf31c7ff062936a96d3c8bd1f8f2ff3
16	\N	\N	\N	\N	c74d97b01eae257e44aa9d5bade97baf	\N	\N	\N	\N	\N	\N	\\xc74d97b01eae257e44aa9d5bade97baf
17	\N	\N	\N	\N	70efdf2ec9b086079795c442636b55fb70efdf2ec9b086079795c442636b55fb	\N	\N	\N	\N	\N	\N	\\x70efdf2ec9b086079795c442636b55fb
18	\N	\N	\N	\N	6f4922f45568161a8cdf4ad2299f6d236f4922f45568161a8cdf4ad2299f6d236f4922f45568161a8cdf4ad2299f6d23	\N	\N	\N	\N	\N	\N	\\x6f4922f45568161a8cdf4ad2299f6d23
19	\N	\N	\N	\N	1f0e3dad99908345f7439f8ffabdffc41f0e3dad99908345f7439f8ffabdffc41f0e3dad99908345f7439f8ffabdffc41f0e3dad99908345f7439f8ffabdffc4	\N	\N	\N	\N	\N	\N	\\x1f0e3dad99908345f7439f8ffabdffc4
20	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x98f13708210194c475687be6106a3b84
21	\N	\N	\N	\N	3c59dc048e8850243be8079a5c74d079	\N	\N	\N	\N	\N	\N	\\x3c59dc048e8850243be8079a5c74d079
22	\N	\N	\N	\N	b6d767d2f8ed5d21a44b0e5886680cb9b6d767d2f8ed5d21a44b0e5886680cb9	\N	\N	\N	\N	\N	\N	\\xb6d767d2f8ed5d21a44b0e5886680cb9
23	\N	\N	\N	\N	37693cfc748049e45d87b8c7d8b9aacd37693cfc748049e45d87b8c7d8b9aacd37693cfc748049e45d87b8c7d8b9aacd	\N	\N	\N	\N	\N	\N	\\x37693cfc748049e45d87b8c7d8b9aacd
24	\N	\N	\N	\N	1ff1de774005f8da13f42943881c655f1ff1de774005f8da13f42943881c655f1ff1de774005f8da13f42943881c655f1ff1de774005f8da13f42943881c655f	\N	\N	\N	\N	\N	\N	\\x1ff1de774005f8da13f42943881c655f
25	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x8e296a067a37563370ded05f5a3bf3ec
26	\N	\N	\N	\N	4e732ced3463d06de0ca9a15b6153677	\N	\N	\N	\N	\N	\N	\\x4e732ced3463d06de0ca9a15b6153677
27	\N	\N	\N	\N	02e74f10e0327ad868d138f2b4fdd6f002e74f10e0327ad868d138f2b4fdd6f0	\N	\N	\N	\N	\N	\N	\\x02e74f10e0327ad868d138f2b4fdd6f0
28	\N	\N	\N	\N	33e75ff09dd601bbe69f35103915218933e75ff09dd601bbe69f35103915218933e75ff09dd601bbe69f351039152189	\N	\N	\N	\N	\N	\N	\\x33e75ff09dd601bbe69f351039152189
29	\N	\N	\N	\N	6ea9ab1baa0efb9e19094440c317e21b6ea9ab1baa0efb9e19094440c317e21b6ea9ab1baa0efb9e19094440c317e21b6ea9ab1baa0efb9e19094440c317e21b	\N	\N	\N	\N	\N	\N	\\x6ea9ab1baa0efb9e19094440c317e21b
30	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x34173cb38f07f89ddbebc2ac9128303f
31	\N	\N	\N	\N	c16a5320fa475530d9583c34fd356ef5	\N	\N	\N	\N	\N	\N	\\xc16a5320fa475530d9583c34fd356ef5
32	\N	\N	\N	\N	6364d3f0f495b6ab9dcf8d3b5c6e0b016364d3f0f495b6ab9dcf8d3b5c6e0b01	\N	\N	\N	\N	\N	\N	\\x6364d3f0f495b6ab9dcf8d3b5c6e0b01
33	\N	\N	\N	\N	182be0c5cdcd5072bb1864cdee4d3d6e182be0c5cdcd5072bb1864cdee4d3d6e182be0c5cdcd5072bb1864cdee4d3d6e	\N	\N	\N	\N	\N	\N	\\x182be0c5cdcd5072bb1864cdee4d3d6e
34	\N	\N	\N	\N	e369853df766fa44e1ed0ff613f563bde369853df766fa44e1ed0ff613f563bde369853df766fa44e1ed0ff613f563bde369853df766fa44e1ed0ff613f563bd	\N	\N	\N	\N	\N	\N	\\xe369853df766fa44e1ed0ff613f563bd
35	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x1c383cd30b7c298ab50293adfecb7b18
36	\N	\N	\N	\N	19ca14e7ea6328a42e0eb13d585e4c22	\N	\N	\N	\N	\N	\N	\\x19ca14e7ea6328a42e0eb13d585e4c22
37	\N	\N	\N	\N	a5bfc9e07964f8dddeb95fc584cd965da5bfc9e07964f8dddeb95fc584cd965d	\N	\N	\N	\N	\N	\N	\\xa5bfc9e07964f8dddeb95fc584cd965d
38	\N	\N	\N	\N	a5771bce93e200c36f7cd9dfd0e5deaaa5771bce93e200c36f7cd9dfd0e5deaaa5771bce93e200c36f7cd9dfd0e5deaa	\N	\N	\N	\N	\N	\N	\\xa5771bce93e200c36f7cd9dfd0e5deaa
39	\N	\N	\N	\N	d67d8ab4f4c10bf22aa353e27879133cd67d8ab4f4c10bf22aa353e27879133cd67d8ab4f4c10bf22aa353e27879133cd67d8ab4f4c10bf22aa353e27879133c	\N	\N	\N	\N	\N	\N	\\xd67d8ab4f4c10bf22aa353e27879133c
40	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\xd645920e395fedad7bbbed0eca3fe2e0
41	\N	\N	\N	\N	3416a75f4cea9109507cacd8e2f2aefc	\N	\N	\N	\N	\N	\N	\\x3416a75f4cea9109507cacd8e2f2aefc
42	\N	\N	\N	\N	a1d0c6e83f027327d8461063f4ac58a6a1d0c6e83f027327d8461063f4ac58a6	\N	\N	\N	\N	\N	\N	\\xa1d0c6e83f027327d8461063f4ac58a6
43	\N	\N	\N	\N	17e62166fc8586dfa4d1bc0e1742c08b17e62166fc8586dfa4d1bc0e1742c08b17e62166fc8586dfa4d1bc0e1742c08b	\N	\N	\N	\N	\N	\N	\\x17e62166fc8586dfa4d1bc0e1742c08b
44	\N	\N	\N	\N	f7177163c833dff4b38fc8d2872f1ec6f7177163c833dff4b38fc8d2872f1ec6f7177163c833dff4b38fc8d2872f1ec6f7177163c833dff4b38fc8d2872f1ec6	\N	\N	\N	\N	\N	\N	\\xf7177163c833dff4b38fc8d2872f1ec6
45	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x6c8349cc7260ae62e3b1396831a8398f
46	\N	\N	\N	\N	d9d4f495e875a2e075a1a4a6e1b9770f	\N	\N	\N	\N	\N	\N	\\xd9d4f495e875a2e075a1a4a6e1b9770f
47	\N	\N	\N	\N	67c6a1e7ce56d3d6fa748ab6d9af3fd767c6a1e7ce56d3d6fa748ab6d9af3fd7	\N	\N	\N	\N	\N	\N	\\x67c6a1e7ce56d3d6fa748ab6d9af3fd7
48	\N	\N	\N	\N	642e92efb79421734881b53e1e1b18b6642e92efb79421734881b53e1e1b18b6642e92efb79421734881b53e1e1b18b6	\N	\N	\N	\N	\N	\N	\\x642e92efb79421734881b53e1e1b18b6
49	\N	\N	\N	\N	f457c545a9ded88f18ecee47145a72c0f457c545a9ded88f18ecee47145a72c0f457c545a9ded88f18ecee47145a72c0f457c545a9ded88f18ecee47145a72c0	\N	\N	\N	\N	\N	\N	\\xf457c545a9ded88f18ecee47145a72c0
50	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\xc0c7c76d30bd3dcaefc96f40275bdc0a
51	\N	\N	\N	\N	2838023a778dfaecdc212708f721b788	\N	\N	\N	\N	\N	\N	\\x2838023a778dfaecdc212708f721b788
52	\N	\N	\N	\N	9a1158154dfa42caddbd0694a4e9bdc89a1158154dfa42caddbd0694a4e9bdc8	\N	\N	\N	\N	\N	\N	\\x9a1158154dfa42caddbd0694a4e9bdc8
53	\N	\N	\N	\N	d82c8d1619ad8176d665453cfb2e55f0d82c8d1619ad8176d665453cfb2e55f0d82c8d1619ad8176d665453cfb2e55f0	\N	\N	\N	\N	\N	\N	\\xd82c8d1619ad8176d665453cfb2e55f0
54	\N	\N	\N	\N	a684eceee76fc522773286a895bc8436a684eceee76fc522773286a895bc8436a684eceee76fc522773286a895bc8436a684eceee76fc522773286a895bc8436	\N	\N	\N	\N	\N	\N	\\xa684eceee76fc522773286a895bc8436
55	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\xb53b3a3d6ab90ce0268229151c9bde11
56	\N	\N	\N	\N	9f61408e3afb633e50cdf1b20de6f466	\N	\N	\N	\N	\N	\N	\\x9f61408e3afb633e50cdf1b20de6f466
57	\N	\N	\N	\N	72b32a1f754ba1c09b3695e0cb6cde7f72b32a1f754ba1c09b3695e0cb6cde7f	\N	\N	\N	\N	\N	\N	\\x72b32a1f754ba1c09b3695e0cb6cde7f
58	\N	\N	\N	\N	66f041e16a60928b05a7e228a89c379966f041e16a60928b05a7e228a89c379966f041e16a60928b05a7e228a89c3799	\N	\N	\N	\N	\N	\N	\\x66f041e16a60928b05a7e228a89c3799
59	\N	\N	\N	\N	093f65e080a295f8076b1c5722a46aa2093f65e080a295f8076b1c5722a46aa2093f65e080a295f8076b1c5722a46aa2093f65e080a295f8076b1c5722a46aa2	\N	\N	\N	\N	\N	\N	\\x093f65e080a295f8076b1c5722a46aa2
60	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x072b030ba126b2f4b2374f342be9ed44
61	\N	\N	\N	\N	7f39f8317fbdb1988ef4c628eba02591	\N	\N	\N	\N	\N	\N	\\x7f39f8317fbdb1988ef4c628eba02591
62	\N	\N	\N	\N	44f683a84163b3523afe57c2e008bc8c44f683a84163b3523afe57c2e008bc8c	\N	\N	\N	\N	\N	\N	\\x44f683a84163b3523afe57c2e008bc8c
63	\N	\N	\N	\N	03afdbd66e7929b125f8597834fa83a403afdbd66e7929b125f8597834fa83a403afdbd66e7929b125f8597834fa83a4	\N	\N	\N	\N	\N	\N	\\x03afdbd66e7929b125f8597834fa83a4
64	\N	\N	\N	\N	ea5d2f1c4608232e07d3aa3d998e5135ea5d2f1c4608232e07d3aa3d998e5135ea5d2f1c4608232e07d3aa3d998e5135ea5d2f1c4608232e07d3aa3d998e5135	\N	\N	\N	\N	\N	\N	\\xea5d2f1c4608232e07d3aa3d998e5135
65	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\xfc490ca45c00b1249bbe3554a4fdf6fb
66	\N	\N	\N	\N	3295c76acbf4caaed33c36b1b5fc2cb1	\N	\N	\N	\N	\N	\N	\\x3295c76acbf4caaed33c36b1b5fc2cb1
67	\N	\N	\N	\N	735b90b4568125ed6c3f678819b6e058735b90b4568125ed6c3f678819b6e058	\N	\N	\N	\N	\N	\N	\\x735b90b4568125ed6c3f678819b6e058
68	\N	\N	\N	\N	a3f390d88e4c41f2747bfa2f1b5f87dba3f390d88e4c41f2747bfa2f1b5f87dba3f390d88e4c41f2747bfa2f1b5f87db	\N	\N	\N	\N	\N	\N	\\xa3f390d88e4c41f2747bfa2f1b5f87db
69	\N	\N	\N	\N	14bfa6bb14875e45bba028a21ed3804614bfa6bb14875e45bba028a21ed3804614bfa6bb14875e45bba028a21ed3804614bfa6bb14875e45bba028a21ed38046	\N	\N	\N	\N	\N	\N	\\x14bfa6bb14875e45bba028a21ed38046
70	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x7cbbc409ec990f19c78c75bd1e06f215
71	\N	\N	\N	\N	e2c420d928d4bf8ce0ff2ec19b371514	\N	\N	\N	\N	\N	\N	\\xe2c420d928d4bf8ce0ff2ec19b371514
72	\N	\N	\N	\N	32bb90e8976aab5298d5da10fe66f21d32bb90e8976aab5298d5da10fe66f21d	\N	\N	\N	\N	\N	\N	\\x32bb90e8976aab5298d5da10fe66f21d
73	\N	\N	\N	\N	d2ddea18f00665ce8623e36bd4e3c7c5d2ddea18f00665ce8623e36bd4e3c7c5d2ddea18f00665ce8623e36bd4e3c7c5	\N	\N	\N	\N	\N	\N	\\xd2ddea18f00665ce8623e36bd4e3c7c5
74	\N	\N	\N	\N	ad61ab143223efbc24c7d2583be69251ad61ab143223efbc24c7d2583be69251ad61ab143223efbc24c7d2583be69251ad61ab143223efbc24c7d2583be69251	\N	\N	\N	\N	\N	\N	\\xad61ab143223efbc24c7d2583be69251
75	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\xd09bf41544a3365a46c9077ebb5e35c3
76	\N	\N	\N	\N	fbd7939d674997cdb4692d34de8633c4	\N	\N	\N	\N	\N	\N	\\xfbd7939d674997cdb4692d34de8633c4
77	\N	\N	\N	\N	28dd2c7955ce926456240b2ff0100bde28dd2c7955ce926456240b2ff0100bde	\N	\N	\N	\N	\N	\N	\\x28dd2c7955ce926456240b2ff0100bde
78	\N	\N	\N	\N	35f4a8d465e6e1edc05f3d8ab658c55135f4a8d465e6e1edc05f3d8ab658c55135f4a8d465e6e1edc05f3d8ab658c551	\N	\N	\N	\N	\N	\N	\\x35f4a8d465e6e1edc05f3d8ab658c551
79	\N	\N	\N	\N	d1fe173d08e959397adf34b1d77e88d7d1fe173d08e959397adf34b1d77e88d7d1fe173d08e959397adf34b1d77e88d7d1fe173d08e959397adf34b1d77e88d7	\N	\N	\N	\N	\N	\N	\\xd1fe173d08e959397adf34b1d77e88d7
80	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\xf033ab37c30201f73f142449d037028d
81	\N	\N	\N	\N	43ec517d68b6edd3015b3edc9a11367b	\N	\N	\N	\N	\N	\N	\\x43ec517d68b6edd3015b3edc9a11367b
82	\N	\N	\N	\N	9778d5d219c5080b9a6a17bef029331c9778d5d219c5080b9a6a17bef029331c	\N	\N	\N	\N	\N	\N	\\x9778d5d219c5080b9a6a17bef029331c
83	\N	\N	\N	\N	fe9fc289c3ff0af142b6d3bead98a923fe9fc289c3ff0af142b6d3bead98a923fe9fc289c3ff0af142b6d3bead98a923	\N	\N	\N	\N	\N	\N	\\xfe9fc289c3ff0af142b6d3bead98a923
84	\N	\N	\N	\N	68d30a9594728bc39aa24be94b319d2168d30a9594728bc39aa24be94b319d2168d30a9594728bc39aa24be94b319d2168d30a9594728bc39aa24be94b319d21	\N	\N	\N	\N	\N	\N	\\x68d30a9594728bc39aa24be94b319d21
85	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x3ef815416f775098fe977004015c6193
86	\N	\N	\N	\N	93db85ed909c13838ff95ccfa94cebd9	\N	\N	\N	\N	\N	\N	\\x93db85ed909c13838ff95ccfa94cebd9
87	\N	\N	\N	\N	c7e1249ffc03eb9ded908c236bd1996dc7e1249ffc03eb9ded908c236bd1996d	\N	\N	\N	\N	\N	\N	\\xc7e1249ffc03eb9ded908c236bd1996d
88	\N	\N	\N	\N	2a38a4a9316c49e5a833517c45d310702a38a4a9316c49e5a833517c45d310702a38a4a9316c49e5a833517c45d31070	\N	\N	\N	\N	\N	\N	\\x2a38a4a9316c49e5a833517c45d31070
89	\N	\N	\N	\N	7647966b7343c29048673252e490f7367647966b7343c29048673252e490f7367647966b7343c29048673252e490f7367647966b7343c29048673252e490f736	\N	\N	\N	\N	\N	\N	\\x7647966b7343c29048673252e490f736
90	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x8613985ec49eb8f757ae6439e879bb2a
91	\N	\N	\N	\N	54229abfcfa5649e7003b83dd4755294	\N	\N	\N	\N	\N	\N	\\x54229abfcfa5649e7003b83dd4755294
92	\N	\N	\N	\N	92cc227532d17e56e07902b254dfad1092cc227532d17e56e07902b254dfad10	\N	\N	\N	\N	\N	\N	\\x92cc227532d17e56e07902b254dfad10
93	\N	\N	\N	\N	98dce83da57b0395e163467c9dae521b98dce83da57b0395e163467c9dae521b98dce83da57b0395e163467c9dae521b	\N	\N	\N	\N	\N	\N	\\x98dce83da57b0395e163467c9dae521b
94	\N	\N	\N	\N	f4b9ec30ad9f68f89b29639786cb62eff4b9ec30ad9f68f89b29639786cb62eff4b9ec30ad9f68f89b29639786cb62eff4b9ec30ad9f68f89b29639786cb62ef	\N	\N	\N	\N	\N	\N	\\xf4b9ec30ad9f68f89b29639786cb62ef
95	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x812b4ba287f5ee0bc9d43bbf5bbe87fb
96	\N	\N	\N	\N	26657d5ff9020d2abefe558796b99584	\N	\N	\N	\N	\N	\N	\\x26657d5ff9020d2abefe558796b99584
97	\N	\N	\N	\N	e2ef524fbf3d9fe611d5a8e90fefdc9ce2ef524fbf3d9fe611d5a8e90fefdc9c	\N	\N	\N	\N	\N	\N	\\xe2ef524fbf3d9fe611d5a8e90fefdc9c
98	\N	\N	\N	\N	ed3d2c21991e3bef5e069713af9fa6caed3d2c21991e3bef5e069713af9fa6caed3d2c21991e3bef5e069713af9fa6ca	\N	\N	\N	\N	\N	\N	\\xed3d2c21991e3bef5e069713af9fa6ca
99	\N	\N	\N	\N	ac627ab1ccbdb62ec96e702f07f6425bac627ab1ccbdb62ec96e702f07f6425bac627ab1ccbdb62ec96e702f07f6425bac627ab1ccbdb62ec96e702f07f6425b	\N	\N	\N	\N	\N	\N	\\xac627ab1ccbdb62ec96e702f07f6425b
100	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\xf899139df5e1059396431415e770c6dd
101	\N	\N	\N	\N	38b3eff8baf56627478ec76a704e9b52	\N	\N	\N	\N	\N	\N	\\x38b3eff8baf56627478ec76a704e9b52
102	\N	\N	\N	\N	ec8956637a99787bd197eacd77acce5eec8956637a99787bd197eacd77acce5e	\N	\N	\N	\N	\N	\N	\\xec8956637a99787bd197eacd77acce5e
103	\N	\N	\N	\N	6974ce5ac660610b44d9b9fed0ff95486974ce5ac660610b44d9b9fed0ff95486974ce5ac660610b44d9b9fed0ff9548	\N	\N	\N	\N	\N	\N	\\x6974ce5ac660610b44d9b9fed0ff9548
104	\N	\N	\N	\N	c9e1074f5b3f9fc8ea15d152add07294c9e1074f5b3f9fc8ea15d152add07294c9e1074f5b3f9fc8ea15d152add07294c9e1074f5b3f9fc8ea15d152add07294	\N	\N	\N	\N	\N	\N	\\xc9e1074f5b3f9fc8ea15d152add07294
105	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x65b9eea6e1cc6bb9f0cd2a47751a186f
106	\N	\N	\N	\N	f0935e4cd5920aa6c7c996a5ee53a70f	\N	\N	\N	\N	\N	\N	\\xf0935e4cd5920aa6c7c996a5ee53a70f
107	\N	\N	\N	\N	a97da629b098b75c294dffdc3e463904a97da629b098b75c294dffdc3e463904	\N	\N	\N	\N	\N	\N	\\xa97da629b098b75c294dffdc3e463904
108	\N	\N	\N	\N	a3c65c2974270fd093ee8a9bf8ae7d0ba3c65c2974270fd093ee8a9bf8ae7d0ba3c65c2974270fd093ee8a9bf8ae7d0b	\N	\N	\N	\N	\N	\N	\\xa3c65c2974270fd093ee8a9bf8ae7d0b
109	\N	\N	\N	\N	2723d092b63885e0d7c260cc007e8b9d2723d092b63885e0d7c260cc007e8b9d2723d092b63885e0d7c260cc007e8b9d2723d092b63885e0d7c260cc007e8b9d	\N	\N	\N	\N	\N	\N	\\x2723d092b63885e0d7c260cc007e8b9d
110	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x5f93f983524def3dca464469d2cf9f3e
111	\N	\N	\N	\N	698d51a19d8a121ce581499d7b701668	\N	\N	\N	\N	\N	\N	\\x698d51a19d8a121ce581499d7b701668
112	\N	\N	\N	\N	7f6ffaa6bb0b408017b62254211691b57f6ffaa6bb0b408017b62254211691b5	\N	\N	\N	\N	\N	\N	\\x7f6ffaa6bb0b408017b62254211691b5
113	\N	\N	\N	\N	73278a4a86960eeb576a8fd4c9ec699773278a4a86960eeb576a8fd4c9ec699773278a4a86960eeb576a8fd4c9ec6997	\N	\N	\N	\N	\N	\N	\\x73278a4a86960eeb576a8fd4c9ec6997
114	\N	\N	\N	\N	5fd0b37cd7dbbb00f97ba6ce92bf5add5fd0b37cd7dbbb00f97ba6ce92bf5add5fd0b37cd7dbbb00f97ba6ce92bf5add5fd0b37cd7dbbb00f97ba6ce92bf5add	\N	\N	\N	\N	\N	\N	\\x5fd0b37cd7dbbb00f97ba6ce92bf5add
115	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x2b44928ae11fb9384c4cf38708677c48
116	\N	\N	\N	\N	c45147dee729311ef5b5c3003946c48f	\N	\N	\N	\N	\N	\N	\\xc45147dee729311ef5b5c3003946c48f
117	\N	\N	\N	\N	eb160de1de89d9058fcb0b968dbbbd68eb160de1de89d9058fcb0b968dbbbd68	\N	\N	\N	\N	\N	\N	\\xeb160de1de89d9058fcb0b968dbbbd68
118	\N	\N	\N	\N	5ef059938ba799aaa845e1c2e8a762bd5ef059938ba799aaa845e1c2e8a762bd5ef059938ba799aaa845e1c2e8a762bd	\N	\N	\N	\N	\N	\N	\\x5ef059938ba799aaa845e1c2e8a762bd
119	\N	\N	\N	\N	07e1cd7dca89a1678042477183b7ac3f07e1cd7dca89a1678042477183b7ac3f07e1cd7dca89a1678042477183b7ac3f07e1cd7dca89a1678042477183b7ac3f	\N	\N	\N	\N	\N	\N	\\x07e1cd7dca89a1678042477183b7ac3f
120	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\xda4fb5c6e93e74d3df8527599fa62642
121	\N	\N	\N	\N	4c56ff4ce4aaf9573aa5dff913df997a	\N	\N	\N	\N	\N	\N	\\x4c56ff4ce4aaf9573aa5dff913df997a
122	\N	\N	\N	\N	a0a080f42e6f13b3a2df133f073095dda0a080f42e6f13b3a2df133f073095dd	\N	\N	\N	\N	\N	\N	\\xa0a080f42e6f13b3a2df133f073095dd
123	\N	\N	\N	\N	202cb962ac59075b964b07152d234b70202cb962ac59075b964b07152d234b70202cb962ac59075b964b07152d234b70	\N	\N	\N	\N	\N	\N	\\x202cb962ac59075b964b07152d234b70
124	\N	\N	\N	\N	c8ffe9a587b126f152ed3d89a146b445c8ffe9a587b126f152ed3d89a146b445c8ffe9a587b126f152ed3d89a146b445c8ffe9a587b126f152ed3d89a146b445	\N	\N	\N	\N	\N	\N	\\xc8ffe9a587b126f152ed3d89a146b445
125	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x3def184ad8f4755ff269862ea77393dd
126	\N	\N	\N	\N	069059b7ef840f0c74a814ec9237b6ec	\N	\N	\N	\N	\N	\N	\\x069059b7ef840f0c74a814ec9237b6ec
127	\N	\N	\N	\N	ec5decca5ed3d6b8079e2e7e7bacc9f2ec5decca5ed3d6b8079e2e7e7bacc9f2	\N	\N	\N	\N	\N	\N	\\xec5decca5ed3d6b8079e2e7e7bacc9f2
128	\N	\N	\N	\N	76dc611d6ebaafc66cc0879c71b5db5c76dc611d6ebaafc66cc0879c71b5db5c76dc611d6ebaafc66cc0879c71b5db5c	\N	\N	\N	\N	\N	\N	\\x76dc611d6ebaafc66cc0879c71b5db5c
129	\N	\N	\N	\N	d1f491a404d6854880943e5c3cd9ca25d1f491a404d6854880943e5c3cd9ca25d1f491a404d6854880943e5c3cd9ca25d1f491a404d6854880943e5c3cd9ca25	\N	\N	\N	\N	\N	\N	\\xd1f491a404d6854880943e5c3cd9ca25
130	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x9b8619251a19057cff70779273e95aa6
131	\N	\N	\N	\N	1afa34a7f984eeabdbb0a7d494132ee5	\N	\N	\N	\N	\N	\N	\\x1afa34a7f984eeabdbb0a7d494132ee5
132	\N	\N	\N	\N	65ded5353c5ee48d0b7d48c591b8f43065ded5353c5ee48d0b7d48c591b8f430	\N	\N	\N	\N	\N	\N	\\x65ded5353c5ee48d0b7d48c591b8f430
133	\N	\N	\N	\N	9fc3d7152ba9336a670e36d0ed79bc439fc3d7152ba9336a670e36d0ed79bc439fc3d7152ba9336a670e36d0ed79bc43	\N	\N	\N	\N	\N	\N	\\x9fc3d7152ba9336a670e36d0ed79bc43
134	\N	\N	\N	\N	02522a2b2726fb0a03bb19f2d8d9524d02522a2b2726fb0a03bb19f2d8d9524d02522a2b2726fb0a03bb19f2d8d9524d02522a2b2726fb0a03bb19f2d8d9524d	\N	\N	\N	\N	\N	\N	\\x02522a2b2726fb0a03bb19f2d8d9524d
135	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x7f1de29e6da19d22b51c68001e7e0e54
136	\N	\N	\N	\N	42a0e188f5033bc65bf8d78622277c4e	\N	\N	\N	\N	\N	\N	\\x42a0e188f5033bc65bf8d78622277c4e
137	\N	\N	\N	\N	3988c7f88ebcb58c6ce932b957b6f3323988c7f88ebcb58c6ce932b957b6f332	\N	\N	\N	\N	\N	\N	\\x3988c7f88ebcb58c6ce932b957b6f332
138	\N	\N	\N	\N	013d407166ec4fa56eb1e1f8cbe183b9013d407166ec4fa56eb1e1f8cbe183b9013d407166ec4fa56eb1e1f8cbe183b9	\N	\N	\N	\N	\N	\N	\\x013d407166ec4fa56eb1e1f8cbe183b9
139	\N	\N	\N	\N	e00da03b685a0dd18fb6a08af0923de0e00da03b685a0dd18fb6a08af0923de0e00da03b685a0dd18fb6a08af0923de0e00da03b685a0dd18fb6a08af0923de0	\N	\N	\N	\N	\N	\N	\\xe00da03b685a0dd18fb6a08af0923de0
140	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x1385974ed5904a438616ff7bdb3f7439
141	\N	\N	\N	\N	0f28b5d49b3020afeecd95b4009adf4c	\N	\N	\N	\N	\N	\N	\\x0f28b5d49b3020afeecd95b4009adf4c
142	\N	\N	\N	\N	a8baa56554f96369ab93e4f3bb068c22a8baa56554f96369ab93e4f3bb068c22	\N	\N	\N	\N	\N	\N	\\xa8baa56554f96369ab93e4f3bb068c22
143	\N	\N	\N	\N	903ce9225fca3e988c2af215d4e544d3903ce9225fca3e988c2af215d4e544d3903ce9225fca3e988c2af215d4e544d3	\N	\N	\N	\N	\N	\N	\\x903ce9225fca3e988c2af215d4e544d3
144	\N	\N	\N	\N	0a09c8844ba8f0936c20bd791130d6b60a09c8844ba8f0936c20bd791130d6b60a09c8844ba8f0936c20bd791130d6b60a09c8844ba8f0936c20bd791130d6b6	\N	\N	\N	\N	\N	\N	\\x0a09c8844ba8f0936c20bd791130d6b6
145	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x2b24d495052a8ce66358eb576b8912c8
146	\N	\N	\N	\N	a5e00132373a7031000fd987a3c9f87b	\N	\N	\N	\N	\N	\N	\\xa5e00132373a7031000fd987a3c9f87b
147	\N	\N	\N	\N	8d5e957f297893487bd98fa830fa64138d5e957f297893487bd98fa830fa6413	\N	\N	\N	\N	\N	\N	\\x8d5e957f297893487bd98fa830fa6413
148	\N	\N	\N	\N	47d1e990583c9c67424d369f3414728e47d1e990583c9c67424d369f3414728e47d1e990583c9c67424d369f3414728e	\N	\N	\N	\N	\N	\N	\\x47d1e990583c9c67424d369f3414728e
149	\N	\N	\N	\N	f2217062e9a397a1dca429e7d70bc6caf2217062e9a397a1dca429e7d70bc6caf2217062e9a397a1dca429e7d70bc6caf2217062e9a397a1dca429e7d70bc6ca	\N	\N	\N	\N	\N	\N	\\xf2217062e9a397a1dca429e7d70bc6ca
150	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x7ef605fc8dba5425d6965fbd4c8fbe1f
151	\N	\N	\N	\N	a8f15eda80c50adb0e71943adc8015cf	\N	\N	\N	\N	\N	\N	\\xa8f15eda80c50adb0e71943adc8015cf
152	\N	\N	\N	\N	37a749d808e46495a8da1e5352d03cae37a749d808e46495a8da1e5352d03cae	\N	\N	\N	\N	\N	\N	\\x37a749d808e46495a8da1e5352d03cae
153	\N	\N	\N	\N	b3e3e393c77e35a4a3f3cbd1e429b5dcb3e3e393c77e35a4a3f3cbd1e429b5dcb3e3e393c77e35a4a3f3cbd1e429b5dc	\N	\N	\N	\N	\N	\N	\\xb3e3e393c77e35a4a3f3cbd1e429b5dc
154	\N	\N	\N	\N	1d7f7abc18fcb43975065399b0d1e48e1d7f7abc18fcb43975065399b0d1e48e1d7f7abc18fcb43975065399b0d1e48e1d7f7abc18fcb43975065399b0d1e48e	\N	\N	\N	\N	\N	\N	\\x1d7f7abc18fcb43975065399b0d1e48e
155	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x2a79ea27c279e471f4d180b08d62b00a
156	\N	\N	\N	\N	1c9ac0159c94d8d0cbedc973445af2da	\N	\N	\N	\N	\N	\N	\\x1c9ac0159c94d8d0cbedc973445af2da
157	\N	\N	\N	\N	6c4b761a28b734fe93831e3fb400ce876c4b761a28b734fe93831e3fb400ce87	\N	\N	\N	\N	\N	\N	\\x6c4b761a28b734fe93831e3fb400ce87
158	\N	\N	\N	\N	06409663226af2f3114485aa4e0a23b406409663226af2f3114485aa4e0a23b406409663226af2f3114485aa4e0a23b4	\N	\N	\N	\N	\N	\N	\\x06409663226af2f3114485aa4e0a23b4
159	\N	\N	\N	\N	140f6969d5213fd0ece03148e62e461e140f6969d5213fd0ece03148e62e461e140f6969d5213fd0ece03148e62e461e140f6969d5213fd0ece03148e62e461e	\N	\N	\N	\N	\N	\N	\\x140f6969d5213fd0ece03148e62e461e
160	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\xb73ce398c39f506af761d2277d853a92
161	\N	\N	\N	\N	bd4c9ab730f5513206b999ec0d90d1fb	\N	\N	\N	\N	\N	\N	\\xbd4c9ab730f5513206b999ec0d90d1fb
162	\N	\N	\N	\N	82aa4b0af34c2313a562076992e50aa382aa4b0af34c2313a562076992e50aa3	\N	\N	\N	\N	\N	\N	\\x82aa4b0af34c2313a562076992e50aa3
163	\N	\N	\N	\N	0777d5c17d4066b82ab86dff8a46af6f0777d5c17d4066b82ab86dff8a46af6f0777d5c17d4066b82ab86dff8a46af6f	\N	\N	\N	\N	\N	\N	\\x0777d5c17d4066b82ab86dff8a46af6f
164	\N	\N	\N	\N	fa7cdfad1a5aaf8370ebeda47a1ff1c3fa7cdfad1a5aaf8370ebeda47a1ff1c3fa7cdfad1a5aaf8370ebeda47a1ff1c3fa7cdfad1a5aaf8370ebeda47a1ff1c3	\N	\N	\N	\N	\N	\N	\\xfa7cdfad1a5aaf8370ebeda47a1ff1c3
165	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x9766527f2b5d3e95d4a733fcfb77bd7e
166	\N	\N	\N	\N	7e7757b1e12abcb736ab9a754ffb617a	\N	\N	\N	\N	\N	\N	\\x7e7757b1e12abcb736ab9a754ffb617a
167	\N	\N	\N	\N	5878a7ab84fb43402106c575658472fa5878a7ab84fb43402106c575658472fa	\N	\N	\N	\N	\N	\N	\\x5878a7ab84fb43402106c575658472fa
168	\N	\N	\N	\N	006f52e9102a8d3be2fe5614f42ba989006f52e9102a8d3be2fe5614f42ba989006f52e9102a8d3be2fe5614f42ba989	\N	\N	\N	\N	\N	\N	\\x006f52e9102a8d3be2fe5614f42ba989
169	\N	\N	\N	\N	3636638817772e42b59d74cff571fbb33636638817772e42b59d74cff571fbb33636638817772e42b59d74cff571fbb33636638817772e42b59d74cff571fbb3	\N	\N	\N	\N	\N	\N	\\x3636638817772e42b59d74cff571fbb3
170	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x149e9677a5989fd342ae44213df68868
171	\N	\N	\N	\N	a4a042cf4fd6bfb47701cbc8a1653ada	\N	\N	\N	\N	\N	\N	\\xa4a042cf4fd6bfb47701cbc8a1653ada
172	\N	\N	\N	\N	1ff8a7b5dc7a7d1f0ed65aaa29c04b1e1ff8a7b5dc7a7d1f0ed65aaa29c04b1e	\N	\N	\N	\N	\N	\N	\\x1ff8a7b5dc7a7d1f0ed65aaa29c04b1e
173	\N	\N	\N	\N	f7e6c85504ce6e82442c770f7c8606f0f7e6c85504ce6e82442c770f7c8606f0f7e6c85504ce6e82442c770f7c8606f0	\N	\N	\N	\N	\N	\N	\\xf7e6c85504ce6e82442c770f7c8606f0
174	\N	\N	\N	\N	bf8229696f7a3bb4700cfddef19fa23fbf8229696f7a3bb4700cfddef19fa23fbf8229696f7a3bb4700cfddef19fa23fbf8229696f7a3bb4700cfddef19fa23f	\N	\N	\N	\N	\N	\N	\\xbf8229696f7a3bb4700cfddef19fa23f
175	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x82161242827b703e6acf9c726942a1e4
176	\N	\N	\N	\N	38af86134b65d0f10fe33d30dd76442e	\N	\N	\N	\N	\N	\N	\\x38af86134b65d0f10fe33d30dd76442e
177	\N	\N	\N	\N	96da2f590cd7246bbde0051047b0d6f796da2f590cd7246bbde0051047b0d6f7	\N	\N	\N	\N	\N	\N	\\x96da2f590cd7246bbde0051047b0d6f7
178	\N	\N	\N	\N	8f85517967795eeef66c225f7883bdcb8f85517967795eeef66c225f7883bdcb8f85517967795eeef66c225f7883bdcb	\N	\N	\N	\N	\N	\N	\\x8f85517967795eeef66c225f7883bdcb
179	\N	\N	\N	\N	8f53295a73878494e9bc8dd6c3c7104f8f53295a73878494e9bc8dd6c3c7104f8f53295a73878494e9bc8dd6c3c7104f8f53295a73878494e9bc8dd6c3c7104f	\N	\N	\N	\N	\N	\N	\\x8f53295a73878494e9bc8dd6c3c7104f
180	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x045117b0e0a11a242b9765e79cbf113f
181	\N	\N	\N	\N	fc221309746013ac554571fbd180e1c8	\N	\N	\N	\N	\N	\N	\\xfc221309746013ac554571fbd180e1c8
182	\N	\N	\N	\N	4c5bde74a8f110656874902f073780094c5bde74a8f110656874902f07378009	\N	\N	\N	\N	\N	\N	\\x4c5bde74a8f110656874902f07378009
183	\N	\N	\N	\N	cedebb6e872f539bef8c3f919874e9d7cedebb6e872f539bef8c3f919874e9d7cedebb6e872f539bef8c3f919874e9d7	\N	\N	\N	\N	\N	\N	\\xcedebb6e872f539bef8c3f919874e9d7
184	\N	\N	\N	\N	6cdd60ea0045eb7a6ec44c54d29ed4026cdd60ea0045eb7a6ec44c54d29ed4026cdd60ea0045eb7a6ec44c54d29ed4026cdd60ea0045eb7a6ec44c54d29ed402	\N	\N	\N	\N	\N	\N	\\x6cdd60ea0045eb7a6ec44c54d29ed402
185	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\xeecca5b6365d9607ee5a9d336962c534
186	\N	\N	\N	\N	9872ed9fc22fc182d371c3e9ed316094	\N	\N	\N	\N	\N	\N	\\x9872ed9fc22fc182d371c3e9ed316094
187	\N	\N	\N	\N	31fefc0e570cb3860f2a6d4b38c6490d31fefc0e570cb3860f2a6d4b38c6490d	\N	\N	\N	\N	\N	\N	\\x31fefc0e570cb3860f2a6d4b38c6490d
188	\N	\N	\N	\N	9dcb88e0137649590b755372b040afad9dcb88e0137649590b755372b040afad9dcb88e0137649590b755372b040afad	\N	\N	\N	\N	\N	\N	\\x9dcb88e0137649590b755372b040afad
189	\N	\N	\N	\N	a2557a7b2e94197ff767970b67041697a2557a7b2e94197ff767970b67041697a2557a7b2e94197ff767970b67041697a2557a7b2e94197ff767970b67041697	\N	\N	\N	\N	\N	\N	\\xa2557a7b2e94197ff767970b67041697
190	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\xcfecdb276f634854f3ef915e2e980c31
191	\N	\N	\N	\N	0aa1883c6411f7873cb83dacb17b0afc	\N	\N	\N	\N	\N	\N	\\x0aa1883c6411f7873cb83dacb17b0afc
192	\N	\N	\N	\N	58a2fc6ed39fd083f55d4182bf88826d58a2fc6ed39fd083f55d4182bf88826d	\N	\N	\N	\N	\N	\N	\\x58a2fc6ed39fd083f55d4182bf88826d
193	\N	\N	\N	\N	bd686fd640be98efaae0091fa301e613bd686fd640be98efaae0091fa301e613bd686fd640be98efaae0091fa301e613	\N	\N	\N	\N	\N	\N	\\xbd686fd640be98efaae0091fa301e613
194	\N	\N	\N	\N	a597e50502f5ff68e3e25b9114205d4aa597e50502f5ff68e3e25b9114205d4aa597e50502f5ff68e3e25b9114205d4aa597e50502f5ff68e3e25b9114205d4a	\N	\N	\N	\N	\N	\N	\\xa597e50502f5ff68e3e25b9114205d4a
195	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x0336dcbab05b9d5ad24f4333c7658a0e
196	\N	\N	\N	\N	084b6fbb10729ed4da8c3d3f5a3ae7c9	\N	\N	\N	\N	\N	\N	\\x084b6fbb10729ed4da8c3d3f5a3ae7c9
197	\N	\N	\N	\N	85d8ce590ad8981ca2c8286f79f5995485d8ce590ad8981ca2c8286f79f59954	\N	\N	\N	\N	\N	\N	\\x85d8ce590ad8981ca2c8286f79f59954
198	\N	\N	\N	\N	0e65972dce68dad4d52d063967f0a7050e65972dce68dad4d52d063967f0a7050e65972dce68dad4d52d063967f0a705	\N	\N	\N	\N	\N	\N	\\x0e65972dce68dad4d52d063967f0a705
199	\N	\N	\N	\N	84d9ee44e457ddef7f2c4f25dc8fa86584d9ee44e457ddef7f2c4f25dc8fa86584d9ee44e457ddef7f2c4f25dc8fa86584d9ee44e457ddef7f2c4f25dc8fa865	\N	\N	\N	\N	\N	\N	\\x84d9ee44e457ddef7f2c4f25dc8fa865
200	\N	\N	\N	\N		\N	\N	\N	\N	\N	\N	\\x3644a684f98ea8fe223c713b77189a77
1000	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff
\.


--
-- Data for Name: times; Type: TABLE DATA; Schema: typed; Owner: postgres
--

COPY typed.times (id, ts, ts3, tstz, tstz0, dt, tm, tm2, ttz, iv, iv_ym, iv_s) FROM stdin;
1	2024-02-29 23:59:59.999999	2024-02-29 23:59:59.123	2024-02-29 18:29:59.999999+00	2000-01-01 07:59:59+00	2024-02-29	23:59:59.999999	12:34:56.78	04:05:06.789+03:30	1 year 2 mons 3 days 04:05:06.789	5 years 11 mons	00:00:12.345
2	infinity	-infinity	infinity	-infinity	infinity	00:00:00	24:00:00	00:00:00+14	-1 days +02:03:04	-3 mons	00:00:00
3	4713-01-01 00:00:00 BC	294276-12-31 23:59:59	1970-01-01 00:00:00+00	\N	0001-01-01 BC	\N	\N	23:59:59.999999-14	178000000 years	\N	-00:00:00.001
4	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N
5	2020-01-01 03:06:06.25	\N	2020-01-06 05:00:00+00	\N	2020-01-06	\N	\N	\N	00:00:05	\N	\N
6	2020-01-01 03:43:19.5	\N	2020-01-07 06:00:00+00	\N	2020-01-07	\N	\N	\N	00:00:06	\N	\N
7	2020-01-01 04:20:32.75	\N	2020-01-08 07:00:00+00	\N	2020-01-08	\N	\N	\N	00:00:07	\N	\N
8	2020-01-01 04:57:46	\N	2020-01-09 08:00:00+00	\N	2020-01-09	\N	\N	\N	00:00:08	\N	\N
9	2020-01-01 05:34:59.25	\N	2020-01-10 09:00:00+00	\N	2020-01-10	\N	\N	\N	00:00:09	\N	\N
10	2020-01-01 06:12:12.5	\N	2020-01-11 10:00:00+00	\N	2020-01-11	\N	\N	\N	00:00:10	\N	\N
11	2020-01-01 06:49:25.75	\N	2020-01-12 11:00:00+00	\N	2020-01-12	\N	\N	\N	00:00:11	\N	\N
12	2020-01-01 07:26:39	\N	2020-01-13 12:00:00+00	\N	2020-01-13	\N	\N	\N	00:00:12	\N	\N
13	2020-01-01 08:03:52.25	\N	2020-01-14 13:00:00+00	\N	2020-01-14	\N	\N	\N	00:00:13	\N	\N
14	2020-01-01 08:41:05.5	\N	2020-01-15 14:00:00+00	\N	2020-01-15	\N	\N	\N	00:00:14	\N	\N
15	2020-01-01 09:18:18.75	\N	2020-01-16 15:00:00+00	\N	2020-01-16	\N	\N	\N	00:00:15	\N	\N
16	2020-01-01 09:55:32	\N	2020-01-17 16:00:00+00	\N	2020-01-17	\N	\N	\N	00:00:16	\N	\N
17	2020-01-01 10:32:45.25	\N	2020-01-18 17:00:00+00	\N	2020-01-18	\N	\N	\N	00:00:17	\N	\N
18	2020-01-01 11:09:58.5	\N	2020-01-19 18:00:00+00	\N	2020-01-19	\N	\N	\N	00:00:18	\N	\N
19	2020-01-01 11:47:11.75	\N	2020-01-20 19:00:00+00	\N	2020-01-20	\N	\N	\N	00:00:19	\N	\N
20	2020-01-01 12:24:25	\N	2020-01-21 20:00:00+00	\N	2020-01-21	\N	\N	\N	00:00:20	\N	\N
21	2020-01-01 13:01:38.25	\N	2020-01-22 21:00:00+00	\N	2020-01-22	\N	\N	\N	00:00:21	\N	\N
22	2020-01-01 13:38:51.5	\N	2020-01-23 22:00:00+00	\N	2020-01-23	\N	\N	\N	00:00:22	\N	\N
23	2020-01-01 14:16:04.75	\N	2020-01-24 23:00:00+00	\N	2020-01-24	\N	\N	\N	00:00:23	\N	\N
24	2020-01-01 14:53:18	\N	2020-01-26 00:00:00+00	\N	2020-01-25	\N	\N	\N	00:00:24	\N	\N
25	2020-01-01 15:30:31.25	\N	2020-01-27 01:00:00+00	\N	2020-01-26	\N	\N	\N	00:00:25	\N	\N
26	2020-01-01 16:07:44.5	\N	2020-01-28 02:00:00+00	\N	2020-01-27	\N	\N	\N	00:00:26	\N	\N
27	2020-01-01 16:44:57.75	\N	2020-01-29 03:00:00+00	\N	2020-01-28	\N	\N	\N	00:00:27	\N	\N
28	2020-01-01 17:22:11	\N	2020-01-30 04:00:00+00	\N	2020-01-29	\N	\N	\N	00:00:28	\N	\N
29	2020-01-01 17:59:24.25	\N	2020-01-31 05:00:00+00	\N	2020-01-30	\N	\N	\N	00:00:29	\N	\N
30	2020-01-01 18:36:37.5	\N	2020-02-01 06:00:00+00	\N	2020-01-31	\N	\N	\N	00:00:30	\N	\N
31	2020-01-01 19:13:50.75	\N	2020-02-02 07:00:00+00	\N	2020-02-01	\N	\N	\N	00:00:31	\N	\N
32	2020-01-01 19:51:04	\N	2020-02-03 08:00:00+00	\N	2020-02-02	\N	\N	\N	00:00:32	\N	\N
33	2020-01-01 20:28:17.25	\N	2020-02-04 09:00:00+00	\N	2020-02-03	\N	\N	\N	00:00:33	\N	\N
34	2020-01-01 21:05:30.5	\N	2020-02-05 10:00:00+00	\N	2020-02-04	\N	\N	\N	00:00:34	\N	\N
35	2020-01-01 21:42:43.75	\N	2020-02-06 11:00:00+00	\N	2020-02-05	\N	\N	\N	00:00:35	\N	\N
36	2020-01-01 22:19:57	\N	2020-02-07 12:00:00+00	\N	2020-02-06	\N	\N	\N	00:00:36	\N	\N
37	2020-01-01 22:57:10.25	\N	2020-02-08 13:00:00+00	\N	2020-02-07	\N	\N	\N	00:00:37	\N	\N
38	2020-01-01 23:34:23.5	\N	2020-02-09 14:00:00+00	\N	2020-02-08	\N	\N	\N	00:00:38	\N	\N
39	2020-01-02 00:11:36.75	\N	2020-02-10 15:00:00+00	\N	2020-02-09	\N	\N	\N	00:00:39	\N	\N
40	2020-01-02 00:48:50	\N	2020-02-11 16:00:00+00	\N	2020-02-10	\N	\N	\N	00:00:40	\N	\N
41	2020-01-02 01:26:03.25	\N	2020-02-12 17:00:00+00	\N	2020-02-11	\N	\N	\N	00:00:41	\N	\N
42	2020-01-02 02:03:16.5	\N	2020-02-13 18:00:00+00	\N	2020-02-12	\N	\N	\N	00:00:42	\N	\N
43	2020-01-02 02:40:29.75	\N	2020-02-14 19:00:00+00	\N	2020-02-13	\N	\N	\N	00:00:43	\N	\N
44	2020-01-02 03:17:43	\N	2020-02-15 20:00:00+00	\N	2020-02-14	\N	\N	\N	00:00:44	\N	\N
45	2020-01-02 03:54:56.25	\N	2020-02-16 21:00:00+00	\N	2020-02-15	\N	\N	\N	00:00:45	\N	\N
46	2020-01-02 04:32:09.5	\N	2020-02-17 22:00:00+00	\N	2020-02-16	\N	\N	\N	00:00:46	\N	\N
47	2020-01-02 05:09:22.75	\N	2020-02-18 23:00:00+00	\N	2020-02-17	\N	\N	\N	00:00:47	\N	\N
48	2020-01-02 05:46:36	\N	2020-02-20 00:00:00+00	\N	2020-02-18	\N	\N	\N	00:00:48	\N	\N
49	2020-01-02 06:23:49.25	\N	2020-02-21 01:00:00+00	\N	2020-02-19	\N	\N	\N	00:00:49	\N	\N
50	2020-01-02 07:01:02.5	\N	2020-02-22 02:00:00+00	\N	2020-02-20	\N	\N	\N	00:00:50	\N	\N
51	2020-01-02 07:38:15.75	\N	2020-02-23 03:00:00+00	\N	2020-02-21	\N	\N	\N	00:00:51	\N	\N
52	2020-01-02 08:15:29	\N	2020-02-24 04:00:00+00	\N	2020-02-22	\N	\N	\N	00:00:52	\N	\N
53	2020-01-02 08:52:42.25	\N	2020-02-25 05:00:00+00	\N	2020-02-23	\N	\N	\N	00:00:53	\N	\N
54	2020-01-02 09:29:55.5	\N	2020-02-26 06:00:00+00	\N	2020-02-24	\N	\N	\N	00:00:54	\N	\N
55	2020-01-02 10:07:08.75	\N	2020-02-27 07:00:00+00	\N	2020-02-25	\N	\N	\N	00:00:55	\N	\N
56	2020-01-02 10:44:22	\N	2020-02-28 08:00:00+00	\N	2020-02-26	\N	\N	\N	00:00:56	\N	\N
57	2020-01-02 11:21:35.25	\N	2020-02-29 09:00:00+00	\N	2020-02-27	\N	\N	\N	00:00:57	\N	\N
58	2020-01-02 11:58:48.5	\N	2020-03-01 10:00:00+00	\N	2020-02-28	\N	\N	\N	00:00:58	\N	\N
59	2020-01-02 12:36:01.75	\N	2020-03-02 11:00:00+00	\N	2020-02-29	\N	\N	\N	00:00:59	\N	\N
60	2020-01-02 13:13:15	\N	2020-03-03 12:00:00+00	\N	2020-03-01	\N	\N	\N	00:01:00	\N	\N
61	2020-01-02 13:50:28.25	\N	2020-03-04 13:00:00+00	\N	2020-03-02	\N	\N	\N	00:01:01	\N	\N
62	2020-01-02 14:27:41.5	\N	2020-03-05 14:00:00+00	\N	2020-03-03	\N	\N	\N	00:01:02	\N	\N
63	2020-01-02 15:04:54.75	\N	2020-03-06 15:00:00+00	\N	2020-03-04	\N	\N	\N	00:01:03	\N	\N
64	2020-01-02 15:42:08	\N	2020-03-07 16:00:00+00	\N	2020-03-05	\N	\N	\N	00:01:04	\N	\N
65	2020-01-02 16:19:21.25	\N	2020-03-08 17:00:00+00	\N	2020-03-06	\N	\N	\N	00:01:05	\N	\N
66	2020-01-02 16:56:34.5	\N	2020-03-09 18:00:00+00	\N	2020-03-07	\N	\N	\N	00:01:06	\N	\N
67	2020-01-02 17:33:47.75	\N	2020-03-10 19:00:00+00	\N	2020-03-08	\N	\N	\N	00:01:07	\N	\N
68	2020-01-02 18:11:01	\N	2020-03-11 20:00:00+00	\N	2020-03-09	\N	\N	\N	00:01:08	\N	\N
69	2020-01-02 18:48:14.25	\N	2020-03-12 21:00:00+00	\N	2020-03-10	\N	\N	\N	00:01:09	\N	\N
70	2020-01-02 19:25:27.5	\N	2020-03-13 22:00:00+00	\N	2020-03-11	\N	\N	\N	00:01:10	\N	\N
71	2020-01-02 20:02:40.75	\N	2020-03-14 23:00:00+00	\N	2020-03-12	\N	\N	\N	00:01:11	\N	\N
72	2020-01-02 20:39:54	\N	2020-03-16 00:00:00+00	\N	2020-03-13	\N	\N	\N	00:01:12	\N	\N
73	2020-01-02 21:17:07.25	\N	2020-03-17 01:00:00+00	\N	2020-03-14	\N	\N	\N	00:01:13	\N	\N
74	2020-01-02 21:54:20.5	\N	2020-03-18 02:00:00+00	\N	2020-03-15	\N	\N	\N	00:01:14	\N	\N
75	2020-01-02 22:31:33.75	\N	2020-03-19 03:00:00+00	\N	2020-03-16	\N	\N	\N	00:01:15	\N	\N
76	2020-01-02 23:08:47	\N	2020-03-20 04:00:00+00	\N	2020-03-17	\N	\N	\N	00:01:16	\N	\N
77	2020-01-02 23:46:00.25	\N	2020-03-21 05:00:00+00	\N	2020-03-18	\N	\N	\N	00:01:17	\N	\N
78	2020-01-03 00:23:13.5	\N	2020-03-22 06:00:00+00	\N	2020-03-19	\N	\N	\N	00:01:18	\N	\N
79	2020-01-03 01:00:26.75	\N	2020-03-23 07:00:00+00	\N	2020-03-20	\N	\N	\N	00:01:19	\N	\N
80	2020-01-03 01:37:40	\N	2020-03-24 08:00:00+00	\N	2020-03-21	\N	\N	\N	00:01:20	\N	\N
81	2020-01-03 02:14:53.25	\N	2020-03-25 09:00:00+00	\N	2020-03-22	\N	\N	\N	00:01:21	\N	\N
82	2020-01-03 02:52:06.5	\N	2020-03-26 10:00:00+00	\N	2020-03-23	\N	\N	\N	00:01:22	\N	\N
83	2020-01-03 03:29:19.75	\N	2020-03-27 11:00:00+00	\N	2020-03-24	\N	\N	\N	00:01:23	\N	\N
84	2020-01-03 04:06:33	\N	2020-03-28 12:00:00+00	\N	2020-03-25	\N	\N	\N	00:01:24	\N	\N
85	2020-01-03 04:43:46.25	\N	2020-03-29 13:00:00+00	\N	2020-03-26	\N	\N	\N	00:01:25	\N	\N
86	2020-01-03 05:20:59.5	\N	2020-03-30 14:00:00+00	\N	2020-03-27	\N	\N	\N	00:01:26	\N	\N
87	2020-01-03 05:58:12.75	\N	2020-03-31 15:00:00+00	\N	2020-03-28	\N	\N	\N	00:01:27	\N	\N
88	2020-01-03 06:35:26	\N	2020-04-01 16:00:00+00	\N	2020-03-29	\N	\N	\N	00:01:28	\N	\N
89	2020-01-03 07:12:39.25	\N	2020-04-02 17:00:00+00	\N	2020-03-30	\N	\N	\N	00:01:29	\N	\N
90	2020-01-03 07:49:52.5	\N	2020-04-03 18:00:00+00	\N	2020-03-31	\N	\N	\N	00:01:30	\N	\N
91	2020-01-03 08:27:05.75	\N	2020-04-04 19:00:00+00	\N	2020-04-01	\N	\N	\N	00:01:31	\N	\N
92	2020-01-03 09:04:19	\N	2020-04-05 20:00:00+00	\N	2020-04-02	\N	\N	\N	00:01:32	\N	\N
93	2020-01-03 09:41:32.25	\N	2020-04-06 21:00:00+00	\N	2020-04-03	\N	\N	\N	00:01:33	\N	\N
94	2020-01-03 10:18:45.5	\N	2020-04-07 22:00:00+00	\N	2020-04-04	\N	\N	\N	00:01:34	\N	\N
95	2020-01-03 10:55:58.75	\N	2020-04-08 23:00:00+00	\N	2020-04-05	\N	\N	\N	00:01:35	\N	\N
96	2020-01-03 11:33:12	\N	2020-04-10 00:00:00+00	\N	2020-04-06	\N	\N	\N	00:01:36	\N	\N
97	2020-01-03 12:10:25.25	\N	2020-04-11 01:00:00+00	\N	2020-04-07	\N	\N	\N	00:01:37	\N	\N
98	2020-01-03 12:47:38.5	\N	2020-04-12 02:00:00+00	\N	2020-04-08	\N	\N	\N	00:01:38	\N	\N
99	2020-01-03 13:24:51.75	\N	2020-04-13 03:00:00+00	\N	2020-04-09	\N	\N	\N	00:01:39	\N	\N
100	2020-01-03 14:02:05	\N	2020-04-14 04:00:00+00	\N	2020-04-10	\N	\N	\N	00:01:40	\N	\N
101	2020-01-03 14:39:18.25	\N	2020-04-15 05:00:00+00	\N	2020-04-11	\N	\N	\N	00:01:41	\N	\N
102	2020-01-03 15:16:31.5	\N	2020-04-16 06:00:00+00	\N	2020-04-12	\N	\N	\N	00:01:42	\N	\N
103	2020-01-03 15:53:44.75	\N	2020-04-17 07:00:00+00	\N	2020-04-13	\N	\N	\N	00:01:43	\N	\N
104	2020-01-03 16:30:58	\N	2020-04-18 08:00:00+00	\N	2020-04-14	\N	\N	\N	00:01:44	\N	\N
105	2020-01-03 17:08:11.25	\N	2020-04-19 09:00:00+00	\N	2020-04-15	\N	\N	\N	00:01:45	\N	\N
106	2020-01-03 17:45:24.5	\N	2020-04-20 10:00:00+00	\N	2020-04-16	\N	\N	\N	00:01:46	\N	\N
107	2020-01-03 18:22:37.75	\N	2020-04-21 11:00:00+00	\N	2020-04-17	\N	\N	\N	00:01:47	\N	\N
108	2020-01-03 18:59:51	\N	2020-04-22 12:00:00+00	\N	2020-04-18	\N	\N	\N	00:01:48	\N	\N
109	2020-01-03 19:37:04.25	\N	2020-04-23 13:00:00+00	\N	2020-04-19	\N	\N	\N	00:01:49	\N	\N
110	2020-01-03 20:14:17.5	\N	2020-04-24 14:00:00+00	\N	2020-04-20	\N	\N	\N	00:01:50	\N	\N
111	2020-01-03 20:51:30.75	\N	2020-04-25 15:00:00+00	\N	2020-04-21	\N	\N	\N	00:01:51	\N	\N
112	2020-01-03 21:28:44	\N	2020-04-26 16:00:00+00	\N	2020-04-22	\N	\N	\N	00:01:52	\N	\N
113	2020-01-03 22:05:57.25	\N	2020-04-27 17:00:00+00	\N	2020-04-23	\N	\N	\N	00:01:53	\N	\N
114	2020-01-03 22:43:10.5	\N	2020-04-28 18:00:00+00	\N	2020-04-24	\N	\N	\N	00:01:54	\N	\N
115	2020-01-03 23:20:23.75	\N	2020-04-29 19:00:00+00	\N	2020-04-25	\N	\N	\N	00:01:55	\N	\N
116	2020-01-03 23:57:37	\N	2020-04-30 20:00:00+00	\N	2020-04-26	\N	\N	\N	00:01:56	\N	\N
117	2020-01-04 00:34:50.25	\N	2020-05-01 21:00:00+00	\N	2020-04-27	\N	\N	\N	00:01:57	\N	\N
118	2020-01-04 01:12:03.5	\N	2020-05-02 22:00:00+00	\N	2020-04-28	\N	\N	\N	00:01:58	\N	\N
119	2020-01-04 01:49:16.75	\N	2020-05-03 23:00:00+00	\N	2020-04-29	\N	\N	\N	00:01:59	\N	\N
120	2020-01-04 02:26:30	\N	2020-05-05 00:00:00+00	\N	2020-04-30	\N	\N	\N	00:02:00	\N	\N
121	2020-01-04 03:03:43.25	\N	2020-05-06 01:00:00+00	\N	2020-05-01	\N	\N	\N	00:02:01	\N	\N
122	2020-01-04 03:40:56.5	\N	2020-05-07 02:00:00+00	\N	2020-05-02	\N	\N	\N	00:02:02	\N	\N
123	2020-01-04 04:18:09.75	\N	2020-05-08 03:00:00+00	\N	2020-05-03	\N	\N	\N	00:02:03	\N	\N
124	2020-01-04 04:55:23	\N	2020-05-09 04:00:00+00	\N	2020-05-04	\N	\N	\N	00:02:04	\N	\N
125	2020-01-04 05:32:36.25	\N	2020-05-10 05:00:00+00	\N	2020-05-05	\N	\N	\N	00:02:05	\N	\N
126	2020-01-04 06:09:49.5	\N	2020-05-11 06:00:00+00	\N	2020-05-06	\N	\N	\N	00:02:06	\N	\N
127	2020-01-04 06:47:02.75	\N	2020-05-12 07:00:00+00	\N	2020-05-07	\N	\N	\N	00:02:07	\N	\N
128	2020-01-04 07:24:16	\N	2020-05-13 08:00:00+00	\N	2020-05-08	\N	\N	\N	00:02:08	\N	\N
129	2020-01-04 08:01:29.25	\N	2020-05-14 09:00:00+00	\N	2020-05-09	\N	\N	\N	00:02:09	\N	\N
130	2020-01-04 08:38:42.5	\N	2020-05-15 10:00:00+00	\N	2020-05-10	\N	\N	\N	00:02:10	\N	\N
131	2020-01-04 09:15:55.75	\N	2020-05-16 11:00:00+00	\N	2020-05-11	\N	\N	\N	00:02:11	\N	\N
132	2020-01-04 09:53:09	\N	2020-05-17 12:00:00+00	\N	2020-05-12	\N	\N	\N	00:02:12	\N	\N
133	2020-01-04 10:30:22.25	\N	2020-05-18 13:00:00+00	\N	2020-05-13	\N	\N	\N	00:02:13	\N	\N
134	2020-01-04 11:07:35.5	\N	2020-05-19 14:00:00+00	\N	2020-05-14	\N	\N	\N	00:02:14	\N	\N
135	2020-01-04 11:44:48.75	\N	2020-05-20 15:00:00+00	\N	2020-05-15	\N	\N	\N	00:02:15	\N	\N
136	2020-01-04 12:22:02	\N	2020-05-21 16:00:00+00	\N	2020-05-16	\N	\N	\N	00:02:16	\N	\N
137	2020-01-04 12:59:15.25	\N	2020-05-22 17:00:00+00	\N	2020-05-17	\N	\N	\N	00:02:17	\N	\N
138	2020-01-04 13:36:28.5	\N	2020-05-23 18:00:00+00	\N	2020-05-18	\N	\N	\N	00:02:18	\N	\N
139	2020-01-04 14:13:41.75	\N	2020-05-24 19:00:00+00	\N	2020-05-19	\N	\N	\N	00:02:19	\N	\N
140	2020-01-04 14:50:55	\N	2020-05-25 20:00:00+00	\N	2020-05-20	\N	\N	\N	00:02:20	\N	\N
141	2020-01-04 15:28:08.25	\N	2020-05-26 21:00:00+00	\N	2020-05-21	\N	\N	\N	00:02:21	\N	\N
142	2020-01-04 16:05:21.5	\N	2020-05-27 22:00:00+00	\N	2020-05-22	\N	\N	\N	00:02:22	\N	\N
143	2020-01-04 16:42:34.75	\N	2020-05-28 23:00:00+00	\N	2020-05-23	\N	\N	\N	00:02:23	\N	\N
144	2020-01-04 17:19:48	\N	2020-05-30 00:00:00+00	\N	2020-05-24	\N	\N	\N	00:02:24	\N	\N
145	2020-01-04 17:57:01.25	\N	2020-05-31 01:00:00+00	\N	2020-05-25	\N	\N	\N	00:02:25	\N	\N
146	2020-01-04 18:34:14.5	\N	2020-06-01 02:00:00+00	\N	2020-05-26	\N	\N	\N	00:02:26	\N	\N
147	2020-01-04 19:11:27.75	\N	2020-06-02 03:00:00+00	\N	2020-05-27	\N	\N	\N	00:02:27	\N	\N
148	2020-01-04 19:48:41	\N	2020-06-03 04:00:00+00	\N	2020-05-28	\N	\N	\N	00:02:28	\N	\N
149	2020-01-04 20:25:54.25	\N	2020-06-04 05:00:00+00	\N	2020-05-29	\N	\N	\N	00:02:29	\N	\N
150	2020-01-04 21:03:07.5	\N	2020-06-05 06:00:00+00	\N	2020-05-30	\N	\N	\N	00:02:30	\N	\N
151	2020-01-04 21:40:20.75	\N	2020-06-06 07:00:00+00	\N	2020-05-31	\N	\N	\N	00:02:31	\N	\N
152	2020-01-04 22:17:34	\N	2020-06-07 08:00:00+00	\N	2020-06-01	\N	\N	\N	00:02:32	\N	\N
153	2020-01-04 22:54:47.25	\N	2020-06-08 09:00:00+00	\N	2020-06-02	\N	\N	\N	00:02:33	\N	\N
154	2020-01-04 23:32:00.5	\N	2020-06-09 10:00:00+00	\N	2020-06-03	\N	\N	\N	00:02:34	\N	\N
155	2020-01-05 00:09:13.75	\N	2020-06-10 11:00:00+00	\N	2020-06-04	\N	\N	\N	00:02:35	\N	\N
156	2020-01-05 00:46:27	\N	2020-06-11 12:00:00+00	\N	2020-06-05	\N	\N	\N	00:02:36	\N	\N
157	2020-01-05 01:23:40.25	\N	2020-06-12 13:00:00+00	\N	2020-06-06	\N	\N	\N	00:02:37	\N	\N
158	2020-01-05 02:00:53.5	\N	2020-06-13 14:00:00+00	\N	2020-06-07	\N	\N	\N	00:02:38	\N	\N
159	2020-01-05 02:38:06.75	\N	2020-06-14 15:00:00+00	\N	2020-06-08	\N	\N	\N	00:02:39	\N	\N
160	2020-01-05 03:15:20	\N	2020-06-15 16:00:00+00	\N	2020-06-09	\N	\N	\N	00:02:40	\N	\N
161	2020-01-05 03:52:33.25	\N	2020-06-16 17:00:00+00	\N	2020-06-10	\N	\N	\N	00:02:41	\N	\N
162	2020-01-05 04:29:46.5	\N	2020-06-17 18:00:00+00	\N	2020-06-11	\N	\N	\N	00:02:42	\N	\N
163	2020-01-05 05:06:59.75	\N	2020-06-18 19:00:00+00	\N	2020-06-12	\N	\N	\N	00:02:43	\N	\N
164	2020-01-05 05:44:13	\N	2020-06-19 20:00:00+00	\N	2020-06-13	\N	\N	\N	00:02:44	\N	\N
165	2020-01-05 06:21:26.25	\N	2020-06-20 21:00:00+00	\N	2020-06-14	\N	\N	\N	00:02:45	\N	\N
166	2020-01-05 06:58:39.5	\N	2020-06-21 22:00:00+00	\N	2020-06-15	\N	\N	\N	00:02:46	\N	\N
167	2020-01-05 07:35:52.75	\N	2020-06-22 23:00:00+00	\N	2020-06-16	\N	\N	\N	00:02:47	\N	\N
168	2020-01-05 08:13:06	\N	2020-06-24 00:00:00+00	\N	2020-06-17	\N	\N	\N	00:02:48	\N	\N
169	2020-01-05 08:50:19.25	\N	2020-06-25 01:00:00+00	\N	2020-06-18	\N	\N	\N	00:02:49	\N	\N
170	2020-01-05 09:27:32.5	\N	2020-06-26 02:00:00+00	\N	2020-06-19	\N	\N	\N	00:02:50	\N	\N
171	2020-01-05 10:04:45.75	\N	2020-06-27 03:00:00+00	\N	2020-06-20	\N	\N	\N	00:02:51	\N	\N
172	2020-01-05 10:41:59	\N	2020-06-28 04:00:00+00	\N	2020-06-21	\N	\N	\N	00:02:52	\N	\N
173	2020-01-05 11:19:12.25	\N	2020-06-29 05:00:00+00	\N	2020-06-22	\N	\N	\N	00:02:53	\N	\N
174	2020-01-05 11:56:25.5	\N	2020-06-30 06:00:00+00	\N	2020-06-23	\N	\N	\N	00:02:54	\N	\N
175	2020-01-05 12:33:38.75	\N	2020-07-01 07:00:00+00	\N	2020-06-24	\N	\N	\N	00:02:55	\N	\N
176	2020-01-05 13:10:52	\N	2020-07-02 08:00:00+00	\N	2020-06-25	\N	\N	\N	00:02:56	\N	\N
177	2020-01-05 13:48:05.25	\N	2020-07-03 09:00:00+00	\N	2020-06-26	\N	\N	\N	00:02:57	\N	\N
178	2020-01-05 14:25:18.5	\N	2020-07-04 10:00:00+00	\N	2020-06-27	\N	\N	\N	00:02:58	\N	\N
179	2020-01-05 15:02:31.75	\N	2020-07-05 11:00:00+00	\N	2020-06-28	\N	\N	\N	00:02:59	\N	\N
180	2020-01-05 15:39:45	\N	2020-07-06 12:00:00+00	\N	2020-06-29	\N	\N	\N	00:03:00	\N	\N
181	2020-01-05 16:16:58.25	\N	2020-07-07 13:00:00+00	\N	2020-06-30	\N	\N	\N	00:03:01	\N	\N
182	2020-01-05 16:54:11.5	\N	2020-07-08 14:00:00+00	\N	2020-07-01	\N	\N	\N	00:03:02	\N	\N
183	2020-01-05 17:31:24.75	\N	2020-07-09 15:00:00+00	\N	2020-07-02	\N	\N	\N	00:03:03	\N	\N
184	2020-01-05 18:08:38	\N	2020-07-10 16:00:00+00	\N	2020-07-03	\N	\N	\N	00:03:04	\N	\N
185	2020-01-05 18:45:51.25	\N	2020-07-11 17:00:00+00	\N	2020-07-04	\N	\N	\N	00:03:05	\N	\N
186	2020-01-05 19:23:04.5	\N	2020-07-12 18:00:00+00	\N	2020-07-05	\N	\N	\N	00:03:06	\N	\N
187	2020-01-05 20:00:17.75	\N	2020-07-13 19:00:00+00	\N	2020-07-06	\N	\N	\N	00:03:07	\N	\N
188	2020-01-05 20:37:31	\N	2020-07-14 20:00:00+00	\N	2020-07-07	\N	\N	\N	00:03:08	\N	\N
189	2020-01-05 21:14:44.25	\N	2020-07-15 21:00:00+00	\N	2020-07-08	\N	\N	\N	00:03:09	\N	\N
190	2020-01-05 21:51:57.5	\N	2020-07-16 22:00:00+00	\N	2020-07-09	\N	\N	\N	00:03:10	\N	\N
191	2020-01-05 22:29:10.75	\N	2020-07-17 23:00:00+00	\N	2020-07-10	\N	\N	\N	00:03:11	\N	\N
192	2020-01-05 23:06:24	\N	2020-07-19 00:00:00+00	\N	2020-07-11	\N	\N	\N	00:03:12	\N	\N
193	2020-01-05 23:43:37.25	\N	2020-07-20 01:00:00+00	\N	2020-07-12	\N	\N	\N	00:03:13	\N	\N
194	2020-01-06 00:20:50.5	\N	2020-07-21 02:00:00+00	\N	2020-07-13	\N	\N	\N	00:03:14	\N	\N
195	2020-01-06 00:58:03.75	\N	2020-07-22 03:00:00+00	\N	2020-07-14	\N	\N	\N	00:03:15	\N	\N
196	2020-01-06 01:35:17	\N	2020-07-23 04:00:00+00	\N	2020-07-15	\N	\N	\N	00:03:16	\N	\N
197	2020-01-06 02:12:30.25	\N	2020-07-24 05:00:00+00	\N	2020-07-16	\N	\N	\N	00:03:17	\N	\N
198	2020-01-06 02:49:43.5	\N	2020-07-25 06:00:00+00	\N	2020-07-17	\N	\N	\N	00:03:18	\N	\N
199	2020-01-06 03:26:56.75	\N	2020-07-26 07:00:00+00	\N	2020-07-18	\N	\N	\N	00:03:19	\N	\N
200	2020-01-06 04:04:10	\N	2020-07-27 08:00:00+00	\N	2020-07-19	\N	\N	\N	00:03:20	\N	\N
201	2020-01-06 04:41:23.25	\N	2020-07-28 09:00:00+00	\N	2020-07-20	\N	\N	\N	00:03:21	\N	\N
202	2020-01-06 05:18:36.5	\N	2020-07-29 10:00:00+00	\N	2020-07-21	\N	\N	\N	00:03:22	\N	\N
203	2020-01-06 05:55:49.75	\N	2020-07-30 11:00:00+00	\N	2020-07-22	\N	\N	\N	00:03:23	\N	\N
204	2020-01-06 06:33:03	\N	2020-07-31 12:00:00+00	\N	2020-07-23	\N	\N	\N	00:03:24	\N	\N
205	2020-01-06 07:10:16.25	\N	2020-08-01 13:00:00+00	\N	2020-07-24	\N	\N	\N	00:03:25	\N	\N
206	2020-01-06 07:47:29.5	\N	2020-08-02 14:00:00+00	\N	2020-07-25	\N	\N	\N	00:03:26	\N	\N
207	2020-01-06 08:24:42.75	\N	2020-08-03 15:00:00+00	\N	2020-07-26	\N	\N	\N	00:03:27	\N	\N
208	2020-01-06 09:01:56	\N	2020-08-04 16:00:00+00	\N	2020-07-27	\N	\N	\N	00:03:28	\N	\N
209	2020-01-06 09:39:09.25	\N	2020-08-05 17:00:00+00	\N	2020-07-28	\N	\N	\N	00:03:29	\N	\N
210	2020-01-06 10:16:22.5	\N	2020-08-06 18:00:00+00	\N	2020-07-29	\N	\N	\N	00:03:30	\N	\N
211	2020-01-06 10:53:35.75	\N	2020-08-07 19:00:00+00	\N	2020-07-30	\N	\N	\N	00:03:31	\N	\N
212	2020-01-06 11:30:49	\N	2020-08-08 20:00:00+00	\N	2020-07-31	\N	\N	\N	00:03:32	\N	\N
213	2020-01-06 12:08:02.25	\N	2020-08-09 21:00:00+00	\N	2020-08-01	\N	\N	\N	00:03:33	\N	\N
214	2020-01-06 12:45:15.5	\N	2020-08-10 22:00:00+00	\N	2020-08-02	\N	\N	\N	00:03:34	\N	\N
215	2020-01-06 13:22:28.75	\N	2020-08-11 23:00:00+00	\N	2020-08-03	\N	\N	\N	00:03:35	\N	\N
216	2020-01-06 13:59:42	\N	2020-08-13 00:00:00+00	\N	2020-08-04	\N	\N	\N	00:03:36	\N	\N
217	2020-01-06 14:36:55.25	\N	2020-08-14 01:00:00+00	\N	2020-08-05	\N	\N	\N	00:03:37	\N	\N
218	2020-01-06 15:14:08.5	\N	2020-08-15 02:00:00+00	\N	2020-08-06	\N	\N	\N	00:03:38	\N	\N
219	2020-01-06 15:51:21.75	\N	2020-08-16 03:00:00+00	\N	2020-08-07	\N	\N	\N	00:03:39	\N	\N
220	2020-01-06 16:28:35	\N	2020-08-17 04:00:00+00	\N	2020-08-08	\N	\N	\N	00:03:40	\N	\N
221	2020-01-06 17:05:48.25	\N	2020-08-18 05:00:00+00	\N	2020-08-09	\N	\N	\N	00:03:41	\N	\N
222	2020-01-06 17:43:01.5	\N	2020-08-19 06:00:00+00	\N	2020-08-10	\N	\N	\N	00:03:42	\N	\N
223	2020-01-06 18:20:14.75	\N	2020-08-20 07:00:00+00	\N	2020-08-11	\N	\N	\N	00:03:43	\N	\N
224	2020-01-06 18:57:28	\N	2020-08-21 08:00:00+00	\N	2020-08-12	\N	\N	\N	00:03:44	\N	\N
225	2020-01-06 19:34:41.25	\N	2020-08-22 09:00:00+00	\N	2020-08-13	\N	\N	\N	00:03:45	\N	\N
226	2020-01-06 20:11:54.5	\N	2020-08-23 10:00:00+00	\N	2020-08-14	\N	\N	\N	00:03:46	\N	\N
227	2020-01-06 20:49:07.75	\N	2020-08-24 11:00:00+00	\N	2020-08-15	\N	\N	\N	00:03:47	\N	\N
228	2020-01-06 21:26:21	\N	2020-08-25 12:00:00+00	\N	2020-08-16	\N	\N	\N	00:03:48	\N	\N
229	2020-01-06 22:03:34.25	\N	2020-08-26 13:00:00+00	\N	2020-08-17	\N	\N	\N	00:03:49	\N	\N
230	2020-01-06 22:40:47.5	\N	2020-08-27 14:00:00+00	\N	2020-08-18	\N	\N	\N	00:03:50	\N	\N
231	2020-01-06 23:18:00.75	\N	2020-08-28 15:00:00+00	\N	2020-08-19	\N	\N	\N	00:03:51	\N	\N
232	2020-01-06 23:55:14	\N	2020-08-29 16:00:00+00	\N	2020-08-20	\N	\N	\N	00:03:52	\N	\N
233	2020-01-07 00:32:27.25	\N	2020-08-30 17:00:00+00	\N	2020-08-21	\N	\N	\N	00:03:53	\N	\N
234	2020-01-07 01:09:40.5	\N	2020-08-31 18:00:00+00	\N	2020-08-22	\N	\N	\N	00:03:54	\N	\N
235	2020-01-07 01:46:53.75	\N	2020-09-01 19:00:00+00	\N	2020-08-23	\N	\N	\N	00:03:55	\N	\N
236	2020-01-07 02:24:07	\N	2020-09-02 20:00:00+00	\N	2020-08-24	\N	\N	\N	00:03:56	\N	\N
237	2020-01-07 03:01:20.25	\N	2020-09-03 21:00:00+00	\N	2020-08-25	\N	\N	\N	00:03:57	\N	\N
238	2020-01-07 03:38:33.5	\N	2020-09-04 22:00:00+00	\N	2020-08-26	\N	\N	\N	00:03:58	\N	\N
239	2020-01-07 04:15:46.75	\N	2020-09-05 23:00:00+00	\N	2020-08-27	\N	\N	\N	00:03:59	\N	\N
240	2020-01-07 04:53:00	\N	2020-09-07 00:00:00+00	\N	2020-08-28	\N	\N	\N	00:04:00	\N	\N
241	2020-01-07 05:30:13.25	\N	2020-09-08 01:00:00+00	\N	2020-08-29	\N	\N	\N	00:04:01	\N	\N
242	2020-01-07 06:07:26.5	\N	2020-09-09 02:00:00+00	\N	2020-08-30	\N	\N	\N	00:04:02	\N	\N
243	2020-01-07 06:44:39.75	\N	2020-09-10 03:00:00+00	\N	2020-08-31	\N	\N	\N	00:04:03	\N	\N
244	2020-01-07 07:21:53	\N	2020-09-11 04:00:00+00	\N	2020-09-01	\N	\N	\N	00:04:04	\N	\N
245	2020-01-07 07:59:06.25	\N	2020-09-12 05:00:00+00	\N	2020-09-02	\N	\N	\N	00:04:05	\N	\N
246	2020-01-07 08:36:19.5	\N	2020-09-13 06:00:00+00	\N	2020-09-03	\N	\N	\N	00:04:06	\N	\N
247	2020-01-07 09:13:32.75	\N	2020-09-14 07:00:00+00	\N	2020-09-04	\N	\N	\N	00:04:07	\N	\N
248	2020-01-07 09:50:46	\N	2020-09-15 08:00:00+00	\N	2020-09-05	\N	\N	\N	00:04:08	\N	\N
249	2020-01-07 10:27:59.25	\N	2020-09-16 09:00:00+00	\N	2020-09-06	\N	\N	\N	00:04:09	\N	\N
250	2020-01-07 11:05:12.5	\N	2020-09-17 10:00:00+00	\N	2020-09-07	\N	\N	\N	00:04:10	\N	\N
251	2020-01-07 11:42:25.75	\N	2020-09-18 11:00:00+00	\N	2020-09-08	\N	\N	\N	00:04:11	\N	\N
252	2020-01-07 12:19:39	\N	2020-09-19 12:00:00+00	\N	2020-09-09	\N	\N	\N	00:04:12	\N	\N
253	2020-01-07 12:56:52.25	\N	2020-09-20 13:00:00+00	\N	2020-09-10	\N	\N	\N	00:04:13	\N	\N
254	2020-01-07 13:34:05.5	\N	2020-09-21 14:00:00+00	\N	2020-09-11	\N	\N	\N	00:04:14	\N	\N
255	2020-01-07 14:11:18.75	\N	2020-09-22 15:00:00+00	\N	2020-09-12	\N	\N	\N	00:04:15	\N	\N
256	2020-01-07 14:48:32	\N	2020-09-23 16:00:00+00	\N	2020-09-13	\N	\N	\N	00:04:16	\N	\N
257	2020-01-07 15:25:45.25	\N	2020-09-24 17:00:00+00	\N	2020-09-14	\N	\N	\N	00:04:17	\N	\N
258	2020-01-07 16:02:58.5	\N	2020-09-25 18:00:00+00	\N	2020-09-15	\N	\N	\N	00:04:18	\N	\N
259	2020-01-07 16:40:11.75	\N	2020-09-26 19:00:00+00	\N	2020-09-16	\N	\N	\N	00:04:19	\N	\N
260	2020-01-07 17:17:25	\N	2020-09-27 20:00:00+00	\N	2020-09-17	\N	\N	\N	00:04:20	\N	\N
261	2020-01-07 17:54:38.25	\N	2020-09-28 21:00:00+00	\N	2020-09-18	\N	\N	\N	00:04:21	\N	\N
262	2020-01-07 18:31:51.5	\N	2020-09-29 22:00:00+00	\N	2020-09-19	\N	\N	\N	00:04:22	\N	\N
263	2020-01-07 19:09:04.75	\N	2020-09-30 23:00:00+00	\N	2020-09-20	\N	\N	\N	00:04:23	\N	\N
264	2020-01-07 19:46:18	\N	2020-10-02 00:00:00+00	\N	2020-09-21	\N	\N	\N	00:04:24	\N	\N
265	2020-01-07 20:23:31.25	\N	2020-10-03 01:00:00+00	\N	2020-09-22	\N	\N	\N	00:04:25	\N	\N
266	2020-01-07 21:00:44.5	\N	2020-10-04 02:00:00+00	\N	2020-09-23	\N	\N	\N	00:04:26	\N	\N
267	2020-01-07 21:37:57.75	\N	2020-10-05 03:00:00+00	\N	2020-09-24	\N	\N	\N	00:04:27	\N	\N
268	2020-01-07 22:15:11	\N	2020-10-06 04:00:00+00	\N	2020-09-25	\N	\N	\N	00:04:28	\N	\N
269	2020-01-07 22:52:24.25	\N	2020-10-07 05:00:00+00	\N	2020-09-26	\N	\N	\N	00:04:29	\N	\N
270	2020-01-07 23:29:37.5	\N	2020-10-08 06:00:00+00	\N	2020-09-27	\N	\N	\N	00:04:30	\N	\N
271	2020-01-08 00:06:50.75	\N	2020-10-09 07:00:00+00	\N	2020-09-28	\N	\N	\N	00:04:31	\N	\N
272	2020-01-08 00:44:04	\N	2020-10-10 08:00:00+00	\N	2020-09-29	\N	\N	\N	00:04:32	\N	\N
273	2020-01-08 01:21:17.25	\N	2020-10-11 09:00:00+00	\N	2020-09-30	\N	\N	\N	00:04:33	\N	\N
274	2020-01-08 01:58:30.5	\N	2020-10-12 10:00:00+00	\N	2020-10-01	\N	\N	\N	00:04:34	\N	\N
275	2020-01-08 02:35:43.75	\N	2020-10-13 11:00:00+00	\N	2020-10-02	\N	\N	\N	00:04:35	\N	\N
276	2020-01-08 03:12:57	\N	2020-10-14 12:00:00+00	\N	2020-10-03	\N	\N	\N	00:04:36	\N	\N
277	2020-01-08 03:50:10.25	\N	2020-10-15 13:00:00+00	\N	2020-10-04	\N	\N	\N	00:04:37	\N	\N
278	2020-01-08 04:27:23.5	\N	2020-10-16 14:00:00+00	\N	2020-10-05	\N	\N	\N	00:04:38	\N	\N
279	2020-01-08 05:04:36.75	\N	2020-10-17 15:00:00+00	\N	2020-10-06	\N	\N	\N	00:04:39	\N	\N
280	2020-01-08 05:41:50	\N	2020-10-18 16:00:00+00	\N	2020-10-07	\N	\N	\N	00:04:40	\N	\N
281	2020-01-08 06:19:03.25	\N	2020-10-19 17:00:00+00	\N	2020-10-08	\N	\N	\N	00:04:41	\N	\N
282	2020-01-08 06:56:16.5	\N	2020-10-20 18:00:00+00	\N	2020-10-09	\N	\N	\N	00:04:42	\N	\N
283	2020-01-08 07:33:29.75	\N	2020-10-21 19:00:00+00	\N	2020-10-10	\N	\N	\N	00:04:43	\N	\N
284	2020-01-08 08:10:43	\N	2020-10-22 20:00:00+00	\N	2020-10-11	\N	\N	\N	00:04:44	\N	\N
285	2020-01-08 08:47:56.25	\N	2020-10-23 21:00:00+00	\N	2020-10-12	\N	\N	\N	00:04:45	\N	\N
286	2020-01-08 09:25:09.5	\N	2020-10-24 22:00:00+00	\N	2020-10-13	\N	\N	\N	00:04:46	\N	\N
287	2020-01-08 10:02:22.75	\N	2020-10-25 23:00:00+00	\N	2020-10-14	\N	\N	\N	00:04:47	\N	\N
288	2020-01-08 10:39:36	\N	2020-10-27 00:00:00+00	\N	2020-10-15	\N	\N	\N	00:04:48	\N	\N
289	2020-01-08 11:16:49.25	\N	2020-10-28 01:00:00+00	\N	2020-10-16	\N	\N	\N	00:04:49	\N	\N
290	2020-01-08 11:54:02.5	\N	2020-10-29 02:00:00+00	\N	2020-10-17	\N	\N	\N	00:04:50	\N	\N
291	2020-01-08 12:31:15.75	\N	2020-10-30 03:00:00+00	\N	2020-10-18	\N	\N	\N	00:04:51	\N	\N
292	2020-01-08 13:08:29	\N	2020-10-31 04:00:00+00	\N	2020-10-19	\N	\N	\N	00:04:52	\N	\N
293	2020-01-08 13:45:42.25	\N	2020-11-01 05:00:00+00	\N	2020-10-20	\N	\N	\N	00:04:53	\N	\N
294	2020-01-08 14:22:55.5	\N	2020-11-02 06:00:00+00	\N	2020-10-21	\N	\N	\N	00:04:54	\N	\N
295	2020-01-08 15:00:08.75	\N	2020-11-03 07:00:00+00	\N	2020-10-22	\N	\N	\N	00:04:55	\N	\N
296	2020-01-08 15:37:22	\N	2020-11-04 08:00:00+00	\N	2020-10-23	\N	\N	\N	00:04:56	\N	\N
297	2020-01-08 16:14:35.25	\N	2020-11-05 09:00:00+00	\N	2020-10-24	\N	\N	\N	00:04:57	\N	\N
298	2020-01-08 16:51:48.5	\N	2020-11-06 10:00:00+00	\N	2020-10-25	\N	\N	\N	00:04:58	\N	\N
299	2020-01-08 17:29:01.75	\N	2020-11-07 11:00:00+00	\N	2020-10-26	\N	\N	\N	00:04:59	\N	\N
300	2020-01-08 18:06:15	\N	2020-11-08 12:00:00+00	\N	2020-10-27	\N	\N	\N	00:05:00	\N	\N
\.


--
-- Name: numbers_bs_seq; Type: SEQUENCE SET; Schema: typed; Owner: diff_owner
--

SELECT pg_catalog.setval('typed.numbers_bs_seq', 300, true);


--
-- Name: numbers_s_seq; Type: SEQUENCE SET; Schema: typed; Owner: diff_owner
--

SELECT pg_catalog.setval('typed.numbers_s_seq', 300, true);


--
-- Name: numbers_ss_seq; Type: SEQUENCE SET; Schema: typed; Owner: diff_owner
--

SELECT pg_catalog.setval('typed.numbers_ss_seq', 300, true);


--
-- Name: arrays arrays_pkey; Type: CONSTRAINT; Schema: typed; Owner: postgres
--

ALTER TABLE ONLY typed.arrays
    ADD CONSTRAINT arrays_pkey PRIMARY KEY (id);


--
-- Name: bits_and_docs bits_and_docs_pkey; Type: CONSTRAINT; Schema: typed; Owner: postgres
--

ALTER TABLE ONLY typed.bits_and_docs
    ADD CONSTRAINT bits_and_docs_pkey PRIMARY KEY (id);


--
-- Name: geometry geometry_pkey; Type: CONSTRAINT; Schema: typed; Owner: postgres
--

ALTER TABLE ONLY typed.geometry
    ADD CONSTRAINT geometry_pkey PRIMARY KEY (id);


--
-- Name: network network_pkey; Type: CONSTRAINT; Schema: typed; Owner: postgres
--

ALTER TABLE ONLY typed.network
    ADD CONSTRAINT network_pkey PRIMARY KEY (id);


--
-- Name: numbers numbers_pkey; Type: CONSTRAINT; Schema: typed; Owner: diff_owner
--

ALTER TABLE ONLY typed.numbers
    ADD CONSTRAINT numbers_pkey PRIMARY KEY (id);


--
-- Name: ranges ranges_pkey; Type: CONSTRAINT; Schema: typed; Owner: postgres
--

ALTER TABLE ONLY typed.ranges
    ADD CONSTRAINT ranges_pkey PRIMARY KEY (id);


--
-- Name: ranges ranges_r4_excl; Type: CONSTRAINT; Schema: typed; Owner: postgres
--

ALTER TABLE ONLY typed.ranges
    ADD CONSTRAINT ranges_r4_excl EXCLUDE USING gist (r4 WITH &&);


--
-- Name: scratch scratch_pkey; Type: CONSTRAINT; Schema: typed; Owner: postgres
--

ALTER TABLE ONLY typed.scratch
    ADD CONSTRAINT scratch_pkey PRIMARY KEY (id);


--
-- Name: system_types system_types_pkey; Type: CONSTRAINT; Schema: typed; Owner: postgres
--

ALTER TABLE ONLY typed.system_types
    ADD CONSTRAINT system_types_pkey PRIMARY KEY (id);


--
-- Name: texts texts_pkey; Type: CONSTRAINT; Schema: typed; Owner: diff_owner
--

ALTER TABLE ONLY typed.texts
    ADD CONSTRAINT texts_pkey PRIMARY KEY (id);


--
-- Name: times times_pkey; Type: CONSTRAINT; Schema: typed; Owner: postgres
--

ALTER TABLE ONLY typed.times
    ADD CONSTRAINT times_pkey PRIMARY KEY (id);


--
-- Name: SCHEMA typed; Type: ACL; Schema: -; Owner: diff_owner
--

GRANT USAGE ON SCHEMA typed TO diff_reader;


--
-- Name: TABLE arrays; Type: ACL; Schema: typed; Owner: postgres
--

GRANT SELECT ON TABLE typed.arrays TO diff_reader;


--
-- Name: TABLE bits_and_docs; Type: ACL; Schema: typed; Owner: postgres
--

GRANT SELECT ON TABLE typed.bits_and_docs TO diff_reader;


--
-- Name: TABLE geometry; Type: ACL; Schema: typed; Owner: postgres
--

GRANT SELECT ON TABLE typed.geometry TO diff_reader;


--
-- Name: TABLE network; Type: ACL; Schema: typed; Owner: postgres
--

GRANT SELECT ON TABLE typed.network TO diff_reader;


--
-- Name: TABLE numbers; Type: ACL; Schema: typed; Owner: diff_owner
--

GRANT SELECT ON TABLE typed.numbers TO diff_reader;


--
-- Name: TABLE ranges; Type: ACL; Schema: typed; Owner: postgres
--

GRANT SELECT ON TABLE typed.ranges TO diff_reader;


--
-- Name: TABLE scratch; Type: ACL; Schema: typed; Owner: postgres
--

GRANT SELECT ON TABLE typed.scratch TO diff_reader;


--
-- Name: TABLE system_types; Type: ACL; Schema: typed; Owner: postgres
--

GRANT SELECT ON TABLE typed.system_types TO diff_reader;


--
-- Name: TABLE texts; Type: ACL; Schema: typed; Owner: diff_owner
--

GRANT SELECT ON TABLE typed.texts TO diff_reader;


--
-- Name: TABLE times; Type: ACL; Schema: typed; Owner: postgres
--

GRANT SELECT ON TABLE typed.times TO diff_reader;


--
-- PostgreSQL database dump complete
--

\unrestrict RehearsalDifferentialFixtures

