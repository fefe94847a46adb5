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
-- Name: kinds; Type: SCHEMA; Schema: -; Owner: diff_owner
--

CREATE SCHEMA kinds;


ALTER SCHEMA kinds OWNER TO diff_owner;

--
-- Name: Weird Enum; Type: TYPE; Schema: kinds; Owner: postgres
--

CREATE TYPE kinds."Weird Enum" AS ENUM (
    'with space',
    'quote''s',
    '',
    'Zoë'
);


ALTER TYPE kinds."Weird Enum" OWNER TO postgres;

--
-- Name: address; Type: TYPE; Schema: kinds; Owner: postgres
--

CREATE TYPE kinds.address AS (
	street text,
	city text,
	zip character(5)
);


ALTER TYPE kinds.address OWNER TO postgres;

--
-- Name: email; Type: DOMAIN; Schema: kinds; Owner: diff_owner
--

CREATE DOMAIN kinds.email AS text COLLATE pg_catalog."C" NOT NULL
	CONSTRAINT email_at CHECK ((VALUE ~ '^[^@]+@[^@]+$'::text))
	CONSTRAINT email_length CHECK ((length(VALUE) <= 254));


ALTER DOMAIN kinds.email OWNER TO diff_owner;

--
-- Name: DOMAIN email; Type: COMMENT; Schema: kinds; Owner: diff_owner
--

COMMENT ON DOMAIN kinds.email IS 'an address with one @';


--
-- Name: CONSTRAINT email_at ON DOMAIN email; Type: COMMENT; Schema: kinds; Owner: diff_owner
--

COMMENT ON CONSTRAINT email_at ON DOMAIN kinds.email IS 'one @, something on both sides';


--
-- Name: empty_enum; Type: TYPE; Schema: kinds; Owner: postgres
--

CREATE TYPE kinds.empty_enum AS ENUM (
);


ALTER TYPE kinds.empty_enum OWNER TO postgres;

--
-- Name: float_diff(double precision, double precision); Type: FUNCTION; Schema: kinds; Owner: postgres
--

CREATE FUNCTION kinds.float_diff(a double precision, b double precision) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT
    AS $$SELECT a - b$$;


ALTER FUNCTION kinds.float_diff(a double precision, b double precision) OWNER TO postgres;

--
-- Name: floatrange; Type: TYPE; Schema: kinds; Owner: postgres
--

CREATE TYPE kinds.floatrange AS RANGE (
    subtype = double precision,
    multirange_type_name = kinds.floatmultirange,
    subtype_diff = kinds.float_diff
);


ALTER TYPE kinds.floatrange OWNER TO postgres;

--
-- Name: mood; Type: TYPE; Schema: kinds; Owner: diff_owner
--

CREATE TYPE kinds.mood AS ENUM (
    'miserable',
    'sad',
    'meh',
    'fine',
    'happy',
    'ecstatic'
);


ALTER TYPE kinds.mood OWNER TO diff_owner;

--
-- Name: TYPE mood; Type: COMMENT; Schema: kinds; Owner: diff_owner
--

COMMENT ON TYPE kinds.mood IS 'six moods, two added before existing ones';


--
-- Name: positive_int; Type: DOMAIN; Schema: kinds; Owner: postgres
--

CREATE DOMAIN kinds.positive_int AS integer
	CONSTRAINT positive CHECK ((VALUE > 0));


ALTER DOMAIN kinds.positive_int OWNER TO postgres;

--
-- Name: person; Type: TYPE; Schema: kinds; Owner: postgres
--

CREATE TYPE kinds.person AS (
	name text,
	home kinds.address,
	moods kinds.mood[],
	age kinds.positive_int
);


ALTER TYPE kinds.person OWNER TO postgres;

--
-- Name: small_positive; Type: DOMAIN; Schema: kinds; Owner: postgres
--

CREATE DOMAIN kinds.small_positive AS kinds.positive_int DEFAULT 1
	CONSTRAINT small CHECK (((VALUE)::integer < 1000));


ALTER DOMAIN kinds.small_positive OWNER TO postgres;

--
-- Name: tags; Type: DOMAIN; Schema: kinds; Owner: postgres
--

CREATE DOMAIN kinds.tags AS text[]
	CONSTRAINT tags_check CHECK ((cardinality(VALUE) <= 5));


ALTER DOMAIN kinds.tags OWNER TO postgres;

--
-- Name: textrange; Type: TYPE; Schema: kinds; Owner: postgres
--

CREATE TYPE kinds.textrange AS RANGE (
    subtype = text,
    multirange_type_name = kinds.textranges,
    collation = pg_catalog."C"
);


ALTER TYPE kinds.textrange OWNER TO postgres;

--
-- Name: unvalidated; Type: DOMAIN; Schema: kinds; Owner: postgres
--

CREATE DOMAIN kinds.unvalidated AS integer;


ALTER DOMAIN kinds.unvalidated OWNER TO postgres;

--
-- Name: cheer(kinds.mood); Type: FUNCTION; Schema: kinds; Owner: postgres
--

CREATE FUNCTION kinds.cheer(m kinds.mood) RETURNS kinds.mood
    LANGUAGE plpgsql IMMUTABLE
    AS $$
BEGIN
    RETURN CASE WHEN m < 'fine' THEN 'fine'::kinds.mood ELSE m END;
END;
$$;


ALTER FUNCTION kinds.cheer(m kinds.mood) OWNER TO postgres;

--
-- Name: city_of(kinds.person); Type: FUNCTION; Schema: kinds; Owner: postgres
--

CREATE FUNCTION kinds.city_of(p kinds.person) RETURNS text
    LANGUAGE sql
    RETURN (p).home.city;


ALTER FUNCTION kinds.city_of(p kinds.person) OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: diary; Type: TABLE; Schema: kinds; Owner: postgres
--

CREATE TABLE kinds.diary (
    id integer NOT NULL,
    author kinds.person,
    mood kinds.mood DEFAULT 'fine'::kinds.mood NOT NULL,
    weird kinds."Weird Enum",
    count kinds.small_positive,
    contact kinds.email,
    labels kinds.tags,
    odd kinds.unvalidated,
    span kinds.floatrange,
    letters kinds.textrange,
    letter_sets kinds.textranges,
    history kinds.mood[]
);


ALTER TABLE kinds.diary OWNER TO postgres;

--
-- Name: COLUMN diary.author; Type: COMMENT; Schema: kinds; Owner: postgres
--

COMMENT ON COLUMN kinds.diary.author IS 'a composite of a composite';


--
-- Data for Name: diary; Type: TABLE DATA; Schema: kinds; Owner: postgres
--

COPY kinds.diary (id, author, mood, weird, count, contact, labels, odd, span, letters, letter_sets, history) FROM stdin;
1	(Ann,"(""Main St 1"",Reykjavík,""101  "")","{happy,sad}",30)	ecstatic	with space	3	ann@example.com	{a,b}	13	[1.5,2.5)	[a,m)	{[a,c),[x,z]}	{miserable,meh,fine}
2	("Bob ""the builder""",,{},)	miserable		999	b@x	{}	1	empty	empty	{}	\N
3	\N	meh	quote's	\N	c@y	\N	\N	(,)	(,Zoë]	\N	{}
4	\N	happy	\N	1	user4@example.org	\N	\N	[4,4.5)	\N	\N	\N
5	\N	ecstatic	\N	1	user5@example.org	\N	\N	[5,5.5)	\N	\N	\N
6	\N	miserable	\N	1	user6@example.org	\N	\N	[6,6.5)	\N	\N	\N
7	\N	sad	\N	1	user7@example.org	\N	\N	[7,7.5)	\N	\N	\N
8	\N	meh	\N	1	user8@example.org	\N	\N	[8,8.5)	\N	\N	\N
9	\N	fine	\N	1	user9@example.org	\N	\N	[9,9.5)	\N	\N	\N
10	\N	happy	\N	1	user10@example.org	\N	\N	[10,10.5)	\N	\N	\N
11	\N	ecstatic	\N	1	user11@example.org	\N	\N	[11,11.5)	\N	\N	\N
12	\N	miserable	\N	1	user12@example.org	\N	\N	[12,12.5)	\N	\N	\N
13	\N	sad	\N	1	user13@example.org	\N	\N	[13,13.5)	\N	\N	\N
14	\N	meh	\N	1	user14@example.org	\N	\N	[14,14.5)	\N	\N	\N
15	\N	fine	\N	1	user15@example.org	\N	\N	[15,15.5)	\N	\N	\N
16	\N	happy	\N	1	user16@example.org	\N	\N	[16,16.5)	\N	\N	\N
17	\N	ecstatic	\N	1	user17@example.org	\N	\N	[17,17.5)	\N	\N	\N
18	\N	miserable	\N	1	user18@example.org	\N	\N	[18,18.5)	\N	\N	\N
19	\N	sad	\N	1	user19@example.org	\N	\N	[19,19.5)	\N	\N	\N
20	\N	meh	\N	1	user20@example.org	\N	\N	[20,20.5)	\N	\N	\N
21	\N	fine	\N	1	user21@example.org	\N	\N	[21,21.5)	\N	\N	\N
22	\N	happy	\N	1	user22@example.org	\N	\N	[22,22.5)	\N	\N	\N
23	\N	ecstatic	\N	1	user23@example.org	\N	\N	[23,23.5)	\N	\N	\N
24	\N	miserable	\N	1	user24@example.org	\N	\N	[24,24.5)	\N	\N	\N
25	\N	sad	\N	1	user25@example.org	\N	\N	[25,25.5)	\N	\N	\N
26	\N	meh	\N	1	user26@example.org	\N	\N	[26,26.5)	\N	\N	\N
27	\N	fine	\N	1	user27@example.org	\N	\N	[27,27.5)	\N	\N	\N
28	\N	happy	\N	1	user28@example.org	\N	\N	[28,28.5)	\N	\N	\N
29	\N	ecstatic	\N	1	user29@example.org	\N	\N	[29,29.5)	\N	\N	\N
30	\N	miserable	\N	1	user30@example.org	\N	\N	[30,30.5)	\N	\N	\N
31	\N	sad	\N	1	user31@example.org	\N	\N	[31,31.5)	\N	\N	\N
32	\N	meh	\N	1	user32@example.org	\N	\N	[32,32.5)	\N	\N	\N
33	\N	fine	\N	1	user33@example.org	\N	\N	[33,33.5)	\N	\N	\N
34	\N	happy	\N	1	user34@example.org	\N	\N	[34,34.5)	\N	\N	\N
35	\N	ecstatic	\N	1	user35@example.org	\N	\N	[35,35.5)	\N	\N	\N
36	\N	miserable	\N	1	user36@example.org	\N	\N	[36,36.5)	\N	\N	\N
37	\N	sad	\N	1	user37@example.org	\N	\N	[37,37.5)	\N	\N	\N
38	\N	meh	\N	1	user38@example.org	\N	\N	[38,38.5)	\N	\N	\N
39	\N	fine	\N	1	user39@example.org	\N	\N	[39,39.5)	\N	\N	\N
40	\N	happy	\N	1	user40@example.org	\N	\N	[40,40.5)	\N	\N	\N
41	\N	ecstatic	\N	1	user41@example.org	\N	\N	[41,41.5)	\N	\N	\N
42	\N	miserable	\N	1	user42@example.org	\N	\N	[42,42.5)	\N	\N	\N
43	\N	sad	\N	1	user43@example.org	\N	\N	[43,43.5)	\N	\N	\N
44	\N	meh	\N	1	user44@example.org	\N	\N	[44,44.5)	\N	\N	\N
45	\N	fine	\N	1	user45@example.org	\N	\N	[45,45.5)	\N	\N	\N
46	\N	happy	\N	1	user46@example.org	\N	\N	[46,46.5)	\N	\N	\N
47	\N	ecstatic	\N	1	user47@example.org	\N	\N	[47,47.5)	\N	\N	\N
48	\N	miserable	\N	1	user48@example.org	\N	\N	[48,48.5)	\N	\N	\N
49	\N	sad	\N	1	user49@example.org	\N	\N	[49,49.5)	\N	\N	\N
50	\N	meh	\N	1	user50@example.org	\N	\N	[50,50.5)	\N	\N	\N
51	\N	fine	\N	1	user51@example.org	\N	\N	[51,51.5)	\N	\N	\N
52	\N	happy	\N	1	user52@example.org	\N	\N	[52,52.5)	\N	\N	\N
53	\N	ecstatic	\N	1	user53@example.org	\N	\N	[53,53.5)	\N	\N	\N
54	\N	miserable	\N	1	user54@example.org	\N	\N	[54,54.5)	\N	\N	\N
55	\N	sad	\N	1	user55@example.org	\N	\N	[55,55.5)	\N	\N	\N
56	\N	meh	\N	1	user56@example.org	\N	\N	[56,56.5)	\N	\N	\N
57	\N	fine	\N	1	user57@example.org	\N	\N	[57,57.5)	\N	\N	\N
58	\N	happy	\N	1	user58@example.org	\N	\N	[58,58.5)	\N	\N	\N
59	\N	ecstatic	\N	1	user59@example.org	\N	\N	[59,59.5)	\N	\N	\N
60	\N	miserable	\N	1	user60@example.org	\N	\N	[60,60.5)	\N	\N	\N
61	\N	sad	\N	1	user61@example.org	\N	\N	[61,61.5)	\N	\N	\N
62	\N	meh	\N	1	user62@example.org	\N	\N	[62,62.5)	\N	\N	\N
63	\N	fine	\N	1	user63@example.org	\N	\N	[63,63.5)	\N	\N	\N
64	\N	happy	\N	1	user64@example.org	\N	\N	[64,64.5)	\N	\N	\N
65	\N	ecstatic	\N	1	user65@example.org	\N	\N	[65,65.5)	\N	\N	\N
66	\N	miserable	\N	1	user66@example.org	\N	\N	[66,66.5)	\N	\N	\N
67	\N	sad	\N	1	user67@example.org	\N	\N	[67,67.5)	\N	\N	\N
68	\N	meh	\N	1	user68@example.org	\N	\N	[68,68.5)	\N	\N	\N
69	\N	fine	\N	1	user69@example.org	\N	\N	[69,69.5)	\N	\N	\N
70	\N	happy	\N	1	user70@example.org	\N	\N	[70,70.5)	\N	\N	\N
71	\N	ecstatic	\N	1	user71@example.org	\N	\N	[71,71.5)	\N	\N	\N
72	\N	miserable	\N	1	user72@example.org	\N	\N	[72,72.5)	\N	\N	\N
73	\N	sad	\N	1	user73@example.org	\N	\N	[73,73.5)	\N	\N	\N
74	\N	meh	\N	1	user74@example.org	\N	\N	[74,74.5)	\N	\N	\N
75	\N	fine	\N	1	user75@example.org	\N	\N	[75,75.5)	\N	\N	\N
76	\N	happy	\N	1	user76@example.org	\N	\N	[76,76.5)	\N	\N	\N
77	\N	ecstatic	\N	1	user77@example.org	\N	\N	[77,77.5)	\N	\N	\N
78	\N	miserable	\N	1	user78@example.org	\N	\N	[78,78.5)	\N	\N	\N
79	\N	sad	\N	1	user79@example.org	\N	\N	[79,79.5)	\N	\N	\N
80	\N	meh	\N	1	user80@example.org	\N	\N	[80,80.5)	\N	\N	\N
81	\N	fine	\N	1	user81@example.org	\N	\N	[81,81.5)	\N	\N	\N
82	\N	happy	\N	1	user82@example.org	\N	\N	[82,82.5)	\N	\N	\N
83	\N	ecstatic	\N	1	user83@example.org	\N	\N	[83,83.5)	\N	\N	\N
84	\N	miserable	\N	1	user84@example.org	\N	\N	[84,84.5)	\N	\N	\N
85	\N	sad	\N	1	user85@example.org	\N	\N	[85,85.5)	\N	\N	\N
86	\N	meh	\N	1	user86@example.org	\N	\N	[86,86.5)	\N	\N	\N
87	\N	fine	\N	1	user87@example.org	\N	\N	[87,87.5)	\N	\N	\N
88	\N	happy	\N	1	user88@example.org	\N	\N	[88,88.5)	\N	\N	\N
89	\N	ecstatic	\N	1	user89@example.org	\N	\N	[89,89.5)	\N	\N	\N
90	\N	miserable	\N	1	user90@example.org	\N	\N	[90,90.5)	\N	\N	\N
91	\N	sad	\N	1	user91@example.org	\N	\N	[91,91.5)	\N	\N	\N
92	\N	meh	\N	1	user92@example.org	\N	\N	[92,92.5)	\N	\N	\N
93	\N	fine	\N	1	user93@example.org	\N	\N	[93,93.5)	\N	\N	\N
94	\N	happy	\N	1	user94@example.org	\N	\N	[94,94.5)	\N	\N	\N
95	\N	ecstatic	\N	1	user95@example.org	\N	\N	[95,95.5)	\N	\N	\N
96	\N	miserable	\N	1	user96@example.org	\N	\N	[96,96.5)	\N	\N	\N
97	\N	sad	\N	1	user97@example.org	\N	\N	[97,97.5)	\N	\N	\N
98	\N	meh	\N	1	user98@example.org	\N	\N	[98,98.5)	\N	\N	\N
99	\N	fine	\N	1	user99@example.org	\N	\N	[99,99.5)	\N	\N	\N
100	\N	happy	\N	1	user100@example.org	\N	\N	[100,100.5)	\N	\N	\N
101	\N	ecstatic	\N	1	user101@example.org	\N	\N	[101,101.5)	\N	\N	\N
102	\N	miserable	\N	1	user102@example.org	\N	\N	[102,102.5)	\N	\N	\N
103	\N	sad	\N	1	user103@example.org	\N	\N	[103,103.5)	\N	\N	\N
104	\N	meh	\N	1	user104@example.org	\N	\N	[104,104.5)	\N	\N	\N
105	\N	fine	\N	1	user105@example.org	\N	\N	[105,105.5)	\N	\N	\N
106	\N	happy	\N	1	user106@example.org	\N	\N	[106,106.5)	\N	\N	\N
107	\N	ecstatic	\N	1	user107@example.org	\N	\N	[107,107.5)	\N	\N	\N
108	\N	miserable	\N	1	user108@example.org	\N	\N	[108,108.5)	\N	\N	\N
109	\N	sad	\N	1	user109@example.org	\N	\N	[109,109.5)	\N	\N	\N
110	\N	meh	\N	1	user110@example.org	\N	\N	[110,110.5)	\N	\N	\N
111	\N	fine	\N	1	user111@example.org	\N	\N	[111,111.5)	\N	\N	\N
112	\N	happy	\N	1	user112@example.org	\N	\N	[112,112.5)	\N	\N	\N
113	\N	ecstatic	\N	1	user113@example.org	\N	\N	[113,113.5)	\N	\N	\N
114	\N	miserable	\N	1	user114@example.org	\N	\N	[114,114.5)	\N	\N	\N
115	\N	sad	\N	1	user115@example.org	\N	\N	[115,115.5)	\N	\N	\N
116	\N	meh	\N	1	user116@example.org	\N	\N	[116,116.5)	\N	\N	\N
117	\N	fine	\N	1	user117@example.org	\N	\N	[117,117.5)	\N	\N	\N
118	\N	happy	\N	1	user118@example.org	\N	\N	[118,118.5)	\N	\N	\N
119	\N	ecstatic	\N	1	user119@example.org	\N	\N	[119,119.5)	\N	\N	\N
120	\N	miserable	\N	1	user120@example.org	\N	\N	[120,120.5)	\N	\N	\N
\.


--
-- Name: diary diary_pkey; Type: CONSTRAINT; Schema: kinds; Owner: postgres
--

ALTER TABLE ONLY kinds.diary
    ADD CONSTRAINT diary_pkey PRIMARY KEY (id);


--
-- Name: unvalidated not_thirteen; Type: CHECK CONSTRAINT; Schema: kinds; Owner: postgres
--

ALTER DOMAIN kinds.unvalidated
    ADD CONSTRAINT not_thirteen CHECK ((VALUE <> 13)) NOT VALID;


--
-- Name: TYPE email; Type: ACL; Schema: kinds; Owner: diff_owner
--

GRANT ALL ON TYPE kinds.email TO "Diff Auditors";


--
-- Name: TYPE mood; Type: ACL; Schema: kinds; Owner: diff_owner
--

REVOKE ALL ON TYPE kinds.mood FROM PUBLIC;
GRANT ALL ON TYPE kinds.mood TO diff_reader;


--
-- PostgreSQL database dump complete
--

\unrestrict RehearsalDifferentialFixtures

