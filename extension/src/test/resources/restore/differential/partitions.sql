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
-- Name: part; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA part;


ALTER SCHEMA part OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: vehicle; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.vehicle (
    id integer NOT NULL,
    wheels integer DEFAULT 4 NOT NULL,
    name text
);


ALTER TABLE part.vehicle OWNER TO postgres;

--
-- Name: bike; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.bike (
    wheels integer DEFAULT 2,
    CONSTRAINT bike_wheels_check CHECK ((wheels <= 3))
)
INHERITS (part.vehicle);


ALTER TABLE part.bike OWNER TO postgres;

--
-- Name: customer; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.customer (
    id bigint NOT NULL,
    country text NOT NULL,
    name text
)
PARTITION BY LIST (country);


ALTER TABLE part.customer OWNER TO postgres;

--
-- Name: customer_eu; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.customer_eu (
    id bigint NOT NULL,
    country text NOT NULL,
    name text
);


ALTER TABLE part.customer_eu OWNER TO postgres;

--
-- Name: customer_nulls; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.customer_nulls (
    id bigint NOT NULL,
    country text NOT NULL,
    name text
);


ALTER TABLE part.customer_nulls OWNER TO postgres;

--
-- Name: customer_rest; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.customer_rest (
    id bigint NOT NULL,
    country text NOT NULL,
    name text
);


ALTER TABLE part.customer_rest OWNER TO postgres;

--
-- Name: customer_us; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.customer_us (
    id bigint NOT NULL,
    country text NOT NULL,
    name text
);


ALTER TABLE part.customer_us OWNER TO postgres;

--
-- Name: event; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.event (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    country text NOT NULL,
    payload jsonb
)
PARTITION BY HASH (id);


ALTER TABLE part.event OWNER TO postgres;

--
-- Name: event_0; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.event_0 (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    country text NOT NULL,
    payload jsonb
);


ALTER TABLE part.event_0 OWNER TO postgres;

--
-- Name: event_1; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.event_1 (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    country text NOT NULL,
    payload jsonb
);


ALTER TABLE part.event_1 OWNER TO postgres;

--
-- Name: event_2; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.event_2 (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    country text NOT NULL,
    payload jsonb
);


ALTER TABLE part.event_2 OWNER TO postgres;

--
-- Name: event_3; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.event_3 (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    country text NOT NULL,
    payload jsonb
);


ALTER TABLE part.event_3 OWNER TO postgres;

--
-- Name: measurement; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.measurement (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    region text NOT NULL,
    peaktemp numeric(5,1),
    unitsales integer DEFAULT 0,
    fahrenheit numeric GENERATED ALWAYS AS ((((peaktemp * (9)::numeric) / (5)::numeric) + (32)::numeric)) STORED,
    CONSTRAINT measurement_peaktemp_check CHECK ((peaktemp > ('-100'::integer)::numeric))
)
PARTITION BY RANGE (logdate);


ALTER TABLE part.measurement OWNER TO postgres;

--
-- Name: measurement_2023; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.measurement_2023 (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    region text NOT NULL,
    peaktemp numeric(5,1),
    unitsales integer DEFAULT 0,
    fahrenheit numeric GENERATED ALWAYS AS ((((peaktemp * (9)::numeric) / (5)::numeric) + (32)::numeric)) STORED,
    CONSTRAINT measurement_peaktemp_check CHECK ((peaktemp > ('-100'::integer)::numeric))
)
PARTITION BY LIST (region);


ALTER TABLE part.measurement_2023 OWNER TO postgres;

--
-- Name: measurement_2023_north; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.measurement_2023_north (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    region text NOT NULL,
    peaktemp numeric(5,1),
    unitsales integer DEFAULT 0,
    fahrenheit numeric GENERATED ALWAYS AS ((((peaktemp * (9)::numeric) / (5)::numeric) + (32)::numeric)) STORED,
    CONSTRAINT measurement_peaktemp_check CHECK ((peaktemp > ('-100'::integer)::numeric))
);


ALTER TABLE part.measurement_2023_north OWNER TO postgres;

--
-- Name: measurement_2023_other; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.measurement_2023_other (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    region text NOT NULL,
    peaktemp numeric(5,1),
    unitsales integer DEFAULT 0,
    fahrenheit numeric GENERATED ALWAYS AS ((((peaktemp * (9)::numeric) / (5)::numeric) + (32)::numeric)) STORED,
    CONSTRAINT measurement_peaktemp_check CHECK ((peaktemp > ('-100'::integer)::numeric))
);


ALTER TABLE part.measurement_2023_other OWNER TO postgres;

--
-- Name: TABLE measurement_2023_other; Type: COMMENT; Schema: part; Owner: postgres
--

COMMENT ON TABLE part.measurement_2023_other IS 'default sub-partition';


--
-- Name: measurement_2023_south; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.measurement_2023_south (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    region text NOT NULL,
    peaktemp numeric(5,1),
    unitsales integer DEFAULT 0,
    fahrenheit numeric GENERATED ALWAYS AS ((((peaktemp * (9)::numeric) / (5)::numeric) + (32)::numeric)) STORED,
    CONSTRAINT measurement_peaktemp_check CHECK ((peaktemp > ('-100'::integer)::numeric))
);


ALTER TABLE part.measurement_2023_south OWNER TO postgres;

--
-- Name: measurement_2024; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.measurement_2024 (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    region text NOT NULL,
    peaktemp numeric(5,1),
    unitsales integer DEFAULT 0,
    fahrenheit numeric GENERATED ALWAYS AS ((((peaktemp * (9)::numeric) / (5)::numeric) + (32)::numeric)) STORED,
    CONSTRAINT measurement_peaktemp_check CHECK ((peaktemp > ('-100'::integer)::numeric))
)
WITH (fillfactor='70');


ALTER TABLE part.measurement_2024 OWNER TO postgres;

--
-- Name: measurement_2025; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.measurement_2025 (
    region text NOT NULL,
    unitsales integer DEFAULT 7,
    peaktemp numeric(5,1),
    logdate date NOT NULL,
    city_id integer NOT NULL,
    fahrenheit numeric GENERATED ALWAYS AS ((((peaktemp * (9)::numeric) / (5)::numeric) + (32)::numeric)) STORED,
    CONSTRAINT measurement_2025_sane CHECK ((unitsales >= 0)),
    CONSTRAINT measurement_peaktemp_check CHECK ((peaktemp > ('-100'::integer)::numeric))
);


ALTER TABLE part.measurement_2025 OWNER TO postgres;

--
-- Name: measurement_old; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.measurement_old (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    region text NOT NULL,
    peaktemp numeric(5,1),
    unitsales integer DEFAULT 0,
    fahrenheit numeric GENERATED ALWAYS AS ((((peaktemp * (9)::numeric) / (5)::numeric) + (32)::numeric)) STORED,
    CONSTRAINT measurement_peaktemp_check CHECK ((peaktemp > ('-100'::integer)::numeric))
);


ALTER TABLE part.measurement_old OWNER TO postgres;

--
-- Name: truck; Type: TABLE; Schema: part; Owner: postgres
--

CREATE TABLE part.truck (
    payload_tons numeric
)
INHERITS (part.vehicle);


ALTER TABLE part.truck OWNER TO postgres;

--
-- Name: customer_eu; Type: TABLE ATTACH; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.customer ATTACH PARTITION part.customer_eu FOR VALUES IN ('DE', 'FR', 'IS');


--
-- Name: customer_nulls; Type: TABLE ATTACH; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.customer ATTACH PARTITION part.customer_nulls FOR VALUES IN ('');


--
-- Name: customer_rest; Type: TABLE ATTACH; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.customer ATTACH PARTITION part.customer_rest DEFAULT;


--
-- Name: customer_us; Type: TABLE ATTACH; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.customer ATTACH PARTITION part.customer_us FOR VALUES IN ('US');


--
-- Name: event_0; Type: TABLE ATTACH; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.event ATTACH PARTITION part.event_0 FOR VALUES WITH (modulus 4, remainder 0);


--
-- Name: event_1; Type: TABLE ATTACH; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.event ATTACH PARTITION part.event_1 FOR VALUES WITH (modulus 4, remainder 1);


--
-- Name: event_2; Type: TABLE ATTACH; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.event ATTACH PARTITION part.event_2 FOR VALUES WITH (modulus 4, remainder 2);


--
-- Name: event_3; Type: TABLE ATTACH; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.event ATTACH PARTITION part.event_3 FOR VALUES WITH (modulus 4, remainder 3);


--
-- Name: measurement_2023; Type: TABLE ATTACH; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.measurement ATTACH PARTITION part.measurement_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');


--
-- Name: measurement_2023_north; Type: TABLE ATTACH; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.measurement_2023 ATTACH PARTITION part.measurement_2023_north FOR VALUES IN ('north', 'arctic');


--
-- Name: measurement_2023_other; Type: TABLE ATTACH; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.measurement_2023 ATTACH PARTITION part.measurement_2023_other DEFAULT;


--
-- Name: measurement_2023_south; Type: TABLE ATTACH; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.measurement_2023 ATTACH PARTITION part.measurement_2023_south FOR VALUES IN ('south');


--
-- Name: measurement_2024; Type: TABLE ATTACH; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.measurement ATTACH PARTITION part.measurement_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');


--
-- Name: measurement_2025; Type: TABLE ATTACH; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.measurement ATTACH PARTITION part.measurement_2025 FOR VALUES FROM ('2025-01-01') TO (MAXVALUE);


--
-- Name: measurement_old; Type: TABLE ATTACH; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.measurement ATTACH PARTITION part.measurement_old FOR VALUES FROM (MINVALUE) TO ('2023-01-01');


--
-- Name: truck wheels; Type: DEFAULT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.truck ALTER COLUMN wheels SET DEFAULT 4;


--
-- Data for Name: bike; Type: TABLE DATA; Schema: part; Owner: postgres
--

COPY part.bike (id, wheels, name) FROM stdin;
5	2	bicycle
6	3	trike
\.


--
-- Data for Name: customer_eu; Type: TABLE DATA; Schema: part; Owner: postgres
--

COPY part.customer_eu (id, country, name) FROM stdin;
1	FR	customer 1
2	IS	customer 2
7	DE	customer 7
8	FR	customer 8
9	IS	customer 9
14	DE	customer 14
15	FR	customer 15
16	IS	customer 16
21	DE	customer 21
22	FR	customer 22
23	IS	customer 23
28	DE	customer 28
29	FR	customer 29
30	IS	customer 30
35	DE	customer 35
36	FR	customer 36
37	IS	customer 37
42	DE	customer 42
43	FR	customer 43
44	IS	customer 44
49	DE	customer 49
50	FR	customer 50
51	IS	customer 51
56	DE	customer 56
57	FR	customer 57
58	IS	customer 58
63	DE	customer 63
64	FR	customer 64
65	IS	customer 65
70	DE	customer 70
71	FR	customer 71
72	IS	customer 72
77	DE	customer 77
78	FR	customer 78
79	IS	customer 79
84	DE	customer 84
85	FR	customer 85
86	IS	customer 86
91	DE	customer 91
92	FR	customer 92
93	IS	customer 93
98	DE	customer 98
99	FR	customer 99
100	IS	customer 100
105	DE	customer 105
106	FR	customer 106
107	IS	customer 107
112	DE	customer 112
113	FR	customer 113
114	IS	customer 114
119	DE	customer 119
120	FR	customer 120
121	IS	customer 121
126	DE	customer 126
127	FR	customer 127
128	IS	customer 128
133	DE	customer 133
134	FR	customer 134
135	IS	customer 135
140	DE	customer 140
141	FR	customer 141
142	IS	customer 142
147	DE	customer 147
148	FR	customer 148
149	IS	customer 149
154	DE	customer 154
155	FR	customer 155
156	IS	customer 156
161	DE	customer 161
162	FR	customer 162
163	IS	customer 163
168	DE	customer 168
169	FR	customer 169
170	IS	customer 170
175	DE	customer 175
176	FR	customer 176
177	IS	customer 177
182	DE	customer 182
183	FR	customer 183
184	IS	customer 184
189	DE	customer 189
190	FR	customer 190
191	IS	customer 191
196	DE	customer 196
197	FR	customer 197
198	IS	customer 198
203	DE	customer 203
204	FR	customer 204
205	IS	customer 205
210	DE	customer 210
211	FR	customer 211
212	IS	customer 212
217	DE	customer 217
218	FR	customer 218
219	IS	customer 219
224	DE	customer 224
225	FR	customer 225
226	IS	customer 226
231	DE	customer 231
232	FR	customer 232
233	IS	customer 233
238	DE	customer 238
239	FR	customer 239
240	IS	customer 240
245	DE	customer 245
246	FR	customer 246
247	IS	customer 247
252	DE	customer 252
253	FR	customer 253
254	IS	customer 254
259	DE	customer 259
260	FR	customer 260
261	IS	customer 261
266	DE	customer 266
267	FR	customer 267
268	IS	customer 268
273	DE	customer 273
274	FR	customer 274
275	IS	customer 275
280	DE	customer 280
281	FR	customer 281
282	IS	customer 282
287	DE	customer 287
288	FR	customer 288
289	IS	customer 289
294	DE	customer 294
295	FR	customer 295
296	IS	customer 296
\.


--
-- Data for Name: customer_nulls; Type: TABLE DATA; Schema: part; Owner: postgres
--

COPY part.customer_nulls (id, country, name) FROM stdin;
6		customer 6
13		customer 13
20		customer 20
27		customer 27
34		customer 34
41		customer 41
48		customer 48
55		customer 55
62		customer 62
69		customer 69
76		customer 76
83		customer 83
90		customer 90
97		customer 97
104		customer 104
111		customer 111
118		customer 118
125		customer 125
132		customer 132
139		customer 139
146		customer 146
153		customer 153
160		customer 160
167		customer 167
174		customer 174
181		customer 181
188		customer 188
195		customer 195
202		customer 202
209		customer 209
216		customer 216
223		customer 223
230		customer 230
237		customer 237
244		customer 244
251		customer 251
258		customer 258
265		customer 265
272		customer 272
279		customer 279
286		customer 286
293		customer 293
300		customer 300
\.


--
-- Data for Name: customer_rest; Type: TABLE DATA; Schema: part; Owner: postgres
--

COPY part.customer_rest (id, country, name) FROM stdin;
4	JP	customer 4
5	BR	customer 5
11	JP	customer 11
12	BR	customer 12
18	JP	customer 18
19	BR	customer 19
25	JP	customer 25
26	BR	customer 26
32	JP	customer 32
33	BR	customer 33
39	JP	customer 39
40	BR	customer 40
46	JP	customer 46
47	BR	customer 47
53	JP	customer 53
54	BR	customer 54
60	JP	customer 60
61	BR	customer 61
67	JP	customer 67
68	BR	customer 68
74	JP	customer 74
75	BR	customer 75
81	JP	customer 81
82	BR	customer 82
88	JP	customer 88
89	BR	customer 89
95	JP	customer 95
96	BR	customer 96
102	JP	customer 102
103	BR	customer 103
109	JP	customer 109
110	BR	customer 110
116	JP	customer 116
117	BR	customer 117
123	JP	customer 123
124	BR	customer 124
130	JP	customer 130
131	BR	customer 131
137	JP	customer 137
138	BR	customer 138
144	JP	customer 144
145	BR	customer 145
151	JP	customer 151
152	BR	customer 152
158	JP	customer 158
159	BR	customer 159
165	JP	customer 165
166	BR	customer 166
172	JP	customer 172
173	BR	customer 173
179	JP	customer 179
180	BR	customer 180
186	JP	customer 186
187	BR	customer 187
193	JP	customer 193
194	BR	customer 194
200	JP	customer 200
201	BR	customer 201
207	JP	customer 207
208	BR	customer 208
214	JP	customer 214
215	BR	customer 215
221	JP	customer 221
222	BR	customer 222
228	JP	customer 228
229	BR	customer 229
235	JP	customer 235
236	BR	customer 236
242	JP	customer 242
243	BR	customer 243
249	JP	customer 249
250	BR	customer 250
256	JP	customer 256
257	BR	customer 257
263	JP	customer 263
264	BR	customer 264
270	JP	customer 270
271	BR	customer 271
277	JP	customer 277
278	BR	customer 278
284	JP	customer 284
285	BR	customer 285
291	JP	customer 291
292	BR	customer 292
298	JP	customer 298
299	BR	customer 299
\.


--
-- Data for Name: customer_us; Type: TABLE DATA; Schema: part; Owner: postgres
--

COPY part.customer_us (id, country, name) FROM stdin;
3	US	customer 3
10	US	customer 10
17	US	customer 17
24	US	customer 24
31	US	customer 31
38	US	customer 38
45	US	customer 45
52	US	customer 52
59	US	customer 59
66	US	customer 66
73	US	customer 73
80	US	customer 80
87	US	customer 87
94	US	customer 94
101	US	customer 101
108	US	customer 108
115	US	customer 115
122	US	customer 122
129	US	customer 129
136	US	customer 136
143	US	customer 143
150	US	customer 150
157	US	customer 157
164	US	customer 164
171	US	customer 171
178	US	customer 178
185	US	customer 185
192	US	customer 192
199	US	customer 199
206	US	customer 206
213	US	customer 213
220	US	customer 220
227	US	customer 227
234	US	customer 234
241	US	customer 241
248	US	customer 248
255	US	customer 255
262	US	customer 262
269	US	customer 269
276	US	customer 276
283	US	customer 283
290	US	customer 290
297	US	customer 297
\.


--
-- Data for Name: event_0; Type: TABLE DATA; Schema: part; Owner: postgres
--

COPY part.event_0 (id, customer_id, country, payload) FROM stdin;
300	1	FR	{"n": 300, "even": true}
601	2	IS	{"n": 601, "even": false}
1	2	IS	{"n": 1, "even": false}
302	3	US	{"n": 302, "even": true}
605	6		{"n": 605, "even": false}
305	6		{"n": 305, "even": false}
306	7	DE	{"n": 306, "even": true}
606	7	DE	{"n": 606, "even": true}
307	8	FR	{"n": 307, "even": false}
608	9	IS	{"n": 608, "even": true}
611	12	BR	{"n": 611, "even": false}
12	13		{"n": 12, "even": true}
612	13		{"n": 612, "even": true}
14	15	FR	{"n": 14, "even": true}
614	15	FR	{"n": 614, "even": true}
615	16	IS	{"n": 615, "even": false}
16	17	US	{"n": 16, "even": true}
316	17	US	{"n": 316, "even": true}
317	18	JP	{"n": 317, "even": false}
17	18	JP	{"n": 17, "even": false}
620	21	DE	{"n": 620, "even": true}
621	22	FR	{"n": 621, "even": false}
324	25	JP	{"n": 324, "even": true}
26	27		{"n": 26, "even": true}
326	27		{"n": 326, "even": true}
28	29	FR	{"n": 28, "even": true}
330	31	US	{"n": 330, "even": true}
30	31	US	{"n": 30, "even": true}
331	32	JP	{"n": 331, "even": false}
332	33	BR	{"n": 332, "even": true}
32	33	BR	{"n": 32, "even": true}
633	34		{"n": 633, "even": false}
34	35	DE	{"n": 34, "even": true}
637	38	US	{"n": 637, "even": false}
338	39	JP	{"n": 338, "even": true}
340	41		{"n": 340, "even": true}
640	41		{"n": 640, "even": true}
343	44	IS	{"n": 343, "even": false}
44	45	US	{"n": 44, "even": true}
344	45	US	{"n": 344, "even": true}
345	46	JP	{"n": 345, "even": false}
45	46	JP	{"n": 45, "even": false}
346	47	BR	{"n": 346, "even": true}
646	47	BR	{"n": 646, "even": true}
649	50	FR	{"n": 649, "even": false}
350	51	IS	{"n": 350, "even": true}
50	51	IS	{"n": 50, "even": true}
351	52	US	{"n": 351, "even": false}
54	55		{"n": 54, "even": true}
354	55		{"n": 354, "even": true}
654	55		{"n": 654, "even": true}
658	59	US	{"n": 658, "even": true}
59	60	JP	{"n": 59, "even": false}
60	61	BR	{"n": 60, "even": true}
362	63	DE	{"n": 362, "even": true}
64	65	IS	{"n": 64, "even": true}
365	66	US	{"n": 365, "even": false}
66	67	JP	{"n": 66, "even": true}
67	68	BR	{"n": 67, "even": false}
668	69		{"n": 668, "even": true}
71	72	IS	{"n": 71, "even": false}
74	75	BR	{"n": 74, "even": true}
375	76		{"n": 375, "even": false}
678	79	IS	{"n": 678, "even": true}
79	80	US	{"n": 79, "even": false}
680	81	JP	{"n": 680, "even": true}
81	82	BR	{"n": 81, "even": false}
682	83		{"n": 682, "even": true}
383	84	DE	{"n": 383, "even": false}
83	84	DE	{"n": 83, "even": false}
384	85	FR	{"n": 384, "even": true}
85	86	IS	{"n": 85, "even": false}
386	87	US	{"n": 386, "even": true}
387	88	JP	{"n": 387, "even": false}
88	89	BR	{"n": 88, "even": true}
91	92	FR	{"n": 91, "even": false}
698	99	FR	{"n": 698, "even": true}
401	102	JP	{"n": 401, "even": false}
101	102	JP	{"n": 101, "even": false}
702	103	BR	{"n": 702, "even": true}
104	105	DE	{"n": 104, "even": true}
706	107	IS	{"n": 706, "even": true}
107	108	US	{"n": 107, "even": false}
708	109	JP	{"n": 708, "even": true}
108	109	JP	{"n": 108, "even": true}
409	110	BR	{"n": 409, "even": false}
410	111		{"n": 410, "even": true}
411	112	DE	{"n": 411, "even": false}
112	113	FR	{"n": 112, "even": true}
713	114	IS	{"n": 713, "even": false}
114	115	US	{"n": 114, "even": true}
715	116	JP	{"n": 715, "even": false}
716	117	BR	{"n": 716, "even": true}
417	118		{"n": 417, "even": false}
119	120	FR	{"n": 119, "even": false}
419	120	FR	{"n": 419, "even": false}
420	121	IS	{"n": 420, "even": true}
422	123	JP	{"n": 422, "even": true}
123	124	BR	{"n": 123, "even": false}
125	126	DE	{"n": 125, "even": false}
427	128	IS	{"n": 427, "even": false}
728	129	US	{"n": 728, "even": true}
429	130	JP	{"n": 429, "even": false}
730	131	BR	{"n": 730, "even": true}
431	132		{"n": 431, "even": false}
731	132		{"n": 731, "even": false}
733	134	FR	{"n": 733, "even": false}
433	134	FR	{"n": 433, "even": false}
734	135	IS	{"n": 734, "even": true}
134	135	IS	{"n": 134, "even": true}
437	138	BR	{"n": 437, "even": false}
138	139		{"n": 138, "even": true}
738	139		{"n": 738, "even": true}
739	140	DE	{"n": 739, "even": false}
439	140	DE	{"n": 439, "even": false}
741	142	IS	{"n": 741, "even": false}
142	143	US	{"n": 142, "even": true}
444	145	BR	{"n": 444, "even": true}
447	148	FR	{"n": 447, "even": false}
747	148	FR	{"n": 747, "even": false}
151	152	BR	{"n": 151, "even": false}
152	153		{"n": 152, "even": true}
752	153		{"n": 752, "even": true}
753	154	DE	{"n": 753, "even": false}
153	154	DE	{"n": 153, "even": false}
155	156	IS	{"n": 155, "even": false}
156	157	US	{"n": 156, "even": true}
457	158	JP	{"n": 457, "even": false}
458	159	BR	{"n": 458, "even": true}
759	160		{"n": 759, "even": false}
165	166	BR	{"n": 165, "even": false}
766	167		{"n": 766, "even": true}
166	167		{"n": 166, "even": true}
167	168	DE	{"n": 167, "even": false}
767	168	DE	{"n": 767, "even": false}
467	168	DE	{"n": 467, "even": false}
171	172	JP	{"n": 171, "even": false}
472	173	BR	{"n": 472, "even": true}
772	173	BR	{"n": 772, "even": true}
775	176	FR	{"n": 775, "even": false}
176	177	IS	{"n": 176, "even": true}
477	178	US	{"n": 477, "even": false}
479	180	BR	{"n": 479, "even": false}
180	181		{"n": 180, "even": true}
480	181		{"n": 480, "even": true}
781	182	DE	{"n": 781, "even": false}
782	183	FR	{"n": 782, "even": true}
183	184	IS	{"n": 183, "even": false}
785	186	JP	{"n": 785, "even": false}
185	186	JP	{"n": 185, "even": false}
186	187	BR	{"n": 186, "even": true}
787	188		{"n": 787, "even": false}
188	189	DE	{"n": 188, "even": true}
488	189	DE	{"n": 488, "even": true}
788	189	DE	{"n": 788, "even": true}
189	190	FR	{"n": 189, "even": false}
789	190	FR	{"n": 789, "even": false}
791	192	US	{"n": 791, "even": false}
492	193	JP	{"n": 492, "even": true}
192	193	JP	{"n": 192, "even": true}
194	195		{"n": 194, "even": true}
797	198	IS	{"n": 797, "even": false}
800	201	BR	{"n": 800, "even": true}
501	202		{"n": 501, "even": false}
804	205	IS	{"n": 804, "even": true}
204	205	IS	{"n": 204, "even": true}
205	206	US	{"n": 205, "even": false}
505	206	US	{"n": 505, "even": false}
506	207	JP	{"n": 506, "even": true}
207	208	BR	{"n": 207, "even": false}
508	209		{"n": 508, "even": true}
208	209		{"n": 208, "even": true}
209	210	DE	{"n": 209, "even": false}
210	211	FR	{"n": 210, "even": true}
213	214	JP	{"n": 213, "even": false}
814	215	BR	{"n": 814, "even": true}
214	215	BR	{"n": 214, "even": true}
816	217	DE	{"n": 816, "even": true}
216	217	DE	{"n": 216, "even": true}
517	218	FR	{"n": 517, "even": false}
518	219	IS	{"n": 518, "even": true}
219	220	US	{"n": 219, "even": false}
519	220	US	{"n": 519, "even": false}
223	224	DE	{"n": 223, "even": false}
524	225	FR	{"n": 524, "even": true}
825	226	IS	{"n": 825, "even": false}
826	227	US	{"n": 826, "even": true}
527	228	JP	{"n": 527, "even": false}
227	228	JP	{"n": 227, "even": false}
229	230		{"n": 229, "even": false}
532	233	IS	{"n": 532, "even": true}
835	236	BR	{"n": 835, "even": false}
536	237		{"n": 536, "even": true}
837	238	DE	{"n": 837, "even": false}
238	239	FR	{"n": 238, "even": true}
538	239	FR	{"n": 538, "even": true}
239	240	IS	{"n": 239, "even": false}
542	243	BR	{"n": 542, "even": true}
543	244		{"n": 543, "even": false}
843	244		{"n": 843, "even": false}
845	246	FR	{"n": 845, "even": false}
846	247	IS	{"n": 846, "even": true}
247	248	US	{"n": 247, "even": false}
248	249	JP	{"n": 248, "even": true}
251	252	DE	{"n": 251, "even": false}
852	253	FR	{"n": 852, "even": true}
859	260	FR	{"n": 859, "even": false}
559	260	FR	{"n": 559, "even": false}
560	261	IS	{"n": 560, "even": true}
263	264	BR	{"n": 263, "even": false}
866	267	FR	{"n": 866, "even": true}
267	268	IS	{"n": 267, "even": false}
270	271	BR	{"n": 270, "even": true}
570	271	BR	{"n": 570, "even": true}
572	273	DE	{"n": 572, "even": true}
872	273	DE	{"n": 872, "even": true}
873	274	FR	{"n": 873, "even": false}
275	276	US	{"n": 275, "even": false}
877	278	BR	{"n": 877, "even": false}
878	279		{"n": 878, "even": true}
579	280	DE	{"n": 579, "even": false}
581	282	IS	{"n": 581, "even": false}
881	282	IS	{"n": 881, "even": false}
582	283	US	{"n": 582, "even": true}
283	284	JP	{"n": 283, "even": false}
284	285	BR	{"n": 284, "even": true}
886	287	DE	{"n": 886, "even": true}
891	292	BR	{"n": 891, "even": false}
292	293		{"n": 292, "even": true}
892	293		{"n": 892, "even": true}
294	295	FR	{"n": 294, "even": true}
296	297	US	{"n": 296, "even": true}
297	298	JP	{"n": 297, "even": false}
298	299	BR	{"n": 298, "even": true}
898	299	BR	{"n": 898, "even": true}
599	300		{"n": 599, "even": false}
\.


--
-- Data for Name: event_1; Type: TABLE DATA; Schema: part; Owner: postgres
--

COPY part.event_1 (id, customer_id, country, payload) FROM stdin;
602	3	US	{"n": 602, "even": true}
303	4	JP	{"n": 303, "even": false}
3	4	JP	{"n": 3, "even": false}
304	5	BR	{"n": 304, "even": true}
5	6		{"n": 5, "even": false}
8	9	IS	{"n": 8, "even": true}
309	10	US	{"n": 309, "even": false}
9	10	US	{"n": 9, "even": false}
610	11	JP	{"n": 610, "even": true}
311	12	BR	{"n": 311, "even": false}
11	12	BR	{"n": 11, "even": false}
613	14	DE	{"n": 613, "even": false}
616	17	US	{"n": 616, "even": true}
617	18	JP	{"n": 617, "even": false}
318	19	BR	{"n": 318, "even": true}
618	19	BR	{"n": 618, "even": true}
319	20		{"n": 319, "even": false}
19	20		{"n": 19, "even": false}
20	21	DE	{"n": 20, "even": true}
320	21	DE	{"n": 320, "even": true}
21	22	FR	{"n": 21, "even": false}
623	24	US	{"n": 623, "even": false}
323	24	US	{"n": 323, "even": false}
625	26	BR	{"n": 625, "even": false}
328	29	FR	{"n": 328, "even": true}
628	29	FR	{"n": 628, "even": true}
630	31	US	{"n": 630, "even": true}
631	32	JP	{"n": 631, "even": false}
31	32	JP	{"n": 31, "even": false}
333	34		{"n": 333, "even": false}
334	35	DE	{"n": 334, "even": true}
35	36	FR	{"n": 35, "even": false}
36	37	IS	{"n": 36, "even": true}
37	38	US	{"n": 37, "even": false}
337	38	US	{"n": 337, "even": false}
38	39	JP	{"n": 38, "even": true}
339	40	BR	{"n": 339, "even": false}
41	42	DE	{"n": 41, "even": false}
641	42	DE	{"n": 641, "even": false}
342	43	FR	{"n": 342, "even": true}
46	47	BR	{"n": 46, "even": true}
647	48		{"n": 647, "even": false}
348	49	DE	{"n": 348, "even": true}
651	52	US	{"n": 651, "even": false}
653	54	BR	{"n": 653, "even": false}
655	56	DE	{"n": 655, "even": false}
56	57	FR	{"n": 56, "even": true}
356	57	FR	{"n": 356, "even": true}
657	58	IS	{"n": 657, "even": false}
358	59	US	{"n": 358, "even": true}
360	61	BR	{"n": 360, "even": true}
660	61	BR	{"n": 660, "even": true}
61	62		{"n": 61, "even": false}
364	65	IS	{"n": 364, "even": true}
68	69		{"n": 68, "even": true}
669	70	DE	{"n": 669, "even": false}
369	70	DE	{"n": 369, "even": false}
69	70	DE	{"n": 69, "even": false}
670	71	FR	{"n": 670, "even": true}
70	71	FR	{"n": 70, "even": true}
72	73	US	{"n": 72, "even": true}
73	74	JP	{"n": 73, "even": false}
673	74	JP	{"n": 673, "even": false}
76	77	DE	{"n": 76, "even": true}
377	78	FR	{"n": 377, "even": false}
78	79	IS	{"n": 78, "even": true}
681	82	BR	{"n": 681, "even": false}
684	85	FR	{"n": 684, "even": true}
389	90		{"n": 389, "even": false}
89	90		{"n": 89, "even": false}
90	91	DE	{"n": 90, "even": true}
92	93	IS	{"n": 92, "even": true}
392	93	IS	{"n": 392, "even": true}
694	95	JP	{"n": 694, "even": true}
394	95	JP	{"n": 394, "even": true}
95	96	BR	{"n": 95, "even": false}
96	97		{"n": 96, "even": true}
697	98	DE	{"n": 697, "even": false}
398	99	FR	{"n": 398, "even": true}
98	99	FR	{"n": 98, "even": true}
399	100	IS	{"n": 399, "even": false}
400	101	US	{"n": 400, "even": true}
100	101	US	{"n": 100, "even": true}
103	104		{"n": 103, "even": false}
703	104		{"n": 703, "even": false}
704	105	DE	{"n": 704, "even": true}
406	107	IS	{"n": 406, "even": true}
110	111		{"n": 110, "even": true}
111	112	DE	{"n": 111, "even": false}
412	113	FR	{"n": 412, "even": true}
413	114	IS	{"n": 413, "even": false}
714	115	US	{"n": 714, "even": true}
415	116	JP	{"n": 415, "even": false}
116	117	BR	{"n": 116, "even": true}
717	118		{"n": 717, "even": false}
118	119	DE	{"n": 118, "even": true}
719	120	FR	{"n": 719, "even": false}
120	121	IS	{"n": 120, "even": true}
421	122	US	{"n": 421, "even": false}
423	124	BR	{"n": 423, "even": false}
724	125		{"n": 724, "even": true}
727	128	IS	{"n": 727, "even": false}
130	131	BR	{"n": 130, "even": true}
432	133	DE	{"n": 432, "even": true}
735	136	US	{"n": 735, "even": false}
744	145	BR	{"n": 744, "even": true}
145	146		{"n": 145, "even": false}
448	149	IS	{"n": 448, "even": true}
148	149	IS	{"n": 148, "even": true}
450	151	JP	{"n": 450, "even": true}
751	152	BR	{"n": 751, "even": false}
453	154	DE	{"n": 453, "even": false}
154	155	FR	{"n": 154, "even": true}
455	156	IS	{"n": 455, "even": false}
755	156	IS	{"n": 755, "even": false}
756	157	US	{"n": 756, "even": true}
757	158	JP	{"n": 757, "even": false}
760	161	DE	{"n": 760, "even": true}
161	162	FR	{"n": 161, "even": false}
762	163	IS	{"n": 762, "even": true}
162	163	IS	{"n": 162, "even": true}
164	165	JP	{"n": 164, "even": true}
466	167		{"n": 466, "even": true}
468	169	FR	{"n": 468, "even": true}
169	170	IS	{"n": 169, "even": false}
769	170	IS	{"n": 769, "even": false}
771	172	JP	{"n": 771, "even": false}
777	178	US	{"n": 777, "even": false}
177	178	US	{"n": 177, "even": false}
182	183	FR	{"n": 182, "even": true}
482	183	FR	{"n": 482, "even": true}
184	185	US	{"n": 184, "even": true}
484	185	US	{"n": 484, "even": true}
784	185	US	{"n": 784, "even": true}
485	186	JP	{"n": 485, "even": false}
486	187	BR	{"n": 486, "even": true}
487	188		{"n": 487, "even": false}
489	190	FR	{"n": 489, "even": false}
190	191	IS	{"n": 190, "even": true}
790	191	IS	{"n": 790, "even": true}
491	192	US	{"n": 491, "even": false}
193	194	BR	{"n": 193, "even": false}
494	195		{"n": 494, "even": true}
196	197	FR	{"n": 196, "even": true}
496	197	FR	{"n": 496, "even": true}
503	204	FR	{"n": 503, "even": false}
504	205	IS	{"n": 504, "even": true}
805	206	US	{"n": 805, "even": false}
806	207	JP	{"n": 806, "even": true}
811	212	IS	{"n": 811, "even": false}
512	213	US	{"n": 512, "even": true}
514	215	BR	{"n": 514, "even": true}
218	219	IS	{"n": 218, "even": true}
220	221	JP	{"n": 220, "even": true}
520	221	JP	{"n": 520, "even": true}
522	223		{"n": 522, "even": true}
823	224	DE	{"n": 823, "even": false}
224	225	FR	{"n": 224, "even": true}
526	227	US	{"n": 526, "even": true}
827	228	JP	{"n": 827, "even": false}
228	229	BR	{"n": 228, "even": true}
828	229	BR	{"n": 828, "even": true}
833	234	US	{"n": 833, "even": false}
234	235	JP	{"n": 234, "even": true}
836	237		{"n": 836, "even": true}
839	240	IS	{"n": 839, "even": false}
243	244		{"n": 243, "even": false}
544	245	DE	{"n": 544, "even": true}
244	245	DE	{"n": 244, "even": true}
545	246	FR	{"n": 545, "even": false}
245	246	FR	{"n": 245, "even": false}
848	249	JP	{"n": 848, "even": true}
849	250	BR	{"n": 849, "even": false}
249	250	BR	{"n": 249, "even": false}
550	251		{"n": 550, "even": true}
250	251		{"n": 250, "even": true}
851	252	DE	{"n": 851, "even": false}
253	254	IS	{"n": 253, "even": false}
853	254	IS	{"n": 853, "even": false}
553	254	IS	{"n": 553, "even": false}
555	256	JP	{"n": 555, "even": false}
259	260	FR	{"n": 259, "even": false}
260	261	IS	{"n": 260, "even": true}
561	262	US	{"n": 561, "even": false}
864	265		{"n": 864, "even": true}
265	266	DE	{"n": 265, "even": false}
568	269	US	{"n": 568, "even": true}
868	269	US	{"n": 868, "even": true}
569	270	JP	{"n": 569, "even": false}
269	270	JP	{"n": 269, "even": false}
272	273	DE	{"n": 272, "even": true}
273	274	FR	{"n": 273, "even": false}
577	278	BR	{"n": 577, "even": false}
578	279		{"n": 578, "even": true}
879	280	DE	{"n": 879, "even": false}
580	281	FR	{"n": 580, "even": true}
880	281	FR	{"n": 880, "even": true}
882	283	US	{"n": 882, "even": true}
583	284	JP	{"n": 583, "even": false}
285	286		{"n": 285, "even": false}
885	286		{"n": 885, "even": false}
288	289	IS	{"n": 288, "even": true}
888	289	IS	{"n": 888, "even": true}
589	290	US	{"n": 589, "even": false}
590	291	JP	{"n": 590, "even": true}
890	291	JP	{"n": 890, "even": true}
295	296	IS	{"n": 295, "even": false}
597	298	JP	{"n": 597, "even": false}
598	299	BR	{"n": 598, "even": true}
899	300		{"n": 899, "even": false}
\.


--
-- Data for Name: event_2; Type: TABLE DATA; Schema: part; Owner: postgres
--

COPY part.event_2 (id, customer_id, country, payload) FROM stdin;
900	1	FR	{"n": 900, "even": true}
2	3	US	{"n": 2, "even": true}
604	5	BR	{"n": 604, "even": true}
607	8	FR	{"n": 607, "even": false}
308	9	IS	{"n": 308, "even": true}
312	13		{"n": 312, "even": true}
13	14	DE	{"n": 13, "even": false}
314	15	FR	{"n": 314, "even": true}
18	19	BR	{"n": 18, "even": true}
619	20		{"n": 619, "even": false}
321	22	FR	{"n": 321, "even": false}
622	23	IS	{"n": 622, "even": true}
23	24	US	{"n": 23, "even": false}
25	26	BR	{"n": 25, "even": false}
325	26	BR	{"n": 325, "even": false}
626	27		{"n": 626, "even": true}
627	28	DE	{"n": 627, "even": false}
27	28	DE	{"n": 27, "even": false}
634	35	DE	{"n": 634, "even": true}
336	37	IS	{"n": 336, "even": true}
39	40	BR	{"n": 39, "even": false}
639	40	BR	{"n": 639, "even": false}
642	43	FR	{"n": 642, "even": true}
42	43	FR	{"n": 42, "even": true}
43	44	IS	{"n": 43, "even": false}
643	44	IS	{"n": 643, "even": false}
644	45	US	{"n": 644, "even": true}
645	46	JP	{"n": 645, "even": false}
347	48		{"n": 347, "even": false}
47	48		{"n": 47, "even": false}
48	49	DE	{"n": 48, "even": true}
648	49	DE	{"n": 648, "even": true}
49	50	FR	{"n": 49, "even": false}
650	51	IS	{"n": 650, "even": true}
51	52	US	{"n": 51, "even": false}
52	53	JP	{"n": 52, "even": true}
53	54	BR	{"n": 53, "even": false}
656	57	FR	{"n": 656, "even": true}
357	58	IS	{"n": 357, "even": false}
659	60	JP	{"n": 659, "even": false}
359	60	JP	{"n": 359, "even": false}
361	62		{"n": 361, "even": false}
662	63	DE	{"n": 662, "even": true}
62	63	DE	{"n": 62, "even": true}
63	64	FR	{"n": 63, "even": false}
663	64	FR	{"n": 663, "even": false}
665	66	US	{"n": 665, "even": false}
366	67	JP	{"n": 366, "even": true}
367	68	BR	{"n": 367, "even": false}
370	71	FR	{"n": 370, "even": true}
671	72	IS	{"n": 671, "even": false}
371	72	IS	{"n": 371, "even": false}
372	73	US	{"n": 372, "even": true}
674	75	BR	{"n": 674, "even": true}
75	76		{"n": 75, "even": false}
676	77	DE	{"n": 676, "even": true}
376	77	DE	{"n": 376, "even": true}
77	78	FR	{"n": 77, "even": false}
378	79	IS	{"n": 378, "even": true}
679	80	US	{"n": 679, "even": false}
379	80	US	{"n": 379, "even": false}
380	81	JP	{"n": 380, "even": true}
80	81	JP	{"n": 80, "even": true}
382	83		{"n": 382, "even": true}
683	84	DE	{"n": 683, "even": false}
84	85	FR	{"n": 84, "even": true}
385	86	IS	{"n": 385, "even": false}
87	88	JP	{"n": 87, "even": false}
687	88	JP	{"n": 687, "even": false}
688	89	BR	{"n": 688, "even": true}
388	89	BR	{"n": 388, "even": true}
689	90		{"n": 689, "even": false}
390	91	DE	{"n": 390, "even": true}
691	92	FR	{"n": 691, "even": false}
391	92	FR	{"n": 391, "even": false}
692	93	IS	{"n": 692, "even": true}
393	94	US	{"n": 393, "even": false}
93	94	US	{"n": 93, "even": false}
94	95	JP	{"n": 94, "even": true}
695	96	BR	{"n": 695, "even": false}
395	96	BR	{"n": 395, "even": false}
696	97		{"n": 696, "even": true}
699	100	IS	{"n": 699, "even": false}
99	100	IS	{"n": 99, "even": false}
700	101	US	{"n": 700, "even": true}
701	102	JP	{"n": 701, "even": false}
102	103	BR	{"n": 102, "even": true}
402	103	BR	{"n": 402, "even": true}
403	104		{"n": 403, "even": false}
705	106	FR	{"n": 705, "even": false}
405	106	FR	{"n": 405, "even": false}
407	108	US	{"n": 407, "even": false}
710	111		{"n": 710, "even": true}
711	112	DE	{"n": 711, "even": false}
712	113	FR	{"n": 712, "even": true}
113	114	IS	{"n": 113, "even": false}
115	116	JP	{"n": 115, "even": false}
416	117	BR	{"n": 416, "even": true}
117	118		{"n": 117, "even": false}
418	119	DE	{"n": 418, "even": true}
720	121	IS	{"n": 720, "even": true}
721	122	US	{"n": 721, "even": false}
722	123	JP	{"n": 722, "even": true}
723	124	BR	{"n": 723, "even": false}
425	126	DE	{"n": 425, "even": false}
126	127	FR	{"n": 126, "even": true}
128	129	US	{"n": 128, "even": true}
428	129	US	{"n": 428, "even": true}
129	130	JP	{"n": 129, "even": false}
131	132		{"n": 131, "even": false}
732	133	DE	{"n": 732, "even": true}
133	134	FR	{"n": 133, "even": false}
135	136	US	{"n": 135, "even": false}
736	137	JP	{"n": 736, "even": true}
136	137	JP	{"n": 136, "even": true}
139	140	DE	{"n": 139, "even": false}
140	141	FR	{"n": 140, "even": true}
441	142	IS	{"n": 441, "even": false}
141	142	IS	{"n": 141, "even": false}
143	144	JP	{"n": 143, "even": false}
144	145	BR	{"n": 144, "even": true}
146	147	DE	{"n": 146, "even": true}
749	150	US	{"n": 749, "even": false}
149	150	US	{"n": 149, "even": false}
150	151	JP	{"n": 150, "even": true}
750	151	JP	{"n": 750, "even": true}
451	152	BR	{"n": 451, "even": false}
454	155	FR	{"n": 454, "even": true}
754	155	FR	{"n": 754, "even": true}
456	157	US	{"n": 456, "even": true}
157	158	JP	{"n": 157, "even": false}
158	159	BR	{"n": 158, "even": true}
758	159	BR	{"n": 758, "even": true}
459	160		{"n": 459, "even": false}
460	161	DE	{"n": 460, "even": true}
160	161	DE	{"n": 160, "even": true}
461	162	FR	{"n": 461, "even": false}
761	162	FR	{"n": 761, "even": false}
763	164	US	{"n": 763, "even": false}
464	165	JP	{"n": 464, "even": true}
764	165	JP	{"n": 764, "even": true}
465	166	BR	{"n": 465, "even": false}
768	169	FR	{"n": 768, "even": true}
168	169	FR	{"n": 168, "even": true}
469	170	IS	{"n": 469, "even": false}
170	171	US	{"n": 170, "even": true}
470	171	US	{"n": 470, "even": true}
172	173	BR	{"n": 172, "even": true}
773	174		{"n": 773, "even": false}
473	174		{"n": 473, "even": false}
174	175	DE	{"n": 174, "even": true}
774	175	DE	{"n": 774, "even": true}
776	177	IS	{"n": 776, "even": true}
178	179	JP	{"n": 178, "even": true}
778	179	JP	{"n": 778, "even": true}
478	179	JP	{"n": 478, "even": true}
179	180	BR	{"n": 179, "even": false}
780	181		{"n": 780, "even": true}
481	182	DE	{"n": 481, "even": false}
783	184	IS	{"n": 783, "even": false}
786	187	BR	{"n": 786, "even": true}
187	188		{"n": 187, "even": false}
490	191	IS	{"n": 490, "even": true}
793	194	BR	{"n": 793, "even": false}
493	194	BR	{"n": 493, "even": false}
794	195		{"n": 794, "even": true}
796	197	FR	{"n": 796, "even": true}
197	198	IS	{"n": 197, "even": false}
798	199	US	{"n": 798, "even": true}
198	199	US	{"n": 198, "even": true}
498	199	US	{"n": 498, "even": true}
799	200	JP	{"n": 799, "even": false}
201	202		{"n": 201, "even": false}
502	203	DE	{"n": 502, "even": true}
802	203	DE	{"n": 802, "even": true}
202	203	DE	{"n": 202, "even": true}
803	204	FR	{"n": 803, "even": false}
203	204	FR	{"n": 203, "even": false}
206	207	JP	{"n": 206, "even": true}
507	208	BR	{"n": 507, "even": false}
509	210	DE	{"n": 509, "even": false}
511	212	IS	{"n": 511, "even": false}
212	213	US	{"n": 212, "even": true}
812	213	US	{"n": 812, "even": true}
513	214	JP	{"n": 513, "even": false}
813	214	JP	{"n": 813, "even": false}
515	216		{"n": 515, "even": false}
215	216		{"n": 215, "even": false}
516	217	DE	{"n": 516, "even": true}
817	218	FR	{"n": 817, "even": false}
818	219	IS	{"n": 818, "even": true}
819	220	US	{"n": 819, "even": false}
820	221	JP	{"n": 820, "even": true}
521	222	BR	{"n": 521, "even": false}
222	223		{"n": 222, "even": true}
824	225	FR	{"n": 824, "even": true}
225	226	IS	{"n": 225, "even": false}
226	227	US	{"n": 226, "even": true}
829	230		{"n": 829, "even": false}
230	231	DE	{"n": 230, "even": true}
831	232	FR	{"n": 831, "even": false}
531	232	FR	{"n": 531, "even": false}
232	233	IS	{"n": 232, "even": true}
832	233	IS	{"n": 832, "even": true}
834	235	JP	{"n": 834, "even": true}
236	237		{"n": 236, "even": true}
537	238	DE	{"n": 537, "even": false}
838	239	FR	{"n": 838, "even": true}
539	240	IS	{"n": 539, "even": false}
240	241	US	{"n": 240, "even": true}
841	242	JP	{"n": 841, "even": false}
242	243	BR	{"n": 242, "even": true}
844	245	DE	{"n": 844, "even": true}
546	247	IS	{"n": 546, "even": true}
847	248	US	{"n": 847, "even": false}
547	248	US	{"n": 547, "even": false}
548	249	JP	{"n": 548, "even": true}
551	252	DE	{"n": 551, "even": false}
552	253	FR	{"n": 552, "even": true}
252	253	FR	{"n": 252, "even": true}
554	255	US	{"n": 554, "even": true}
854	255	US	{"n": 854, "even": true}
855	256	JP	{"n": 855, "even": false}
255	256	JP	{"n": 255, "even": false}
256	257	BR	{"n": 256, "even": true}
261	262	US	{"n": 261, "even": false}
861	262	US	{"n": 861, "even": false}
262	263	JP	{"n": 262, "even": true}
562	263	JP	{"n": 562, "even": true}
564	265		{"n": 564, "even": true}
865	266	DE	{"n": 865, "even": false}
565	266	DE	{"n": 565, "even": false}
266	267	FR	{"n": 266, "even": true}
869	270	JP	{"n": 869, "even": false}
571	272		{"n": 571, "even": false}
576	277	JP	{"n": 576, "even": true}
277	278	BR	{"n": 277, "even": false}
883	284	JP	{"n": 883, "even": false}
584	285	BR	{"n": 584, "even": true}
884	285	BR	{"n": 884, "even": true}
586	287	DE	{"n": 586, "even": true}
887	288	FR	{"n": 887, "even": false}
591	292	BR	{"n": 591, "even": false}
593	294	DE	{"n": 593, "even": false}
893	294	DE	{"n": 893, "even": false}
594	295	FR	{"n": 594, "even": true}
894	295	FR	{"n": 894, "even": true}
596	297	US	{"n": 596, "even": true}
897	298	JP	{"n": 897, "even": false}
299	300		{"n": 299, "even": false}
\.


--
-- Data for Name: event_3; Type: TABLE DATA; Schema: part; Owner: postgres
--

COPY part.event_3 (id, customer_id, country, payload) FROM stdin;
600	1	FR	{"n": 600, "even": true}
301	2	IS	{"n": 301, "even": false}
603	4	JP	{"n": 603, "even": false}
4	5	BR	{"n": 4, "even": true}
6	7	DE	{"n": 6, "even": true}
7	8	FR	{"n": 7, "even": false}
609	10	US	{"n": 609, "even": false}
10	11	JP	{"n": 10, "even": true}
310	11	JP	{"n": 310, "even": true}
313	14	DE	{"n": 313, "even": false}
315	16	IS	{"n": 315, "even": false}
15	16	IS	{"n": 15, "even": false}
22	23	IS	{"n": 22, "even": true}
322	23	IS	{"n": 322, "even": true}
24	25	JP	{"n": 24, "even": true}
624	25	JP	{"n": 624, "even": true}
327	28	DE	{"n": 327, "even": false}
329	30	IS	{"n": 329, "even": false}
29	30	IS	{"n": 29, "even": false}
629	30	IS	{"n": 629, "even": false}
632	33	BR	{"n": 632, "even": true}
33	34		{"n": 33, "even": false}
635	36	FR	{"n": 635, "even": false}
335	36	FR	{"n": 335, "even": false}
636	37	IS	{"n": 636, "even": true}
638	39	JP	{"n": 638, "even": true}
40	41		{"n": 40, "even": true}
341	42	DE	{"n": 341, "even": false}
349	50	FR	{"n": 349, "even": false}
352	53	JP	{"n": 352, "even": true}
652	53	JP	{"n": 652, "even": true}
353	54	BR	{"n": 353, "even": false}
355	56	DE	{"n": 355, "even": false}
55	56	DE	{"n": 55, "even": false}
57	58	IS	{"n": 57, "even": false}
58	59	US	{"n": 58, "even": true}
661	62		{"n": 661, "even": false}
363	64	FR	{"n": 363, "even": false}
664	65	IS	{"n": 664, "even": true}
65	66	US	{"n": 65, "even": false}
666	67	JP	{"n": 666, "even": true}
667	68	BR	{"n": 667, "even": false}
368	69		{"n": 368, "even": true}
672	73	US	{"n": 672, "even": true}
373	74	JP	{"n": 373, "even": false}
374	75	BR	{"n": 374, "even": true}
675	76		{"n": 675, "even": false}
677	78	FR	{"n": 677, "even": false}
381	82	BR	{"n": 381, "even": false}
82	83		{"n": 82, "even": true}
685	86	IS	{"n": 685, "even": false}
86	87	US	{"n": 86, "even": true}
686	87	US	{"n": 686, "even": true}
690	91	DE	{"n": 690, "even": true}
693	94	US	{"n": 693, "even": false}
396	97		{"n": 396, "even": true}
397	98	DE	{"n": 397, "even": false}
97	98	DE	{"n": 97, "even": false}
404	105	DE	{"n": 404, "even": true}
105	106	FR	{"n": 105, "even": false}
106	107	IS	{"n": 106, "even": true}
707	108	US	{"n": 707, "even": false}
408	109	JP	{"n": 408, "even": true}
109	110	BR	{"n": 109, "even": false}
709	110	BR	{"n": 709, "even": false}
414	115	US	{"n": 414, "even": true}
718	119	DE	{"n": 718, "even": true}
121	122	US	{"n": 121, "even": false}
122	123	JP	{"n": 122, "even": true}
424	125		{"n": 424, "even": true}
124	125		{"n": 124, "even": true}
725	126	DE	{"n": 725, "even": false}
726	127	FR	{"n": 726, "even": true}
426	127	FR	{"n": 426, "even": true}
127	128	IS	{"n": 127, "even": false}
729	130	JP	{"n": 729, "even": false}
430	131	BR	{"n": 430, "even": true}
132	133	DE	{"n": 132, "even": true}
434	135	IS	{"n": 434, "even": true}
435	136	US	{"n": 435, "even": false}
436	137	JP	{"n": 436, "even": true}
137	138	BR	{"n": 137, "even": false}
737	138	BR	{"n": 737, "even": false}
438	139		{"n": 438, "even": true}
740	141	FR	{"n": 740, "even": true}
440	141	FR	{"n": 440, "even": true}
442	143	US	{"n": 442, "even": true}
742	143	US	{"n": 742, "even": true}
743	144	JP	{"n": 743, "even": false}
443	144	JP	{"n": 443, "even": false}
445	146		{"n": 445, "even": false}
745	146		{"n": 745, "even": false}
446	147	DE	{"n": 446, "even": true}
746	147	DE	{"n": 746, "even": true}
147	148	FR	{"n": 147, "even": false}
748	149	IS	{"n": 748, "even": true}
449	150	US	{"n": 449, "even": false}
452	153		{"n": 452, "even": true}
159	160		{"n": 159, "even": false}
462	163	IS	{"n": 462, "even": true}
463	164	US	{"n": 463, "even": false}
163	164	US	{"n": 163, "even": false}
765	166	BR	{"n": 765, "even": false}
770	171	US	{"n": 770, "even": true}
471	172	JP	{"n": 471, "even": false}
173	174		{"n": 173, "even": false}
474	175	DE	{"n": 474, "even": true}
175	176	FR	{"n": 175, "even": false}
475	176	FR	{"n": 475, "even": false}
476	177	IS	{"n": 476, "even": true}
779	180	BR	{"n": 779, "even": false}
181	182	DE	{"n": 181, "even": false}
483	184	IS	{"n": 483, "even": false}
191	192	US	{"n": 191, "even": false}
792	193	JP	{"n": 792, "even": true}
795	196	DE	{"n": 795, "even": false}
195	196	DE	{"n": 195, "even": false}
495	196	DE	{"n": 495, "even": false}
497	198	IS	{"n": 497, "even": false}
199	200	JP	{"n": 199, "even": false}
499	200	JP	{"n": 499, "even": false}
500	201	BR	{"n": 500, "even": true}
200	201	BR	{"n": 200, "even": true}
801	202		{"n": 801, "even": false}
807	208	BR	{"n": 807, "even": false}
808	209		{"n": 808, "even": true}
809	210	DE	{"n": 809, "even": false}
510	211	FR	{"n": 510, "even": true}
810	211	FR	{"n": 810, "even": true}
211	212	IS	{"n": 211, "even": false}
815	216		{"n": 815, "even": false}
217	218	FR	{"n": 217, "even": false}
821	222	BR	{"n": 821, "even": false}
221	222	BR	{"n": 221, "even": false}
822	223		{"n": 822, "even": true}
523	224	DE	{"n": 523, "even": false}
525	226	IS	{"n": 525, "even": false}
528	229	BR	{"n": 528, "even": true}
529	230		{"n": 529, "even": false}
530	231	DE	{"n": 530, "even": true}
830	231	DE	{"n": 830, "even": true}
231	232	FR	{"n": 231, "even": false}
233	234	US	{"n": 233, "even": false}
533	234	US	{"n": 533, "even": false}
534	235	JP	{"n": 534, "even": true}
235	236	BR	{"n": 235, "even": false}
535	236	BR	{"n": 535, "even": false}
237	238	DE	{"n": 237, "even": false}
840	241	US	{"n": 840, "even": true}
540	241	US	{"n": 540, "even": true}
541	242	JP	{"n": 541, "even": false}
241	242	JP	{"n": 241, "even": false}
842	243	BR	{"n": 842, "even": true}
246	247	IS	{"n": 246, "even": true}
549	250	BR	{"n": 549, "even": false}
850	251		{"n": 850, "even": true}
254	255	US	{"n": 254, "even": true}
556	257	BR	{"n": 556, "even": true}
856	257	BR	{"n": 856, "even": true}
557	258		{"n": 557, "even": false}
857	258		{"n": 857, "even": false}
257	258		{"n": 257, "even": false}
558	259	DE	{"n": 558, "even": true}
858	259	DE	{"n": 858, "even": true}
258	259	DE	{"n": 258, "even": true}
860	261	IS	{"n": 860, "even": true}
862	263	JP	{"n": 862, "even": true}
563	264	BR	{"n": 563, "even": false}
863	264	BR	{"n": 863, "even": false}
264	265		{"n": 264, "even": true}
566	267	FR	{"n": 566, "even": true}
567	268	IS	{"n": 567, "even": false}
867	268	IS	{"n": 867, "even": false}
268	269	US	{"n": 268, "even": true}
870	271	BR	{"n": 870, "even": true}
871	272		{"n": 871, "even": false}
271	272		{"n": 271, "even": false}
573	274	FR	{"n": 573, "even": false}
574	275	IS	{"n": 574, "even": true}
874	275	IS	{"n": 874, "even": true}
274	275	IS	{"n": 274, "even": true}
575	276	US	{"n": 575, "even": false}
875	276	US	{"n": 875, "even": false}
876	277	JP	{"n": 876, "even": true}
276	277	JP	{"n": 276, "even": true}
278	279		{"n": 278, "even": true}
279	280	DE	{"n": 279, "even": false}
280	281	FR	{"n": 280, "even": true}
281	282	IS	{"n": 281, "even": false}
282	283	US	{"n": 282, "even": true}
585	286		{"n": 585, "even": false}
286	287	DE	{"n": 286, "even": true}
287	288	FR	{"n": 287, "even": false}
587	288	FR	{"n": 587, "even": false}
588	289	IS	{"n": 588, "even": true}
289	290	US	{"n": 289, "even": false}
889	290	US	{"n": 889, "even": false}
290	291	JP	{"n": 290, "even": true}
291	292	BR	{"n": 291, "even": false}
592	293		{"n": 592, "even": true}
293	294	DE	{"n": 293, "even": false}
895	296	IS	{"n": 895, "even": false}
595	296	IS	{"n": 595, "even": false}
896	297	US	{"n": 896, "even": true}
\.


--
-- Data for Name: measurement_2023_north; Type: TABLE DATA; Schema: part; Owner: postgres
--

COPY part.measurement_2023_north (city_id, logdate, region, peaktemp, unitsales) FROM stdin;
4	2023-01-03	north	-12.8	72
7	2023-01-12	arctic	-12.5	75
8	2023-01-15	north	-12.4	76
11	2023-01-24	arctic	-12.1	79
12	2023-01-27	north	-12.0	80
15	2023-02-05	arctic	-11.7	83
16	2023-02-08	north	-11.6	84
2	2023-02-17	arctic	-11.3	87
3	2023-02-20	north	-11.2	88
6	2023-03-01	arctic	-10.9	91
7	2023-03-04	north	-10.8	92
10	2023-03-13	arctic	-10.5	95
11	2023-03-16	north	-10.4	96
14	2023-03-25	arctic	-10.1	99
15	2023-03-28	north	-10.0	100
1	2023-04-06	arctic	-9.7	103
2	2023-04-09	north	-9.6	104
5	2023-04-18	arctic	-9.3	107
6	2023-04-21	north	-9.2	108
9	2023-04-30	arctic	-8.9	111
10	2023-05-03	north	-8.8	112
13	2023-05-12	arctic	-8.5	115
14	2023-05-15	north	-8.4	116
0	2023-05-24	arctic	-8.1	119
1	2023-05-27	north	-8.0	120
4	2023-06-05	arctic	-7.7	123
5	2023-06-08	north	-7.6	124
8	2023-06-17	arctic	-7.3	127
9	2023-06-20	north	-7.2	128
12	2023-06-29	arctic	-6.9	131
13	2023-07-02	north	-6.8	132
16	2023-07-11	arctic	-6.5	135
0	2023-07-14	north	-6.4	136
3	2023-07-23	arctic	-6.1	139
4	2023-07-26	north	-6.0	140
7	2023-08-04	arctic	-5.7	143
8	2023-08-07	north	-5.6	144
11	2023-08-16	arctic	-5.3	147
12	2023-08-19	north	-5.2	148
15	2023-08-28	arctic	-4.9	151
16	2023-08-31	north	-4.8	152
2	2023-09-09	arctic	-4.5	155
3	2023-09-12	north	-4.4	156
6	2023-09-21	arctic	-4.1	159
7	2023-09-24	north	-4.0	160
10	2023-10-03	arctic	-3.7	163
11	2023-10-06	north	-3.6	164
14	2023-10-15	arctic	-3.3	167
15	2023-10-18	north	-3.2	168
1	2023-10-27	arctic	-2.9	171
2	2023-10-30	north	-2.8	172
5	2023-11-08	arctic	-2.5	175
6	2023-11-11	north	-2.4	176
9	2023-11-20	arctic	-2.1	179
10	2023-11-23	north	-2.0	180
13	2023-12-02	arctic	-1.7	183
14	2023-12-05	north	-1.6	184
0	2023-12-14	arctic	-1.3	187
1	2023-12-17	north	-1.2	188
4	2023-12-26	arctic	-0.9	191
5	2023-12-29	north	-0.8	192
13	2023-01-03	north	27.2	222
16	2023-01-12	arctic	27.5	225
0	2023-01-15	north	27.6	226
3	2023-01-24	arctic	27.9	229
4	2023-01-27	north	28.0	230
7	2023-02-05	arctic	28.3	233
8	2023-02-08	north	28.4	234
11	2023-02-17	arctic	28.7	237
12	2023-02-20	north	28.8	238
15	2023-03-01	arctic	29.1	241
16	2023-03-04	north	29.2	242
2	2023-03-13	arctic	29.5	245
3	2023-03-16	north	29.6	246
6	2023-03-25	arctic	29.9	249
7	2023-03-28	north	30.0	0
10	2023-04-06	arctic	30.3	3
11	2023-04-09	north	30.4	4
14	2023-04-18	arctic	30.7	7
15	2023-04-21	north	30.8	8
1	2023-04-30	arctic	31.1	11
2	2023-05-03	north	31.2	12
5	2023-05-12	arctic	31.5	15
6	2023-05-15	north	31.6	16
9	2023-05-24	arctic	31.9	19
10	2023-05-27	north	32.0	20
13	2023-06-05	arctic	32.3	23
14	2023-06-08	north	32.4	24
0	2023-06-17	arctic	32.7	27
1	2023-06-20	north	32.8	28
4	2023-06-29	arctic	33.1	31
5	2023-07-02	north	33.2	32
8	2023-07-11	arctic	33.5	35
9	2023-07-14	north	33.6	36
12	2023-07-23	arctic	33.9	39
13	2023-07-26	north	34.0	40
16	2023-08-04	arctic	34.3	43
0	2023-08-07	north	34.4	44
3	2023-08-16	arctic	34.7	47
4	2023-08-19	north	34.8	48
7	2023-08-28	arctic	35.1	51
8	2023-08-31	north	35.2	52
11	2023-09-09	arctic	35.5	55
12	2023-09-12	north	35.6	56
15	2023-09-21	arctic	35.9	59
16	2023-09-24	north	36.0	60
2	2023-10-03	arctic	36.3	63
3	2023-10-06	north	36.4	64
6	2023-10-15	arctic	36.7	67
7	2023-10-18	north	36.8	68
10	2023-10-27	arctic	37.1	71
11	2023-10-30	north	37.2	72
14	2023-11-08	arctic	37.5	75
15	2023-11-11	north	37.6	76
1	2023-11-20	arctic	37.9	79
2	2023-11-23	north	38.0	80
5	2023-12-02	arctic	38.3	83
6	2023-12-05	north	38.4	84
9	2023-12-14	arctic	38.7	87
10	2023-12-17	north	38.8	88
13	2023-12-26	arctic	39.1	91
14	2023-12-29	north	39.2	92
5	2023-01-03	north	7.2	122
8	2023-01-12	arctic	7.5	125
9	2023-01-15	north	7.6	126
12	2023-01-24	arctic	7.9	129
13	2023-01-27	north	8.0	130
16	2023-02-05	arctic	8.3	133
0	2023-02-08	north	8.4	134
3	2023-02-17	arctic	8.7	137
4	2023-02-20	north	8.8	138
7	2023-03-01	arctic	9.1	141
8	2023-03-04	north	9.2	142
11	2023-03-13	arctic	9.5	145
12	2023-03-16	north	9.6	146
15	2023-03-25	arctic	9.9	149
16	2023-03-28	north	10.0	150
2	2023-04-06	arctic	10.3	153
3	2023-04-09	north	10.4	154
6	2023-04-18	arctic	10.7	157
7	2023-04-21	north	10.8	158
10	2023-04-30	arctic	11.1	161
11	2023-05-03	north	11.2	162
14	2023-05-12	arctic	11.5	165
15	2023-05-15	north	11.6	166
1	2023-05-24	arctic	11.9	169
2	2023-05-27	north	12.0	170
5	2023-06-05	arctic	12.3	173
6	2023-06-08	north	12.4	174
9	2023-06-17	arctic	12.7	177
10	2023-06-20	north	12.8	178
13	2023-06-29	arctic	13.1	181
14	2023-07-02	north	13.2	182
0	2023-07-11	arctic	13.5	185
1	2023-07-14	north	13.6	186
4	2023-07-23	arctic	13.9	189
5	2023-07-26	north	14.0	190
8	2023-08-04	arctic	14.3	193
9	2023-08-07	north	14.4	194
12	2023-08-16	arctic	14.7	197
13	2023-08-19	north	14.8	198
16	2023-08-28	arctic	15.1	201
0	2023-08-31	north	15.2	202
3	2023-09-09	arctic	15.5	205
4	2023-09-12	north	15.6	206
7	2023-09-21	arctic	15.9	209
8	2023-09-24	north	16.0	210
11	2023-10-03	arctic	16.3	213
12	2023-10-06	north	16.4	214
15	2023-10-15	arctic	16.7	217
16	2023-10-18	north	16.8	218
2	2023-10-27	arctic	17.1	221
3	2023-10-30	north	17.2	222
6	2023-11-08	arctic	17.5	225
7	2023-11-11	north	17.6	226
10	2023-11-20	arctic	17.9	229
11	2023-11-23	north	18.0	230
14	2023-12-02	arctic	18.3	233
15	2023-12-05	north	18.4	234
1	2023-12-14	arctic	18.7	237
2	2023-12-17	north	18.8	238
5	2023-12-26	arctic	19.1	241
6	2023-12-29	north	19.2	242
14	2023-01-03	north	-12.8	22
0	2023-01-12	arctic	-12.5	25
1	2023-01-15	north	-12.4	26
4	2023-01-24	arctic	-12.1	29
5	2023-01-27	north	-12.0	30
8	2023-02-05	arctic	-11.7	33
9	2023-02-08	north	-11.6	34
12	2023-02-17	arctic	-11.3	37
13	2023-02-20	north	-11.2	38
16	2023-03-01	arctic	-10.9	41
0	2023-03-04	north	-10.8	42
3	2023-03-13	arctic	-10.5	45
4	2023-03-16	north	-10.4	46
7	2023-03-25	arctic	-10.1	49
8	2023-03-28	north	-10.0	50
11	2023-04-06	arctic	-9.7	53
12	2023-04-09	north	-9.6	54
15	2023-04-18	arctic	-9.3	57
16	2023-04-21	north	-9.2	58
2	2023-04-30	arctic	-8.9	61
3	2023-05-03	north	-8.8	62
6	2023-05-12	arctic	-8.5	65
7	2023-05-15	north	-8.4	66
10	2023-05-24	arctic	-8.1	69
11	2023-05-27	north	-8.0	70
14	2023-06-05	arctic	-7.7	73
15	2023-06-08	north	-7.6	74
1	2023-06-17	arctic	-7.3	77
2	2023-06-20	north	-7.2	78
5	2023-06-29	arctic	-6.9	81
6	2023-07-02	north	-6.8	82
9	2023-07-11	arctic	-6.5	85
10	2023-07-14	north	-6.4	86
13	2023-07-23	arctic	-6.1	89
14	2023-07-26	north	-6.0	90
0	2023-08-04	arctic	-5.7	93
1	2023-08-07	north	-5.6	94
4	2023-08-16	arctic	-5.3	97
5	2023-08-19	north	-5.2	98
8	2023-08-28	arctic	-4.9	101
9	2023-08-31	north	-4.8	102
12	2023-09-09	arctic	-4.5	105
13	2023-09-12	north	-4.4	106
16	2023-09-21	arctic	-4.1	109
0	2023-09-24	north	-4.0	110
3	2023-10-03	arctic	-3.7	113
4	2023-10-06	north	-3.6	114
7	2023-10-15	arctic	-3.3	117
8	2023-10-18	north	-3.2	118
11	2023-10-27	arctic	-2.9	121
12	2023-10-30	north	-2.8	122
15	2023-11-08	arctic	-2.5	125
16	2023-11-11	north	-2.4	126
2	2023-11-20	arctic	-2.1	129
3	2023-11-23	north	-2.0	130
6	2023-12-02	arctic	-1.7	133
7	2023-12-05	north	-1.6	134
10	2023-12-14	arctic	-1.3	137
11	2023-12-17	north	-1.2	138
14	2023-12-26	arctic	-0.9	141
15	2023-12-29	north	-0.8	142
6	2023-01-03	north	27.2	172
9	2023-01-12	arctic	27.5	175
10	2023-01-15	north	27.6	176
13	2023-01-24	arctic	27.9	179
14	2023-01-27	north	28.0	180
0	2023-02-05	arctic	28.3	183
1	2023-02-08	north	28.4	184
4	2023-02-17	arctic	28.7	187
5	2023-02-20	north	28.8	188
8	2023-03-01	arctic	29.1	191
9	2023-03-04	north	29.2	192
12	2023-03-13	arctic	29.5	195
13	2023-03-16	north	29.6	196
16	2023-03-25	arctic	29.9	199
0	2023-03-28	north	30.0	200
3	2023-04-06	arctic	30.3	203
4	2023-04-09	north	30.4	204
7	2023-04-18	arctic	30.7	207
8	2023-04-21	north	30.8	208
11	2023-04-30	arctic	31.1	211
12	2023-05-03	north	31.2	212
15	2023-05-12	arctic	31.5	215
16	2023-05-15	north	31.6	216
2	2023-05-24	arctic	31.9	219
3	2023-05-27	north	32.0	220
6	2023-06-05	arctic	32.3	223
7	2023-06-08	north	32.4	224
10	2023-06-17	arctic	32.7	227
11	2023-06-20	north	32.8	228
14	2023-06-29	arctic	33.1	231
15	2023-07-02	north	33.2	232
1	2023-07-11	arctic	33.5	235
2	2023-07-14	north	33.6	236
5	2023-07-23	arctic	33.9	239
6	2023-07-26	north	34.0	240
9	2023-08-04	arctic	34.3	243
10	2023-08-07	north	34.4	244
13	2023-08-16	arctic	34.7	247
14	2023-08-19	north	34.8	248
0	2023-08-28	arctic	35.1	1
1	2023-08-31	north	35.2	2
4	2023-09-09	arctic	35.5	5
5	2023-09-12	north	35.6	6
8	2023-09-21	arctic	35.9	9
9	2023-09-24	north	36.0	10
12	2023-10-03	arctic	36.3	13
13	2023-10-06	north	36.4	14
16	2023-10-15	arctic	36.7	17
0	2023-10-18	north	36.8	18
3	2023-10-27	arctic	37.1	21
4	2023-10-30	north	37.2	22
7	2023-11-08	arctic	37.5	25
8	2023-11-11	north	37.6	26
11	2023-11-20	arctic	37.9	29
12	2023-11-23	north	38.0	30
15	2023-12-02	arctic	38.3	33
16	2023-12-05	north	38.4	34
2	2023-12-14	arctic	38.7	37
3	2023-12-17	north	38.8	38
6	2023-12-26	arctic	39.1	41
7	2023-12-29	north	39.2	42
\.


--
-- Data for Name: measurement_2023_other; Type: TABLE DATA; Schema: part; Owner: postgres
--

COPY part.measurement_2023_other (city_id, logdate, region, peaktemp, unitsales) FROM stdin;
6	2023-01-09	east	-12.6	74
10	2023-01-21	east	-12.2	78
14	2023-02-02	east	-11.8	82
1	2023-02-14	east	-11.4	86
5	2023-02-26	east	-11.0	90
9	2023-03-10	east	-10.6	94
13	2023-03-22	east	-10.2	98
0	2023-04-03	east	-9.8	102
4	2023-04-15	east	-9.4	106
8	2023-04-27	east	-9.0	110
12	2023-05-09	east	-8.6	114
16	2023-05-21	east	-8.2	118
3	2023-06-02	east	-7.8	122
7	2023-06-14	east	-7.4	126
11	2023-06-26	east	-7.0	130
15	2023-07-08	east	-6.6	134
2	2023-07-20	east	-6.2	138
6	2023-08-01	east	-5.8	142
10	2023-08-13	east	-5.4	146
14	2023-08-25	east	-5.0	150
1	2023-09-06	east	-4.6	154
5	2023-09-18	east	-4.2	158
9	2023-09-30	east	-3.8	162
13	2023-10-12	east	-3.4	166
0	2023-10-24	east	-3.0	170
4	2023-11-05	east	-2.6	174
8	2023-11-17	east	-2.2	178
12	2023-11-29	east	-1.8	182
16	2023-12-11	east	-1.4	186
3	2023-12-23	east	-1.0	190
15	2023-01-09	east	27.4	224
2	2023-01-21	east	27.8	228
6	2023-02-02	east	28.2	232
10	2023-02-14	east	28.6	236
14	2023-02-26	east	29.0	240
1	2023-03-10	east	29.4	244
5	2023-03-22	east	29.8	248
9	2023-04-03	east	30.2	2
13	2023-04-15	east	30.6	6
0	2023-04-27	east	31.0	10
4	2023-05-09	east	31.4	14
8	2023-05-21	east	31.8	18
12	2023-06-02	east	32.2	22
16	2023-06-14	east	32.6	26
3	2023-06-26	east	33.0	30
7	2023-07-08	east	33.4	34
11	2023-07-20	east	33.8	38
15	2023-08-01	east	34.2	42
2	2023-08-13	east	34.6	46
6	2023-08-25	east	35.0	50
10	2023-09-06	east	35.4	54
14	2023-09-18	east	35.8	58
1	2023-09-30	east	36.2	62
5	2023-10-12	east	36.6	66
9	2023-10-24	east	37.0	70
13	2023-11-05	east	37.4	74
0	2023-11-17	east	37.8	78
4	2023-11-29	east	38.2	82
8	2023-12-11	east	38.6	86
12	2023-12-23	east	39.0	90
7	2023-01-09	east	7.4	124
11	2023-01-21	east	7.8	128
15	2023-02-02	east	8.2	132
2	2023-02-14	east	8.6	136
6	2023-02-26	east	9.0	140
10	2023-03-10	east	9.4	144
14	2023-03-22	east	9.8	148
1	2023-04-03	east	10.2	152
5	2023-04-15	east	10.6	156
9	2023-04-27	east	11.0	160
13	2023-05-09	east	11.4	164
0	2023-05-21	east	11.8	168
4	2023-06-02	east	12.2	172
8	2023-06-14	east	12.6	176
12	2023-06-26	east	13.0	180
16	2023-07-08	east	13.4	184
3	2023-07-20	east	13.8	188
7	2023-08-01	east	14.2	192
11	2023-08-13	east	14.6	196
15	2023-08-25	east	15.0	200
2	2023-09-06	east	15.4	204
6	2023-09-18	east	15.8	208
10	2023-09-30	east	16.2	212
14	2023-10-12	east	16.6	216
1	2023-10-24	east	17.0	220
5	2023-11-05	east	17.4	224
9	2023-11-17	east	17.8	228
13	2023-11-29	east	18.2	232
0	2023-12-11	east	18.6	236
4	2023-12-23	east	19.0	240
16	2023-01-09	east	-12.6	24
3	2023-01-21	east	-12.2	28
7	2023-02-02	east	-11.8	32
11	2023-02-14	east	-11.4	36
15	2023-02-26	east	-11.0	40
2	2023-03-10	east	-10.6	44
6	2023-03-22	east	-10.2	48
10	2023-04-03	east	-9.8	52
14	2023-04-15	east	-9.4	56
1	2023-04-27	east	-9.0	60
5	2023-05-09	east	-8.6	64
9	2023-05-21	east	-8.2	68
13	2023-06-02	east	-7.8	72
0	2023-06-14	east	-7.4	76
4	2023-06-26	east	-7.0	80
8	2023-07-08	east	-6.6	84
12	2023-07-20	east	-6.2	88
16	2023-08-01	east	-5.8	92
3	2023-08-13	east	-5.4	96
7	2023-08-25	east	-5.0	100
11	2023-09-06	east	-4.6	104
15	2023-09-18	east	-4.2	108
2	2023-09-30	east	-3.8	112
6	2023-10-12	east	-3.4	116
10	2023-10-24	east	-3.0	120
14	2023-11-05	east	-2.6	124
1	2023-11-17	east	-2.2	128
5	2023-11-29	east	-1.8	132
9	2023-12-11	east	-1.4	136
13	2023-12-23	east	-1.0	140
8	2023-01-09	east	27.4	174
12	2023-01-21	east	27.8	178
16	2023-02-02	east	28.2	182
3	2023-02-14	east	28.6	186
7	2023-02-26	east	29.0	190
11	2023-03-10	east	29.4	194
15	2023-03-22	east	29.8	198
2	2023-04-03	east	30.2	202
6	2023-04-15	east	30.6	206
10	2023-04-27	east	31.0	210
14	2023-05-09	east	31.4	214
1	2023-05-21	east	31.8	218
5	2023-06-02	east	32.2	222
9	2023-06-14	east	32.6	226
13	2023-06-26	east	33.0	230
0	2023-07-08	east	33.4	234
4	2023-07-20	east	33.8	238
8	2023-08-01	east	34.2	242
12	2023-08-13	east	34.6	246
16	2023-08-25	east	35.0	0
3	2023-09-06	east	35.4	4
7	2023-09-18	east	35.8	8
11	2023-09-30	east	36.2	12
15	2023-10-12	east	36.6	16
2	2023-10-24	east	37.0	20
6	2023-11-05	east	37.4	24
10	2023-11-17	east	37.8	28
14	2023-11-29	east	38.2	32
1	2023-12-11	east	38.6	36
5	2023-12-23	east	39.0	40
\.


--
-- Data for Name: measurement_2023_south; Type: TABLE DATA; Schema: part; Owner: postgres
--

COPY part.measurement_2023_south (city_id, logdate, region, peaktemp, unitsales) FROM stdin;
5	2023-01-06	south	-12.7	73
9	2023-01-18	south	-12.3	77
13	2023-01-30	south	-11.9	81
0	2023-02-11	south	-11.5	85
4	2023-02-23	south	-11.1	89
8	2023-03-07	south	-10.7	93
12	2023-03-19	south	-10.3	97
16	2023-03-31	south	-9.9	101
3	2023-04-12	south	-9.5	105
7	2023-04-24	south	-9.1	109
11	2023-05-06	south	-8.7	113
15	2023-05-18	south	-8.3	117
2	2023-05-30	south	-7.9	121
6	2023-06-11	south	-7.5	125
10	2023-06-23	south	-7.1	129
14	2023-07-05	south	-6.7	133
1	2023-07-17	south	-6.3	137
5	2023-07-29	south	-5.9	141
9	2023-08-10	south	-5.5	145
13	2023-08-22	south	-5.1	149
0	2023-09-03	south	-4.7	153
4	2023-09-15	south	-4.3	157
8	2023-09-27	south	-3.9	161
12	2023-10-09	south	-3.5	165
16	2023-10-21	south	-3.1	169
3	2023-11-02	south	-2.7	173
7	2023-11-14	south	-2.3	177
11	2023-11-26	south	-1.9	181
15	2023-12-08	south	-1.5	185
2	2023-12-20	south	-1.1	189
14	2023-01-06	south	27.3	223
1	2023-01-18	south	27.7	227
5	2023-01-30	south	28.1	231
9	2023-02-11	south	28.5	235
13	2023-02-23	south	28.9	239
0	2023-03-07	south	29.3	243
4	2023-03-19	south	29.7	247
8	2023-03-31	south	30.1	1
12	2023-04-12	south	30.5	5
16	2023-04-24	south	30.9	9
3	2023-05-06	south	31.3	13
7	2023-05-18	south	31.7	17
11	2023-05-30	south	32.1	21
15	2023-06-11	south	32.5	25
2	2023-06-23	south	32.9	29
6	2023-07-05	south	33.3	33
10	2023-07-17	south	33.7	37
14	2023-07-29	south	34.1	41
1	2023-08-10	south	34.5	45
5	2023-08-22	south	34.9	49
9	2023-09-03	south	35.3	53
13	2023-09-15	south	35.7	57
0	2023-09-27	south	36.1	61
4	2023-10-09	south	36.5	65
8	2023-10-21	south	36.9	69
12	2023-11-02	south	37.3	73
16	2023-11-14	south	37.7	77
3	2023-11-26	south	38.1	81
7	2023-12-08	south	38.5	85
11	2023-12-20	south	38.9	89
6	2023-01-06	south	7.3	123
10	2023-01-18	south	7.7	127
14	2023-01-30	south	8.1	131
1	2023-02-11	south	8.5	135
5	2023-02-23	south	8.9	139
9	2023-03-07	south	9.3	143
13	2023-03-19	south	9.7	147
0	2023-03-31	south	10.1	151
4	2023-04-12	south	10.5	155
8	2023-04-24	south	10.9	159
12	2023-05-06	south	11.3	163
16	2023-05-18	south	11.7	167
3	2023-05-30	south	12.1	171
7	2023-06-11	south	12.5	175
11	2023-06-23	south	12.9	179
15	2023-07-05	south	13.3	183
2	2023-07-17	south	13.7	187
6	2023-07-29	south	14.1	191
10	2023-08-10	south	14.5	195
14	2023-08-22	south	14.9	199
1	2023-09-03	south	15.3	203
5	2023-09-15	south	15.7	207
9	2023-09-27	south	16.1	211
13	2023-10-09	south	16.5	215
0	2023-10-21	south	16.9	219
4	2023-11-02	south	17.3	223
8	2023-11-14	south	17.7	227
12	2023-11-26	south	18.1	231
16	2023-12-08	south	18.5	235
3	2023-12-20	south	18.9	239
15	2023-01-06	south	-12.7	23
2	2023-01-18	south	-12.3	27
6	2023-01-30	south	-11.9	31
10	2023-02-11	south	-11.5	35
14	2023-02-23	south	-11.1	39
1	2023-03-07	south	-10.7	43
5	2023-03-19	south	-10.3	47
9	2023-03-31	south	-9.9	51
13	2023-04-12	south	-9.5	55
0	2023-04-24	south	-9.1	59
4	2023-05-06	south	-8.7	63
8	2023-05-18	south	-8.3	67
12	2023-05-30	south	-7.9	71
16	2023-06-11	south	-7.5	75
3	2023-06-23	south	-7.1	79
7	2023-07-05	south	-6.7	83
11	2023-07-17	south	-6.3	87
15	2023-07-29	south	-5.9	91
2	2023-08-10	south	-5.5	95
6	2023-08-22	south	-5.1	99
10	2023-09-03	south	-4.7	103
14	2023-09-15	south	-4.3	107
1	2023-09-27	south	-3.9	111
5	2023-10-09	south	-3.5	115
9	2023-10-21	south	-3.1	119
13	2023-11-02	south	-2.7	123
0	2023-11-14	south	-2.3	127
4	2023-11-26	south	-1.9	131
8	2023-12-08	south	-1.5	135
12	2023-12-20	south	-1.1	139
7	2023-01-06	south	27.3	173
11	2023-01-18	south	27.7	177
15	2023-01-30	south	28.1	181
2	2023-02-11	south	28.5	185
6	2023-02-23	south	28.9	189
10	2023-03-07	south	29.3	193
14	2023-03-19	south	29.7	197
1	2023-03-31	south	30.1	201
5	2023-04-12	south	30.5	205
9	2023-04-24	south	30.9	209
13	2023-05-06	south	31.3	213
0	2023-05-18	south	31.7	217
4	2023-05-30	south	32.1	221
8	2023-06-11	south	32.5	225
12	2023-06-23	south	32.9	229
16	2023-07-05	south	33.3	233
3	2023-07-17	south	33.7	237
7	2023-07-29	south	34.1	241
11	2023-08-10	south	34.5	245
15	2023-08-22	south	34.9	249
2	2023-09-03	south	35.3	3
6	2023-09-15	south	35.7	7
10	2023-09-27	south	36.1	11
14	2023-10-09	south	36.5	15
1	2023-10-21	south	36.9	19
5	2023-11-02	south	37.3	23
9	2023-11-14	south	37.7	27
13	2023-11-26	south	38.1	31
0	2023-12-08	south	38.5	35
4	2023-12-20	south	38.9	39
\.


--
-- Data for Name: measurement_2024; Type: TABLE DATA; Schema: part; Owner: postgres
--

COPY part.measurement_2024 (city_id, logdate, region, peaktemp, unitsales) FROM stdin;
6	2024-01-01	south	-0.7	193
7	2024-01-04	east	-0.6	194
8	2024-01-07	arctic	-0.5	195
9	2024-01-10	north	-0.4	196
10	2024-01-13	south	-0.3	197
11	2024-01-16	east	-0.2	198
12	2024-01-19	arctic	-0.1	199
13	2024-01-22	north	0.0	200
14	2024-01-25	south	0.1	201
15	2024-01-28	east	0.2	202
16	2024-01-31	arctic	0.3	203
0	2024-02-03	north	0.4	204
1	2024-02-06	south	0.5	205
2	2024-02-09	east	0.6	206
3	2024-02-12	arctic	0.7	207
4	2024-02-15	north	0.8	208
5	2024-02-18	south	0.9	209
6	2024-02-21	east	1.0	210
7	2024-02-24	arctic	1.1	211
8	2024-02-27	north	1.2	212
9	2024-03-01	south	1.3	213
10	2024-03-04	east	1.4	214
11	2024-03-07	arctic	1.5	215
12	2024-03-10	north	1.6	216
13	2024-03-13	south	1.7	217
14	2024-03-16	east	1.8	218
15	2024-03-19	arctic	1.9	219
16	2024-03-22	north	2.0	220
0	2024-03-25	south	2.1	221
1	2024-03-28	east	2.2	222
2	2024-03-31	arctic	2.3	223
3	2024-04-03	north	2.4	224
4	2024-04-06	south	2.5	225
5	2024-04-09	east	2.6	226
6	2024-04-12	arctic	2.7	227
7	2024-04-15	north	2.8	228
8	2024-04-18	south	2.9	229
9	2024-04-21	east	3.0	230
10	2024-04-24	arctic	3.1	231
11	2024-04-27	north	3.2	232
12	2024-04-30	south	3.3	233
13	2024-05-03	east	3.4	234
14	2024-05-06	arctic	3.5	235
15	2024-05-09	north	3.6	236
16	2024-05-12	south	3.7	237
0	2024-05-15	east	3.8	238
1	2024-05-18	arctic	3.9	239
2	2024-05-21	north	4.0	240
3	2024-05-24	south	4.1	241
4	2024-05-27	east	4.2	242
5	2024-05-30	arctic	4.3	243
6	2024-06-02	north	4.4	244
7	2024-06-05	south	4.5	245
8	2024-06-08	east	4.6	246
9	2024-06-11	arctic	4.7	247
10	2024-06-14	north	4.8	248
11	2024-06-17	south	4.9	249
12	2024-06-20	east	5.0	0
13	2024-06-23	arctic	5.1	1
14	2024-06-26	north	5.2	2
15	2024-06-29	south	5.3	3
16	2024-07-02	east	5.4	4
0	2024-07-05	arctic	5.5	5
1	2024-07-08	north	5.6	6
2	2024-07-11	south	5.7	7
3	2024-07-14	east	5.8	8
4	2024-07-17	arctic	5.9	9
5	2024-07-20	north	6.0	10
6	2024-07-23	south	6.1	11
7	2024-07-26	east	6.2	12
8	2024-07-29	arctic	6.3	13
9	2024-08-01	north	6.4	14
10	2024-08-04	south	6.5	15
11	2024-08-07	east	6.6	16
12	2024-08-10	arctic	6.7	17
13	2024-08-13	north	6.8	18
14	2024-08-16	south	6.9	19
15	2024-08-19	east	7.0	20
16	2024-08-22	arctic	7.1	21
0	2024-08-25	north	7.2	22
1	2024-08-28	south	7.3	23
2	2024-08-31	east	7.4	24
3	2024-09-03	arctic	7.5	25
4	2024-09-06	north	7.6	26
5	2024-09-09	south	7.7	27
6	2024-09-12	east	7.8	28
7	2024-09-15	arctic	7.9	29
8	2024-09-18	north	8.0	30
9	2024-09-21	south	8.1	31
10	2024-09-24	east	8.2	32
11	2024-09-27	arctic	8.3	33
12	2024-09-30	north	8.4	34
13	2024-10-03	south	8.5	35
14	2024-10-06	east	8.6	36
15	2024-10-09	arctic	8.7	37
16	2024-10-12	north	8.8	38
0	2024-10-15	south	8.9	39
1	2024-10-18	east	9.0	40
2	2024-10-21	arctic	9.1	41
3	2024-10-24	north	9.2	42
4	2024-10-27	south	9.3	43
5	2024-10-30	east	9.4	44
6	2024-11-02	arctic	9.5	45
7	2024-11-05	north	9.6	46
8	2024-11-08	south	9.7	47
9	2024-11-11	east	9.8	48
10	2024-11-14	arctic	9.9	49
11	2024-11-17	north	10.0	50
12	2024-11-20	south	10.1	51
13	2024-11-23	east	10.2	52
14	2024-11-26	arctic	10.3	53
15	2024-11-29	north	10.4	54
16	2024-12-02	south	10.5	55
0	2024-12-05	east	10.6	56
1	2024-12-08	arctic	10.7	57
2	2024-12-11	north	10.8	58
3	2024-12-14	south	10.9	59
4	2024-12-17	east	11.0	60
5	2024-12-20	arctic	11.1	61
6	2024-12-23	north	11.2	62
7	2024-12-26	south	11.3	63
8	2024-12-29	east	11.4	64
15	2024-01-01	south	39.3	93
16	2024-01-04	east	39.4	94
0	2024-01-07	arctic	39.5	95
1	2024-01-10	north	39.6	96
2	2024-01-13	south	39.7	97
3	2024-01-16	east	39.8	98
4	2024-01-19	arctic	39.9	99
5	2024-01-22	north	-20.0	100
6	2024-01-25	south	-19.9	101
7	2024-01-28	east	-19.8	102
8	2024-01-31	arctic	-19.7	103
9	2024-02-03	north	-19.6	104
10	2024-02-06	south	-19.5	105
11	2024-02-09	east	-19.4	106
12	2024-02-12	arctic	-19.3	107
13	2024-02-15	north	-19.2	108
14	2024-02-18	south	-19.1	109
15	2024-02-21	east	-19.0	110
16	2024-02-24	arctic	-18.9	111
0	2024-02-27	north	-18.8	112
1	2024-03-01	south	-18.7	113
2	2024-03-04	east	-18.6	114
3	2024-03-07	arctic	-18.5	115
4	2024-03-10	north	-18.4	116
5	2024-03-13	south	-18.3	117
6	2024-03-16	east	-18.2	118
7	2024-03-19	arctic	-18.1	119
8	2024-03-22	north	-18.0	120
9	2024-03-25	south	-17.9	121
10	2024-03-28	east	-17.8	122
11	2024-03-31	arctic	-17.7	123
12	2024-04-03	north	-17.6	124
13	2024-04-06	south	-17.5	125
14	2024-04-09	east	-17.4	126
15	2024-04-12	arctic	-17.3	127
16	2024-04-15	north	-17.2	128
0	2024-04-18	south	-17.1	129
1	2024-04-21	east	-17.0	130
2	2024-04-24	arctic	-16.9	131
3	2024-04-27	north	-16.8	132
4	2024-04-30	south	-16.7	133
5	2024-05-03	east	-16.6	134
6	2024-05-06	arctic	-16.5	135
7	2024-05-09	north	-16.4	136
8	2024-05-12	south	-16.3	137
9	2024-05-15	east	-16.2	138
10	2024-05-18	arctic	-16.1	139
11	2024-05-21	north	-16.0	140
12	2024-05-24	south	-15.9	141
13	2024-05-27	east	-15.8	142
14	2024-05-30	arctic	-15.7	143
15	2024-06-02	north	-15.6	144
16	2024-06-05	south	-15.5	145
0	2024-06-08	east	-15.4	146
1	2024-06-11	arctic	-15.3	147
2	2024-06-14	north	-15.2	148
3	2024-06-17	south	-15.1	149
4	2024-06-20	east	-15.0	150
5	2024-06-23	arctic	-14.9	151
6	2024-06-26	north	-14.8	152
7	2024-06-29	south	-14.7	153
8	2024-07-02	east	-14.6	154
9	2024-07-05	arctic	-14.5	155
10	2024-07-08	north	-14.4	156
11	2024-07-11	south	-14.3	157
12	2024-07-14	east	-14.2	158
13	2024-07-17	arctic	-14.1	159
14	2024-07-20	north	-14.0	160
15	2024-07-23	south	-13.9	161
16	2024-07-26	east	-13.8	162
0	2024-07-29	arctic	-13.7	163
1	2024-08-01	north	-13.6	164
2	2024-08-04	south	-13.5	165
3	2024-08-07	east	-13.4	166
4	2024-08-10	arctic	-13.3	167
5	2024-08-13	north	-13.2	168
6	2024-08-16	south	-13.1	169
7	2024-08-19	east	-13.0	170
8	2024-08-22	arctic	-12.9	171
9	2024-08-25	north	-12.8	172
10	2024-08-28	south	-12.7	173
11	2024-08-31	east	-12.6	174
12	2024-09-03	arctic	-12.5	175
13	2024-09-06	north	-12.4	176
14	2024-09-09	south	-12.3	177
15	2024-09-12	east	-12.2	178
16	2024-09-15	arctic	-12.1	179
0	2024-09-18	north	-12.0	180
1	2024-09-21	south	-11.9	181
2	2024-09-24	east	-11.8	182
3	2024-09-27	arctic	-11.7	183
4	2024-09-30	north	-11.6	184
5	2024-10-03	south	-11.5	185
6	2024-10-06	east	-11.4	186
7	2024-10-09	arctic	-11.3	187
8	2024-10-12	north	-11.2	188
9	2024-10-15	south	-11.1	189
10	2024-10-18	east	-11.0	190
11	2024-10-21	arctic	-10.9	191
12	2024-10-24	north	-10.8	192
13	2024-10-27	south	-10.7	193
14	2024-10-30	east	-10.6	194
15	2024-11-02	arctic	-10.5	195
16	2024-11-05	north	-10.4	196
0	2024-11-08	south	-10.3	197
1	2024-11-11	east	-10.2	198
2	2024-11-14	arctic	-10.1	199
3	2024-11-17	north	-10.0	200
4	2024-11-20	south	-9.9	201
5	2024-11-23	east	-9.8	202
6	2024-11-26	arctic	-9.7	203
7	2024-11-29	north	-9.6	204
8	2024-12-02	south	-9.5	205
9	2024-12-05	east	-9.4	206
10	2024-12-08	arctic	-9.3	207
11	2024-12-11	north	-9.2	208
12	2024-12-14	south	-9.1	209
13	2024-12-17	east	-9.0	210
14	2024-12-20	arctic	-8.9	211
15	2024-12-23	north	-8.8	212
16	2024-12-26	south	-8.7	213
0	2024-12-29	east	-8.6	214
7	2024-01-01	south	19.3	243
8	2024-01-04	east	19.4	244
9	2024-01-07	arctic	19.5	245
10	2024-01-10	north	19.6	246
11	2024-01-13	south	19.7	247
12	2024-01-16	east	19.8	248
13	2024-01-19	arctic	19.9	249
14	2024-01-22	north	20.0	0
15	2024-01-25	south	20.1	1
16	2024-01-28	east	20.2	2
0	2024-01-31	arctic	20.3	3
1	2024-02-03	north	20.4	4
2	2024-02-06	south	20.5	5
3	2024-02-09	east	20.6	6
4	2024-02-12	arctic	20.7	7
5	2024-02-15	north	20.8	8
6	2024-02-18	south	20.9	9
7	2024-02-21	east	21.0	10
8	2024-02-24	arctic	21.1	11
9	2024-02-27	north	21.2	12
10	2024-03-01	south	21.3	13
11	2024-03-04	east	21.4	14
12	2024-03-07	arctic	21.5	15
13	2024-03-10	north	21.6	16
14	2024-03-13	south	21.7	17
15	2024-03-16	east	21.8	18
16	2024-03-19	arctic	21.9	19
0	2024-03-22	north	22.0	20
1	2024-03-25	south	22.1	21
2	2024-03-28	east	22.2	22
3	2024-03-31	arctic	22.3	23
4	2024-04-03	north	22.4	24
5	2024-04-06	south	22.5	25
6	2024-04-09	east	22.6	26
7	2024-04-12	arctic	22.7	27
8	2024-04-15	north	22.8	28
9	2024-04-18	south	22.9	29
10	2024-04-21	east	23.0	30
11	2024-04-24	arctic	23.1	31
12	2024-04-27	north	23.2	32
13	2024-04-30	south	23.3	33
14	2024-05-03	east	23.4	34
15	2024-05-06	arctic	23.5	35
16	2024-05-09	north	23.6	36
0	2024-05-12	south	23.7	37
1	2024-05-15	east	23.8	38
2	2024-05-18	arctic	23.9	39
3	2024-05-21	north	24.0	40
4	2024-05-24	south	24.1	41
5	2024-05-27	east	24.2	42
6	2024-05-30	arctic	24.3	43
7	2024-06-02	north	24.4	44
8	2024-06-05	south	24.5	45
9	2024-06-08	east	24.6	46
10	2024-06-11	arctic	24.7	47
11	2024-06-14	north	24.8	48
12	2024-06-17	south	24.9	49
13	2024-06-20	east	25.0	50
14	2024-06-23	arctic	25.1	51
15	2024-06-26	north	25.2	52
16	2024-06-29	south	25.3	53
0	2024-07-02	east	25.4	54
1	2024-07-05	arctic	25.5	55
2	2024-07-08	north	25.6	56
3	2024-07-11	south	25.7	57
4	2024-07-14	east	25.8	58
5	2024-07-17	arctic	25.9	59
6	2024-07-20	north	26.0	60
7	2024-07-23	south	26.1	61
8	2024-07-26	east	26.2	62
9	2024-07-29	arctic	26.3	63
10	2024-08-01	north	26.4	64
11	2024-08-04	south	26.5	65
12	2024-08-07	east	26.6	66
13	2024-08-10	arctic	26.7	67
14	2024-08-13	north	26.8	68
15	2024-08-16	south	26.9	69
16	2024-08-19	east	27.0	70
0	2024-08-22	arctic	27.1	71
1	2024-08-25	north	27.2	72
2	2024-08-28	south	27.3	73
3	2024-08-31	east	27.4	74
4	2024-09-03	arctic	27.5	75
5	2024-09-06	north	27.6	76
6	2024-09-09	south	27.7	77
7	2024-09-12	east	27.8	78
8	2024-09-15	arctic	27.9	79
9	2024-09-18	north	28.0	80
10	2024-09-21	south	28.1	81
11	2024-09-24	east	28.2	82
12	2024-09-27	arctic	28.3	83
13	2024-09-30	north	28.4	84
14	2024-10-03	south	28.5	85
15	2024-10-06	east	28.6	86
16	2024-10-09	arctic	28.7	87
0	2024-10-12	north	28.8	88
1	2024-10-15	south	28.9	89
2	2024-10-18	east	29.0	90
3	2024-10-21	arctic	29.1	91
4	2024-10-24	north	29.2	92
5	2024-10-27	south	29.3	93
6	2024-10-30	east	29.4	94
7	2024-11-02	arctic	29.5	95
8	2024-11-05	north	29.6	96
9	2024-11-08	south	29.7	97
10	2024-11-11	east	29.8	98
11	2024-11-14	arctic	29.9	99
12	2024-11-17	north	30.0	100
13	2024-11-20	south	30.1	101
14	2024-11-23	east	30.2	102
15	2024-11-26	arctic	30.3	103
16	2024-11-29	north	30.4	104
0	2024-12-02	south	30.5	105
1	2024-12-05	east	30.6	106
2	2024-12-08	arctic	30.7	107
3	2024-12-11	north	30.8	108
4	2024-12-14	south	30.9	109
5	2024-12-17	east	31.0	110
6	2024-12-20	arctic	31.1	111
7	2024-12-23	north	31.2	112
8	2024-12-26	south	31.3	113
9	2024-12-29	east	31.4	114
16	2024-01-01	south	-0.7	143
0	2024-01-04	east	-0.6	144
1	2024-01-07	arctic	-0.5	145
2	2024-01-10	north	-0.4	146
3	2024-01-13	south	-0.3	147
4	2024-01-16	east	-0.2	148
5	2024-01-19	arctic	-0.1	149
6	2024-01-22	north	0.0	150
7	2024-01-25	south	0.1	151
8	2024-01-28	east	0.2	152
9	2024-01-31	arctic	0.3	153
10	2024-02-03	north	0.4	154
11	2024-02-06	south	0.5	155
12	2024-02-09	east	0.6	156
13	2024-02-12	arctic	0.7	157
14	2024-02-15	north	0.8	158
15	2024-02-18	south	0.9	159
16	2024-02-21	east	1.0	160
0	2024-02-24	arctic	1.1	161
1	2024-02-27	north	1.2	162
2	2024-03-01	south	1.3	163
3	2024-03-04	east	1.4	164
4	2024-03-07	arctic	1.5	165
5	2024-03-10	north	1.6	166
6	2024-03-13	south	1.7	167
7	2024-03-16	east	1.8	168
8	2024-03-19	arctic	1.9	169
9	2024-03-22	north	2.0	170
10	2024-03-25	south	2.1	171
11	2024-03-28	east	2.2	172
12	2024-03-31	arctic	2.3	173
13	2024-04-03	north	2.4	174
14	2024-04-06	south	2.5	175
15	2024-04-09	east	2.6	176
16	2024-04-12	arctic	2.7	177
0	2024-04-15	north	2.8	178
1	2024-04-18	south	2.9	179
2	2024-04-21	east	3.0	180
3	2024-04-24	arctic	3.1	181
4	2024-04-27	north	3.2	182
5	2024-04-30	south	3.3	183
6	2024-05-03	east	3.4	184
7	2024-05-06	arctic	3.5	185
8	2024-05-09	north	3.6	186
9	2024-05-12	south	3.7	187
10	2024-05-15	east	3.8	188
11	2024-05-18	arctic	3.9	189
12	2024-05-21	north	4.0	190
13	2024-05-24	south	4.1	191
14	2024-05-27	east	4.2	192
15	2024-05-30	arctic	4.3	193
16	2024-06-02	north	4.4	194
0	2024-06-05	south	4.5	195
1	2024-06-08	east	4.6	196
2	2024-06-11	arctic	4.7	197
3	2024-06-14	north	4.8	198
4	2024-06-17	south	4.9	199
5	2024-06-20	east	5.0	200
6	2024-06-23	arctic	5.1	201
7	2024-06-26	north	5.2	202
8	2024-06-29	south	5.3	203
9	2024-07-02	east	5.4	204
10	2024-07-05	arctic	5.5	205
11	2024-07-08	north	5.6	206
12	2024-07-11	south	5.7	207
13	2024-07-14	east	5.8	208
14	2024-07-17	arctic	5.9	209
15	2024-07-20	north	6.0	210
16	2024-07-23	south	6.1	211
0	2024-07-26	east	6.2	212
1	2024-07-29	arctic	6.3	213
2	2024-08-01	north	6.4	214
3	2024-08-04	south	6.5	215
4	2024-08-07	east	6.6	216
5	2024-08-10	arctic	6.7	217
6	2024-08-13	north	6.8	218
7	2024-08-16	south	6.9	219
8	2024-08-19	east	7.0	220
9	2024-08-22	arctic	7.1	221
10	2024-08-25	north	7.2	222
11	2024-08-28	south	7.3	223
12	2024-08-31	east	7.4	224
13	2024-09-03	arctic	7.5	225
14	2024-09-06	north	7.6	226
15	2024-09-09	south	7.7	227
16	2024-09-12	east	7.8	228
0	2024-09-15	arctic	7.9	229
1	2024-09-18	north	8.0	230
2	2024-09-21	south	8.1	231
3	2024-09-24	east	8.2	232
4	2024-09-27	arctic	8.3	233
5	2024-09-30	north	8.4	234
6	2024-10-03	south	8.5	235
7	2024-10-06	east	8.6	236
8	2024-10-09	arctic	8.7	237
9	2024-10-12	north	8.8	238
10	2024-10-15	south	8.9	239
11	2024-10-18	east	9.0	240
12	2024-10-21	arctic	9.1	241
13	2024-10-24	north	9.2	242
14	2024-10-27	south	9.3	243
15	2024-10-30	east	9.4	244
16	2024-11-02	arctic	9.5	245
0	2024-11-05	north	9.6	246
1	2024-11-08	south	9.7	247
2	2024-11-11	east	9.8	248
3	2024-11-14	arctic	9.9	249
4	2024-11-17	north	10.0	0
5	2024-11-20	south	10.1	1
6	2024-11-23	east	10.2	2
7	2024-11-26	arctic	10.3	3
8	2024-11-29	north	10.4	4
9	2024-12-02	south	10.5	5
10	2024-12-05	east	10.6	6
11	2024-12-08	arctic	10.7	7
12	2024-12-11	north	10.8	8
13	2024-12-14	south	10.9	9
14	2024-12-17	east	11.0	10
15	2024-12-20	arctic	11.1	11
16	2024-12-23	north	11.2	12
0	2024-12-26	south	11.3	13
1	2024-12-29	east	11.4	14
8	2024-01-01	south	39.3	43
9	2024-01-04	east	39.4	44
10	2024-01-07	arctic	39.5	45
11	2024-01-10	north	39.6	46
12	2024-01-13	south	39.7	47
13	2024-01-16	east	39.8	48
14	2024-01-19	arctic	39.9	49
15	2024-01-22	north	-20.0	50
16	2024-01-25	south	-19.9	51
0	2024-01-28	east	-19.8	52
1	2024-01-31	arctic	-19.7	53
2	2024-02-03	north	-19.6	54
3	2024-02-06	south	-19.5	55
4	2024-02-09	east	-19.4	56
5	2024-02-12	arctic	-19.3	57
6	2024-02-15	north	-19.2	58
7	2024-02-18	south	-19.1	59
8	2024-02-21	east	-19.0	60
9	2024-02-24	arctic	-18.9	61
10	2024-02-27	north	-18.8	62
11	2024-03-01	south	-18.7	63
12	2024-03-04	east	-18.6	64
13	2024-03-07	arctic	-18.5	65
14	2024-03-10	north	-18.4	66
15	2024-03-13	south	-18.3	67
16	2024-03-16	east	-18.2	68
0	2024-03-19	arctic	-18.1	69
1	2024-03-22	north	-18.0	70
2	2024-03-25	south	-17.9	71
3	2024-03-28	east	-17.8	72
4	2024-03-31	arctic	-17.7	73
5	2024-04-03	north	-17.6	74
6	2024-04-06	south	-17.5	75
7	2024-04-09	east	-17.4	76
8	2024-04-12	arctic	-17.3	77
9	2024-04-15	north	-17.2	78
10	2024-04-18	south	-17.1	79
11	2024-04-21	east	-17.0	80
12	2024-04-24	arctic	-16.9	81
13	2024-04-27	north	-16.8	82
14	2024-04-30	south	-16.7	83
15	2024-05-03	east	-16.6	84
16	2024-05-06	arctic	-16.5	85
0	2024-05-09	north	-16.4	86
1	2024-05-12	south	-16.3	87
2	2024-05-15	east	-16.2	88
3	2024-05-18	arctic	-16.1	89
4	2024-05-21	north	-16.0	90
5	2024-05-24	south	-15.9	91
6	2024-05-27	east	-15.8	92
7	2024-05-30	arctic	-15.7	93
8	2024-06-02	north	-15.6	94
9	2024-06-05	south	-15.5	95
10	2024-06-08	east	-15.4	96
11	2024-06-11	arctic	-15.3	97
12	2024-06-14	north	-15.2	98
13	2024-06-17	south	-15.1	99
14	2024-06-20	east	-15.0	100
15	2024-06-23	arctic	-14.9	101
16	2024-06-26	north	-14.8	102
0	2024-06-29	south	-14.7	103
1	2024-07-02	east	-14.6	104
2	2024-07-05	arctic	-14.5	105
3	2024-07-08	north	-14.4	106
4	2024-07-11	south	-14.3	107
5	2024-07-14	east	-14.2	108
6	2024-07-17	arctic	-14.1	109
7	2024-07-20	north	-14.0	110
8	2024-07-23	south	-13.9	111
9	2024-07-26	east	-13.8	112
10	2024-07-29	arctic	-13.7	113
11	2024-08-01	north	-13.6	114
12	2024-08-04	south	-13.5	115
13	2024-08-07	east	-13.4	116
14	2024-08-10	arctic	-13.3	117
15	2024-08-13	north	-13.2	118
16	2024-08-16	south	-13.1	119
0	2024-08-19	east	-13.0	120
1	2024-08-22	arctic	-12.9	121
2	2024-08-25	north	-12.8	122
3	2024-08-28	south	-12.7	123
4	2024-08-31	east	-12.6	124
5	2024-09-03	arctic	-12.5	125
6	2024-09-06	north	-12.4	126
7	2024-09-09	south	-12.3	127
8	2024-09-12	east	-12.2	128
9	2024-09-15	arctic	-12.1	129
10	2024-09-18	north	-12.0	130
11	2024-09-21	south	-11.9	131
12	2024-09-24	east	-11.8	132
13	2024-09-27	arctic	-11.7	133
14	2024-09-30	north	-11.6	134
15	2024-10-03	south	-11.5	135
16	2024-10-06	east	-11.4	136
0	2024-10-09	arctic	-11.3	137
1	2024-10-12	north	-11.2	138
2	2024-10-15	south	-11.1	139
3	2024-10-18	east	-11.0	140
4	2024-10-21	arctic	-10.9	141
5	2024-10-24	north	-10.8	142
6	2024-10-27	south	-10.7	143
7	2024-10-30	east	-10.6	144
8	2024-11-02	arctic	-10.5	145
9	2024-11-05	north	-10.4	146
10	2024-11-08	south	-10.3	147
11	2024-11-11	east	-10.2	148
12	2024-11-14	arctic	-10.1	149
13	2024-11-17	north	-10.0	150
14	2024-11-20	south	-9.9	151
15	2024-11-23	east	-9.8	152
16	2024-11-26	arctic	-9.7	153
0	2024-11-29	north	-9.6	154
1	2024-12-02	south	-9.5	155
2	2024-12-05	east	-9.4	156
3	2024-12-08	arctic	-9.3	157
4	2024-12-11	north	-9.2	158
5	2024-12-14	south	-9.1	159
6	2024-12-17	east	-9.0	160
7	2024-12-20	arctic	-8.9	161
8	2024-12-23	north	-8.8	162
9	2024-12-26	south	-8.7	163
10	2024-12-29	east	-8.6	164
\.


--
-- Data for Name: measurement_2025; Type: TABLE DATA; Schema: part; Owner: postgres
--

COPY part.measurement_2025 (region, unitsales, peaktemp, logdate, city_id) FROM stdin;
arctic	65	11.5	2025-01-01	9
north	66	11.6	2025-01-04	10
south	67	11.7	2025-01-07	11
east	68	11.8	2025-01-10	12
arctic	69	11.9	2025-01-13	13
north	70	12.0	2025-01-16	14
south	71	12.1	2025-01-19	15
east	72	12.2	2025-01-22	16
arctic	73	12.3	2025-01-25	0
north	74	12.4	2025-01-28	1
south	75	12.5	2025-01-31	2
east	76	12.6	2025-02-03	3
arctic	77	12.7	2025-02-06	4
north	78	12.8	2025-02-09	5
south	79	12.9	2025-02-12	6
east	80	13.0	2025-02-15	7
arctic	81	13.1	2025-02-18	8
north	82	13.2	2025-02-21	9
south	83	13.3	2025-02-24	10
east	84	13.4	2025-02-27	11
arctic	85	13.5	2025-03-02	12
north	86	13.6	2025-03-05	13
south	87	13.7	2025-03-08	14
east	88	13.8	2025-03-11	15
arctic	89	13.9	2025-03-14	16
north	90	14.0	2025-03-17	0
south	91	14.1	2025-03-20	1
east	92	14.2	2025-03-23	2
arctic	93	14.3	2025-03-26	3
north	94	14.4	2025-03-29	4
south	95	14.5	2025-04-01	5
east	96	14.6	2025-04-04	6
arctic	97	14.7	2025-04-07	7
north	98	14.8	2025-04-10	8
south	99	14.9	2025-04-13	9
east	100	15.0	2025-04-16	10
arctic	101	15.1	2025-04-19	11
north	102	15.2	2025-04-22	12
south	103	15.3	2025-04-25	13
east	104	15.4	2025-04-28	14
arctic	105	15.5	2025-05-01	15
north	106	15.6	2025-05-04	16
south	107	15.7	2025-05-07	0
east	108	15.8	2025-05-10	1
arctic	109	15.9	2025-05-13	2
north	110	16.0	2025-05-16	3
south	111	16.1	2025-05-19	4
east	112	16.2	2025-05-22	5
arctic	113	16.3	2025-05-25	6
north	114	16.4	2025-05-28	7
south	115	16.5	2025-05-31	8
east	116	16.6	2025-06-03	9
arctic	117	16.7	2025-06-06	10
north	118	16.8	2025-06-09	11
south	119	16.9	2025-06-12	12
east	120	17.0	2025-06-15	13
arctic	121	17.1	2025-06-18	14
north	122	17.2	2025-06-21	15
south	123	17.3	2025-06-24	16
east	124	17.4	2025-06-27	0
arctic	125	17.5	2025-06-30	1
north	126	17.6	2025-07-03	2
south	127	17.7	2025-07-06	3
east	128	17.8	2025-07-09	4
arctic	129	17.9	2025-07-12	5
north	130	18.0	2025-07-15	6
south	131	18.1	2025-07-18	7
east	132	18.2	2025-07-21	8
arctic	133	18.3	2025-07-24	9
north	134	18.4	2025-07-27	10
south	135	18.5	2025-07-30	11
east	136	18.6	2025-08-02	12
arctic	137	18.7	2025-08-05	13
north	138	18.8	2025-08-08	14
south	139	18.9	2025-08-11	15
east	140	19.0	2025-08-14	16
arctic	141	19.1	2025-08-17	0
north	142	19.2	2025-08-20	1
south	143	19.3	2025-08-23	2
east	144	19.4	2025-08-26	3
arctic	145	19.5	2025-08-29	4
north	146	19.6	2025-09-01	5
south	147	19.7	2025-09-04	6
east	148	19.8	2025-09-07	7
arctic	149	19.9	2025-09-10	8
arctic	215	-8.5	2025-01-01	1
north	216	-8.4	2025-01-04	2
south	217	-8.3	2025-01-07	3
east	218	-8.2	2025-01-10	4
arctic	219	-8.1	2025-01-13	5
north	220	-8.0	2025-01-16	6
south	221	-7.9	2025-01-19	7
east	222	-7.8	2025-01-22	8
arctic	223	-7.7	2025-01-25	9
north	224	-7.6	2025-01-28	10
south	225	-7.5	2025-01-31	11
east	226	-7.4	2025-02-03	12
arctic	227	-7.3	2025-02-06	13
north	228	-7.2	2025-02-09	14
south	229	-7.1	2025-02-12	15
east	230	-7.0	2025-02-15	16
arctic	231	-6.9	2025-02-18	0
north	232	-6.8	2025-02-21	1
south	233	-6.7	2025-02-24	2
east	234	-6.6	2025-02-27	3
arctic	235	-6.5	2025-03-02	4
north	236	-6.4	2025-03-05	5
south	237	-6.3	2025-03-08	6
east	238	-6.2	2025-03-11	7
arctic	239	-6.1	2025-03-14	8
north	240	-6.0	2025-03-17	9
south	241	-5.9	2025-03-20	10
east	242	-5.8	2025-03-23	11
arctic	243	-5.7	2025-03-26	12
north	244	-5.6	2025-03-29	13
south	245	-5.5	2025-04-01	14
east	246	-5.4	2025-04-04	15
arctic	247	-5.3	2025-04-07	16
north	248	-5.2	2025-04-10	0
south	249	-5.1	2025-04-13	1
east	0	-5.0	2025-04-16	2
arctic	1	-4.9	2025-04-19	3
north	2	-4.8	2025-04-22	4
south	3	-4.7	2025-04-25	5
east	4	-4.6	2025-04-28	6
arctic	5	-4.5	2025-05-01	7
north	6	-4.4	2025-05-04	8
south	7	-4.3	2025-05-07	9
east	8	-4.2	2025-05-10	10
arctic	9	-4.1	2025-05-13	11
north	10	-4.0	2025-05-16	12
south	11	-3.9	2025-05-19	13
east	12	-3.8	2025-05-22	14
arctic	13	-3.7	2025-05-25	15
north	14	-3.6	2025-05-28	16
south	15	-3.5	2025-05-31	0
east	16	-3.4	2025-06-03	1
arctic	17	-3.3	2025-06-06	2
north	18	-3.2	2025-06-09	3
south	19	-3.1	2025-06-12	4
east	20	-3.0	2025-06-15	5
arctic	21	-2.9	2025-06-18	6
north	22	-2.8	2025-06-21	7
south	23	-2.7	2025-06-24	8
east	24	-2.6	2025-06-27	9
arctic	25	-2.5	2025-06-30	10
north	26	-2.4	2025-07-03	11
south	27	-2.3	2025-07-06	12
east	28	-2.2	2025-07-09	13
arctic	29	-2.1	2025-07-12	14
north	30	-2.0	2025-07-15	15
south	31	-1.9	2025-07-18	16
east	32	-1.8	2025-07-21	0
arctic	33	-1.7	2025-07-24	1
north	34	-1.6	2025-07-27	2
south	35	-1.5	2025-07-30	3
east	36	-1.4	2025-08-02	4
arctic	37	-1.3	2025-08-05	5
north	38	-1.2	2025-08-08	6
south	39	-1.1	2025-08-11	7
east	40	-1.0	2025-08-14	8
arctic	41	-0.9	2025-08-17	9
north	42	-0.8	2025-08-20	10
south	43	-0.7	2025-08-23	11
east	44	-0.6	2025-08-26	12
arctic	45	-0.5	2025-08-29	13
north	46	-0.4	2025-09-01	14
south	47	-0.3	2025-09-04	15
east	48	-0.2	2025-09-07	16
arctic	49	-0.1	2025-09-10	0
arctic	115	31.5	2025-01-01	10
north	116	31.6	2025-01-04	11
south	117	31.7	2025-01-07	12
east	118	31.8	2025-01-10	13
arctic	119	31.9	2025-01-13	14
north	120	32.0	2025-01-16	15
south	121	32.1	2025-01-19	16
east	122	32.2	2025-01-22	0
arctic	123	32.3	2025-01-25	1
north	124	32.4	2025-01-28	2
south	125	32.5	2025-01-31	3
east	126	32.6	2025-02-03	4
arctic	127	32.7	2025-02-06	5
north	128	32.8	2025-02-09	6
south	129	32.9	2025-02-12	7
east	130	33.0	2025-02-15	8
arctic	131	33.1	2025-02-18	9
north	132	33.2	2025-02-21	10
south	133	33.3	2025-02-24	11
east	134	33.4	2025-02-27	12
arctic	135	33.5	2025-03-02	13
north	136	33.6	2025-03-05	14
south	137	33.7	2025-03-08	15
east	138	33.8	2025-03-11	16
arctic	139	33.9	2025-03-14	0
north	140	34.0	2025-03-17	1
south	141	34.1	2025-03-20	2
east	142	34.2	2025-03-23	3
arctic	143	34.3	2025-03-26	4
north	144	34.4	2025-03-29	5
south	145	34.5	2025-04-01	6
east	146	34.6	2025-04-04	7
arctic	147	34.7	2025-04-07	8
north	148	34.8	2025-04-10	9
south	149	34.9	2025-04-13	10
east	150	35.0	2025-04-16	11
arctic	151	35.1	2025-04-19	12
north	152	35.2	2025-04-22	13
south	153	35.3	2025-04-25	14
east	154	35.4	2025-04-28	15
arctic	155	35.5	2025-05-01	16
north	156	35.6	2025-05-04	0
south	157	35.7	2025-05-07	1
east	158	35.8	2025-05-10	2
arctic	159	35.9	2025-05-13	3
north	160	36.0	2025-05-16	4
south	161	36.1	2025-05-19	5
east	162	36.2	2025-05-22	6
arctic	163	36.3	2025-05-25	7
north	164	36.4	2025-05-28	8
south	165	36.5	2025-05-31	9
east	166	36.6	2025-06-03	10
arctic	167	36.7	2025-06-06	11
north	168	36.8	2025-06-09	12
south	169	36.9	2025-06-12	13
east	170	37.0	2025-06-15	14
arctic	171	37.1	2025-06-18	15
north	172	37.2	2025-06-21	16
south	173	37.3	2025-06-24	0
east	174	37.4	2025-06-27	1
arctic	175	37.5	2025-06-30	2
north	176	37.6	2025-07-03	3
south	177	37.7	2025-07-06	4
east	178	37.8	2025-07-09	5
arctic	179	37.9	2025-07-12	6
north	180	38.0	2025-07-15	7
south	181	38.1	2025-07-18	8
east	182	38.2	2025-07-21	9
arctic	183	38.3	2025-07-24	10
north	184	38.4	2025-07-27	11
south	185	38.5	2025-07-30	12
east	186	38.6	2025-08-02	13
arctic	187	38.7	2025-08-05	14
north	188	38.8	2025-08-08	15
south	189	38.9	2025-08-11	16
east	190	39.0	2025-08-14	0
arctic	191	39.1	2025-08-17	1
north	192	39.2	2025-08-20	2
south	193	39.3	2025-08-23	3
east	194	39.4	2025-08-26	4
arctic	195	39.5	2025-08-29	5
north	196	39.6	2025-09-01	6
south	197	39.7	2025-09-04	7
east	198	39.8	2025-09-07	8
arctic	199	39.9	2025-09-10	9
arctic	15	11.5	2025-01-01	2
north	16	11.6	2025-01-04	3
south	17	11.7	2025-01-07	4
east	18	11.8	2025-01-10	5
arctic	19	11.9	2025-01-13	6
north	20	12.0	2025-01-16	7
south	21	12.1	2025-01-19	8
east	22	12.2	2025-01-22	9
arctic	23	12.3	2025-01-25	10
north	24	12.4	2025-01-28	11
south	25	12.5	2025-01-31	12
east	26	12.6	2025-02-03	13
arctic	27	12.7	2025-02-06	14
north	28	12.8	2025-02-09	15
south	29	12.9	2025-02-12	16
east	30	13.0	2025-02-15	0
arctic	31	13.1	2025-02-18	1
north	32	13.2	2025-02-21	2
south	33	13.3	2025-02-24	3
east	34	13.4	2025-02-27	4
arctic	35	13.5	2025-03-02	5
north	36	13.6	2025-03-05	6
south	37	13.7	2025-03-08	7
east	38	13.8	2025-03-11	8
arctic	39	13.9	2025-03-14	9
north	40	14.0	2025-03-17	10
south	41	14.1	2025-03-20	11
east	42	14.2	2025-03-23	12
arctic	43	14.3	2025-03-26	13
north	44	14.4	2025-03-29	14
south	45	14.5	2025-04-01	15
east	46	14.6	2025-04-04	16
arctic	47	14.7	2025-04-07	0
north	48	14.8	2025-04-10	1
south	49	14.9	2025-04-13	2
east	50	15.0	2025-04-16	3
arctic	51	15.1	2025-04-19	4
north	52	15.2	2025-04-22	5
south	53	15.3	2025-04-25	6
east	54	15.4	2025-04-28	7
arctic	55	15.5	2025-05-01	8
north	56	15.6	2025-05-04	9
south	57	15.7	2025-05-07	10
east	58	15.8	2025-05-10	11
arctic	59	15.9	2025-05-13	12
north	60	16.0	2025-05-16	13
south	61	16.1	2025-05-19	14
east	62	16.2	2025-05-22	15
arctic	63	16.3	2025-05-25	16
north	64	16.4	2025-05-28	0
south	65	16.5	2025-05-31	1
east	66	16.6	2025-06-03	2
arctic	67	16.7	2025-06-06	3
north	68	16.8	2025-06-09	4
south	69	16.9	2025-06-12	5
east	70	17.0	2025-06-15	6
arctic	71	17.1	2025-06-18	7
north	72	17.2	2025-06-21	8
south	73	17.3	2025-06-24	9
east	74	17.4	2025-06-27	10
arctic	75	17.5	2025-06-30	11
north	76	17.6	2025-07-03	12
south	77	17.7	2025-07-06	13
east	78	17.8	2025-07-09	14
arctic	79	17.9	2025-07-12	15
north	80	18.0	2025-07-15	16
south	81	18.1	2025-07-18	0
east	82	18.2	2025-07-21	1
arctic	83	18.3	2025-07-24	2
north	84	18.4	2025-07-27	3
south	85	18.5	2025-07-30	4
east	86	18.6	2025-08-02	5
arctic	87	18.7	2025-08-05	6
north	88	18.8	2025-08-08	7
south	89	18.9	2025-08-11	8
east	90	19.0	2025-08-14	9
arctic	91	19.1	2025-08-17	10
north	92	19.2	2025-08-20	11
south	93	19.3	2025-08-23	12
east	94	19.4	2025-08-26	13
arctic	95	19.5	2025-08-29	14
north	96	19.6	2025-09-01	15
south	97	19.7	2025-09-04	16
east	98	19.8	2025-09-07	0
arctic	99	19.9	2025-09-10	1
arctic	165	-8.5	2025-01-01	11
north	166	-8.4	2025-01-04	12
south	167	-8.3	2025-01-07	13
east	168	-8.2	2025-01-10	14
arctic	169	-8.1	2025-01-13	15
north	170	-8.0	2025-01-16	16
south	171	-7.9	2025-01-19	0
east	172	-7.8	2025-01-22	1
arctic	173	-7.7	2025-01-25	2
north	174	-7.6	2025-01-28	3
south	175	-7.5	2025-01-31	4
east	176	-7.4	2025-02-03	5
arctic	177	-7.3	2025-02-06	6
north	178	-7.2	2025-02-09	7
south	179	-7.1	2025-02-12	8
east	180	-7.0	2025-02-15	9
arctic	181	-6.9	2025-02-18	10
north	182	-6.8	2025-02-21	11
south	183	-6.7	2025-02-24	12
east	184	-6.6	2025-02-27	13
arctic	185	-6.5	2025-03-02	14
north	186	-6.4	2025-03-05	15
south	187	-6.3	2025-03-08	16
east	188	-6.2	2025-03-11	0
arctic	189	-6.1	2025-03-14	1
north	190	-6.0	2025-03-17	2
south	191	-5.9	2025-03-20	3
east	192	-5.8	2025-03-23	4
arctic	193	-5.7	2025-03-26	5
north	194	-5.6	2025-03-29	6
south	195	-5.5	2025-04-01	7
east	196	-5.4	2025-04-04	8
arctic	197	-5.3	2025-04-07	9
north	198	-5.2	2025-04-10	10
south	199	-5.1	2025-04-13	11
east	200	-5.0	2025-04-16	12
arctic	201	-4.9	2025-04-19	13
north	202	-4.8	2025-04-22	14
south	203	-4.7	2025-04-25	15
east	204	-4.6	2025-04-28	16
arctic	205	-4.5	2025-05-01	0
north	206	-4.4	2025-05-04	1
south	207	-4.3	2025-05-07	2
east	208	-4.2	2025-05-10	3
arctic	209	-4.1	2025-05-13	4
north	210	-4.0	2025-05-16	5
south	211	-3.9	2025-05-19	6
east	212	-3.8	2025-05-22	7
arctic	213	-3.7	2025-05-25	8
north	214	-3.6	2025-05-28	9
south	215	-3.5	2025-05-31	10
east	216	-3.4	2025-06-03	11
arctic	217	-3.3	2025-06-06	12
north	218	-3.2	2025-06-09	13
south	219	-3.1	2025-06-12	14
east	220	-3.0	2025-06-15	15
arctic	221	-2.9	2025-06-18	16
north	222	-2.8	2025-06-21	0
south	223	-2.7	2025-06-24	1
east	224	-2.6	2025-06-27	2
arctic	225	-2.5	2025-06-30	3
north	226	-2.4	2025-07-03	4
south	227	-2.3	2025-07-06	5
east	228	-2.2	2025-07-09	6
arctic	229	-2.1	2025-07-12	7
north	230	-2.0	2025-07-15	8
south	231	-1.9	2025-07-18	9
east	232	-1.8	2025-07-21	10
arctic	233	-1.7	2025-07-24	11
north	234	-1.6	2025-07-27	12
south	235	-1.5	2025-07-30	13
east	236	-1.4	2025-08-02	14
arctic	237	-1.3	2025-08-05	15
north	238	-1.2	2025-08-08	16
south	239	-1.1	2025-08-11	0
east	240	-1.0	2025-08-14	1
arctic	241	-0.9	2025-08-17	2
north	242	-0.8	2025-08-20	3
south	243	-0.7	2025-08-23	4
east	244	-0.6	2025-08-26	5
arctic	245	-0.5	2025-08-29	6
north	246	-0.4	2025-09-01	7
south	247	-0.3	2025-09-04	8
east	248	-0.2	2025-09-07	9
arctic	249	-0.1	2025-09-10	10
\.


--
-- Data for Name: measurement_old; Type: TABLE DATA; Schema: part; Owner: postgres
--

COPY part.measurement_old (city_id, logdate, region, peaktemp, unitsales) FROM stdin;
1	2022-06-04	south	-19.9	1
2	2022-06-07	east	-19.8	2
3	2022-06-10	arctic	-19.7	3
4	2022-06-13	north	-19.6	4
5	2022-06-16	south	-19.5	5
6	2022-06-19	east	-19.4	6
7	2022-06-22	arctic	-19.3	7
8	2022-06-25	north	-19.2	8
9	2022-06-28	south	-19.1	9
10	2022-07-01	east	-19.0	10
11	2022-07-04	arctic	-18.9	11
12	2022-07-07	north	-18.8	12
13	2022-07-10	south	-18.7	13
14	2022-07-13	east	-18.6	14
15	2022-07-16	arctic	-18.5	15
16	2022-07-19	north	-18.4	16
0	2022-07-22	south	-18.3	17
1	2022-07-25	east	-18.2	18
2	2022-07-28	arctic	-18.1	19
3	2022-07-31	north	-18.0	20
4	2022-08-03	south	-17.9	21
5	2022-08-06	east	-17.8	22
6	2022-08-09	arctic	-17.7	23
7	2022-08-12	north	-17.6	24
8	2022-08-15	south	-17.5	25
9	2022-08-18	east	-17.4	26
10	2022-08-21	arctic	-17.3	27
11	2022-08-24	north	-17.2	28
12	2022-08-27	south	-17.1	29
13	2022-08-30	east	-17.0	30
14	2022-09-02	arctic	-16.9	31
15	2022-09-05	north	-16.8	32
16	2022-09-08	south	-16.7	33
0	2022-09-11	east	-16.6	34
1	2022-09-14	arctic	-16.5	35
2	2022-09-17	north	-16.4	36
3	2022-09-20	south	-16.3	37
4	2022-09-23	east	-16.2	38
5	2022-09-26	arctic	-16.1	39
6	2022-09-29	north	-16.0	40
7	2022-10-02	south	-15.9	41
8	2022-10-05	east	-15.8	42
9	2022-10-08	arctic	-15.7	43
10	2022-10-11	north	-15.6	44
11	2022-10-14	south	-15.5	45
12	2022-10-17	east	-15.4	46
13	2022-10-20	arctic	-15.3	47
14	2022-10-23	north	-15.2	48
15	2022-10-26	south	-15.1	49
16	2022-10-29	east	-15.0	50
0	2022-11-01	arctic	-14.9	51
1	2022-11-04	north	-14.8	52
2	2022-11-07	south	-14.7	53
3	2022-11-10	east	-14.6	54
4	2022-11-13	arctic	-14.5	55
5	2022-11-16	north	-14.4	56
6	2022-11-19	south	-14.3	57
7	2022-11-22	east	-14.2	58
8	2022-11-25	arctic	-14.1	59
9	2022-11-28	north	-14.0	60
10	2022-12-01	south	-13.9	61
11	2022-12-04	east	-13.8	62
12	2022-12-07	arctic	-13.7	63
13	2022-12-10	north	-13.6	64
14	2022-12-13	south	-13.5	65
15	2022-12-16	east	-13.4	66
16	2022-12-19	arctic	-13.3	67
0	2022-12-22	north	-13.2	68
1	2022-12-25	south	-13.1	69
2	2022-12-28	east	-13.0	70
3	2022-12-31	arctic	-12.9	71
9	2022-06-01	north	20.0	150
10	2022-06-04	south	20.1	151
11	2022-06-07	east	20.2	152
12	2022-06-10	arctic	20.3	153
13	2022-06-13	north	20.4	154
14	2022-06-16	south	20.5	155
15	2022-06-19	east	20.6	156
16	2022-06-22	arctic	20.7	157
0	2022-06-25	north	20.8	158
1	2022-06-28	south	20.9	159
2	2022-07-01	east	21.0	160
3	2022-07-04	arctic	21.1	161
4	2022-07-07	north	21.2	162
5	2022-07-10	south	21.3	163
6	2022-07-13	east	21.4	164
7	2022-07-16	arctic	21.5	165
8	2022-07-19	north	21.6	166
9	2022-07-22	south	21.7	167
10	2022-07-25	east	21.8	168
11	2022-07-28	arctic	21.9	169
12	2022-07-31	north	22.0	170
13	2022-08-03	south	22.1	171
14	2022-08-06	east	22.2	172
15	2022-08-09	arctic	22.3	173
16	2022-08-12	north	22.4	174
0	2022-08-15	south	22.5	175
1	2022-08-18	east	22.6	176
2	2022-08-21	arctic	22.7	177
3	2022-08-24	north	22.8	178
4	2022-08-27	south	22.9	179
5	2022-08-30	east	23.0	180
6	2022-09-02	arctic	23.1	181
7	2022-09-05	north	23.2	182
8	2022-09-08	south	23.3	183
9	2022-09-11	east	23.4	184
10	2022-09-14	arctic	23.5	185
11	2022-09-17	north	23.6	186
12	2022-09-20	south	23.7	187
13	2022-09-23	east	23.8	188
14	2022-09-26	arctic	23.9	189
15	2022-09-29	north	24.0	190
16	2022-10-02	south	24.1	191
0	2022-10-05	east	24.2	192
1	2022-10-08	arctic	24.3	193
2	2022-10-11	north	24.4	194
3	2022-10-14	south	24.5	195
4	2022-10-17	east	24.6	196
5	2022-10-20	arctic	24.7	197
6	2022-10-23	north	24.8	198
7	2022-10-26	south	24.9	199
8	2022-10-29	east	25.0	200
9	2022-11-01	arctic	25.1	201
10	2022-11-04	north	25.2	202
11	2022-11-07	south	25.3	203
12	2022-11-10	east	25.4	204
13	2022-11-13	arctic	25.5	205
14	2022-11-16	north	25.6	206
15	2022-11-19	south	25.7	207
16	2022-11-22	east	25.8	208
0	2022-11-25	arctic	25.9	209
1	2022-11-28	north	26.0	210
2	2022-12-01	south	26.1	211
3	2022-12-04	east	26.2	212
4	2022-12-07	arctic	26.3	213
5	2022-12-10	north	26.4	214
6	2022-12-13	south	26.5	215
7	2022-12-16	east	26.6	216
8	2022-12-19	arctic	26.7	217
9	2022-12-22	north	26.8	218
10	2022-12-25	south	26.9	219
11	2022-12-28	east	27.0	220
12	2022-12-31	arctic	27.1	221
1	2022-06-01	north	0.0	50
2	2022-06-04	south	0.1	51
3	2022-06-07	east	0.2	52
4	2022-06-10	arctic	0.3	53
5	2022-06-13	north	0.4	54
6	2022-06-16	south	0.5	55
7	2022-06-19	east	0.6	56
8	2022-06-22	arctic	0.7	57
9	2022-06-25	north	0.8	58
10	2022-06-28	south	0.9	59
11	2022-07-01	east	1.0	60
12	2022-07-04	arctic	1.1	61
13	2022-07-07	north	1.2	62
14	2022-07-10	south	1.3	63
15	2022-07-13	east	1.4	64
16	2022-07-16	arctic	1.5	65
0	2022-07-19	north	1.6	66
1	2022-07-22	south	1.7	67
2	2022-07-25	east	1.8	68
3	2022-07-28	arctic	1.9	69
4	2022-07-31	north	2.0	70
5	2022-08-03	south	2.1	71
6	2022-08-06	east	2.2	72
7	2022-08-09	arctic	2.3	73
8	2022-08-12	north	2.4	74
9	2022-08-15	south	2.5	75
10	2022-08-18	east	2.6	76
11	2022-08-21	arctic	2.7	77
12	2022-08-24	north	2.8	78
13	2022-08-27	south	2.9	79
14	2022-08-30	east	3.0	80
15	2022-09-02	arctic	3.1	81
16	2022-09-05	north	3.2	82
0	2022-09-08	south	3.3	83
1	2022-09-11	east	3.4	84
2	2022-09-14	arctic	3.5	85
3	2022-09-17	north	3.6	86
4	2022-09-20	south	3.7	87
5	2022-09-23	east	3.8	88
6	2022-09-26	arctic	3.9	89
7	2022-09-29	north	4.0	90
8	2022-10-02	south	4.1	91
9	2022-10-05	east	4.2	92
10	2022-10-08	arctic	4.3	93
11	2022-10-11	north	4.4	94
12	2022-10-14	south	4.5	95
13	2022-10-17	east	4.6	96
14	2022-10-20	arctic	4.7	97
15	2022-10-23	north	4.8	98
16	2022-10-26	south	4.9	99
0	2022-10-29	east	5.0	100
1	2022-11-01	arctic	5.1	101
2	2022-11-04	north	5.2	102
3	2022-11-07	south	5.3	103
4	2022-11-10	east	5.4	104
5	2022-11-13	arctic	5.5	105
6	2022-11-16	north	5.6	106
7	2022-11-19	south	5.7	107
8	2022-11-22	east	5.8	108
9	2022-11-25	arctic	5.9	109
10	2022-11-28	north	6.0	110
11	2022-12-01	south	6.1	111
12	2022-12-04	east	6.2	112
13	2022-12-07	arctic	6.3	113
14	2022-12-10	north	6.4	114
15	2022-12-13	south	6.5	115
16	2022-12-16	east	6.6	116
0	2022-12-19	arctic	6.7	117
1	2022-12-22	north	6.8	118
2	2022-12-25	south	6.9	119
3	2022-12-28	east	7.0	120
4	2022-12-31	arctic	7.1	121
10	2022-06-01	north	-20.0	200
11	2022-06-04	south	-19.9	201
12	2022-06-07	east	-19.8	202
13	2022-06-10	arctic	-19.7	203
14	2022-06-13	north	-19.6	204
15	2022-06-16	south	-19.5	205
16	2022-06-19	east	-19.4	206
0	2022-06-22	arctic	-19.3	207
1	2022-06-25	north	-19.2	208
2	2022-06-28	south	-19.1	209
3	2022-07-01	east	-19.0	210
4	2022-07-04	arctic	-18.9	211
5	2022-07-07	north	-18.8	212
6	2022-07-10	south	-18.7	213
7	2022-07-13	east	-18.6	214
8	2022-07-16	arctic	-18.5	215
9	2022-07-19	north	-18.4	216
10	2022-07-22	south	-18.3	217
11	2022-07-25	east	-18.2	218
12	2022-07-28	arctic	-18.1	219
13	2022-07-31	north	-18.0	220
14	2022-08-03	south	-17.9	221
15	2022-08-06	east	-17.8	222
16	2022-08-09	arctic	-17.7	223
0	2022-08-12	north	-17.6	224
1	2022-08-15	south	-17.5	225
2	2022-08-18	east	-17.4	226
3	2022-08-21	arctic	-17.3	227
4	2022-08-24	north	-17.2	228
5	2022-08-27	south	-17.1	229
6	2022-08-30	east	-17.0	230
7	2022-09-02	arctic	-16.9	231
8	2022-09-05	north	-16.8	232
9	2022-09-08	south	-16.7	233
10	2022-09-11	east	-16.6	234
11	2022-09-14	arctic	-16.5	235
12	2022-09-17	north	-16.4	236
13	2022-09-20	south	-16.3	237
14	2022-09-23	east	-16.2	238
15	2022-09-26	arctic	-16.1	239
16	2022-09-29	north	-16.0	240
0	2022-10-02	south	-15.9	241
1	2022-10-05	east	-15.8	242
2	2022-10-08	arctic	-15.7	243
3	2022-10-11	north	-15.6	244
4	2022-10-14	south	-15.5	245
5	2022-10-17	east	-15.4	246
6	2022-10-20	arctic	-15.3	247
7	2022-10-23	north	-15.2	248
8	2022-10-26	south	-15.1	249
9	2022-10-29	east	-15.0	0
10	2022-11-01	arctic	-14.9	1
11	2022-11-04	north	-14.8	2
12	2022-11-07	south	-14.7	3
13	2022-11-10	east	-14.6	4
14	2022-11-13	arctic	-14.5	5
15	2022-11-16	north	-14.4	6
16	2022-11-19	south	-14.3	7
0	2022-11-22	east	-14.2	8
1	2022-11-25	arctic	-14.1	9
2	2022-11-28	north	-14.0	10
3	2022-12-01	south	-13.9	11
4	2022-12-04	east	-13.8	12
5	2022-12-07	arctic	-13.7	13
6	2022-12-10	north	-13.6	14
7	2022-12-13	south	-13.5	15
8	2022-12-16	east	-13.4	16
9	2022-12-19	arctic	-13.3	17
10	2022-12-22	north	-13.2	18
11	2022-12-25	south	-13.1	19
12	2022-12-28	east	-13.0	20
13	2022-12-31	arctic	-12.9	21
2	2022-06-01	north	20.0	100
3	2022-06-04	south	20.1	101
4	2022-06-07	east	20.2	102
5	2022-06-10	arctic	20.3	103
6	2022-06-13	north	20.4	104
7	2022-06-16	south	20.5	105
8	2022-06-19	east	20.6	106
9	2022-06-22	arctic	20.7	107
10	2022-06-25	north	20.8	108
11	2022-06-28	south	20.9	109
12	2022-07-01	east	21.0	110
13	2022-07-04	arctic	21.1	111
14	2022-07-07	north	21.2	112
15	2022-07-10	south	21.3	113
16	2022-07-13	east	21.4	114
0	2022-07-16	arctic	21.5	115
1	2022-07-19	north	21.6	116
2	2022-07-22	south	21.7	117
3	2022-07-25	east	21.8	118
4	2022-07-28	arctic	21.9	119
5	2022-07-31	north	22.0	120
6	2022-08-03	south	22.1	121
7	2022-08-06	east	22.2	122
8	2022-08-09	arctic	22.3	123
9	2022-08-12	north	22.4	124
10	2022-08-15	south	22.5	125
11	2022-08-18	east	22.6	126
12	2022-08-21	arctic	22.7	127
13	2022-08-24	north	22.8	128
14	2022-08-27	south	22.9	129
15	2022-08-30	east	23.0	130
16	2022-09-02	arctic	23.1	131
0	2022-09-05	north	23.2	132
1	2022-09-08	south	23.3	133
2	2022-09-11	east	23.4	134
3	2022-09-14	arctic	23.5	135
4	2022-09-17	north	23.6	136
5	2022-09-20	south	23.7	137
6	2022-09-23	east	23.8	138
7	2022-09-26	arctic	23.9	139
8	2022-09-29	north	24.0	140
9	2022-10-02	south	24.1	141
10	2022-10-05	east	24.2	142
11	2022-10-08	arctic	24.3	143
12	2022-10-11	north	24.4	144
13	2022-10-14	south	24.5	145
14	2022-10-17	east	24.6	146
15	2022-10-20	arctic	24.7	147
16	2022-10-23	north	24.8	148
0	2022-10-26	south	24.9	149
1	2022-10-29	east	25.0	150
2	2022-11-01	arctic	25.1	151
3	2022-11-04	north	25.2	152
4	2022-11-07	south	25.3	153
5	2022-11-10	east	25.4	154
6	2022-11-13	arctic	25.5	155
7	2022-11-16	north	25.6	156
8	2022-11-19	south	25.7	157
9	2022-11-22	east	25.8	158
10	2022-11-25	arctic	25.9	159
11	2022-11-28	north	26.0	160
12	2022-12-01	south	26.1	161
13	2022-12-04	east	26.2	162
14	2022-12-07	arctic	26.3	163
15	2022-12-10	north	26.4	164
16	2022-12-13	south	26.5	165
0	2022-12-16	east	26.6	166
1	2022-12-19	arctic	26.7	167
2	2022-12-22	north	26.8	168
3	2022-12-25	south	26.9	169
4	2022-12-28	east	27.0	170
5	2022-12-31	arctic	27.1	171
11	2022-06-01	north	0.0	0
\.


--
-- Data for Name: truck; Type: TABLE DATA; Schema: part; Owner: postgres
--

COPY part.truck (id, wheels, name, payload_tons) FROM stdin;
3	6	lorry	12.5
4	18	semi	40
\.


--
-- Data for Name: vehicle; Type: TABLE DATA; Schema: part; Owner: postgres
--

COPY part.vehicle (id, wheels, name) FROM stdin;
1	4	car
2	4	van
\.


--
-- Name: customer customer_pkey; Type: CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.customer
    ADD CONSTRAINT customer_pkey PRIMARY KEY (id, country);


--
-- Name: customer_eu customer_eu_pkey; Type: CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.customer_eu
    ADD CONSTRAINT customer_eu_pkey PRIMARY KEY (id, country);


--
-- Name: customer_nulls customer_nulls_pkey; Type: CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.customer_nulls
    ADD CONSTRAINT customer_nulls_pkey PRIMARY KEY (id, country);


--
-- Name: customer_rest customer_rest_pkey; Type: CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.customer_rest
    ADD CONSTRAINT customer_rest_pkey PRIMARY KEY (id, country);


--
-- Name: customer_us customer_us_pkey; Type: CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.customer_us
    ADD CONSTRAINT customer_us_pkey PRIMARY KEY (id, country);


--
-- Name: event event_pkey; Type: CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.event
    ADD CONSTRAINT event_pkey PRIMARY KEY (id);


--
-- Name: event_0 event_0_pkey; Type: CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.event_0
    ADD CONSTRAINT event_0_pkey PRIMARY KEY (id);


--
-- Name: event_1 event_1_pkey; Type: CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.event_1
    ADD CONSTRAINT event_1_pkey PRIMARY KEY (id);


--
-- Name: event_2 event_2_pkey; Type: CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.event_2
    ADD CONSTRAINT event_2_pkey PRIMARY KEY (id);


--
-- Name: event_3 event_3_pkey; Type: CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.event_3
    ADD CONSTRAINT event_3_pkey PRIMARY KEY (id);


--
-- Name: measurement measurement_pkey; Type: CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.measurement
    ADD CONSTRAINT measurement_pkey PRIMARY KEY (city_id, logdate, region);


--
-- Name: measurement_2023 measurement_2023_pkey; Type: CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.measurement_2023
    ADD CONSTRAINT measurement_2023_pkey PRIMARY KEY (city_id, logdate, region);


--
-- Name: measurement_2023_north measurement_2023_north_pkey; Type: CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.measurement_2023_north
    ADD CONSTRAINT measurement_2023_north_pkey PRIMARY KEY (city_id, logdate, region);


--
-- Name: measurement_2023_other measurement_2023_other_pkey; Type: CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.measurement_2023_other
    ADD CONSTRAINT measurement_2023_other_pkey PRIMARY KEY (city_id, logdate, region);


--
-- Name: measurement_2023_south measurement_2023_south_pkey; Type: CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.measurement_2023_south
    ADD CONSTRAINT measurement_2023_south_pkey PRIMARY KEY (city_id, logdate, region);


--
-- Name: measurement_2024 measurement_2024_pkey; Type: CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.measurement_2024
    ADD CONSTRAINT measurement_2024_pkey PRIMARY KEY (city_id, logdate, region);


--
-- Name: measurement_2025 measurement_2025_pkey; Type: CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.measurement_2025
    ADD CONSTRAINT measurement_2025_pkey PRIMARY KEY (city_id, logdate, region);


--
-- Name: measurement_old measurement_old_pkey; Type: CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.measurement_old
    ADD CONSTRAINT measurement_old_pkey PRIMARY KEY (city_id, logdate, region);


--
-- Name: vehicle vehicle_pkey; Type: CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE ONLY part.vehicle
    ADD CONSTRAINT vehicle_pkey PRIMARY KEY (id);


--
-- Name: event_payload_idx; Type: INDEX; Schema: part; Owner: postgres
--

CREATE INDEX event_payload_idx ON ONLY part.event USING gin (payload);


--
-- Name: event_0_payload_idx; Type: INDEX; Schema: part; Owner: postgres
--

CREATE INDEX event_0_payload_idx ON part.event_0 USING gin (payload);


--
-- Name: event_1_payload_idx; Type: INDEX; Schema: part; Owner: postgres
--

CREATE INDEX event_1_payload_idx ON part.event_1 USING gin (payload);


--
-- Name: event_2_payload_idx; Type: INDEX; Schema: part; Owner: postgres
--

CREATE INDEX event_2_payload_idx ON part.event_2 USING gin (payload);


--
-- Name: event_3_payload_idx; Type: INDEX; Schema: part; Owner: postgres
--

CREATE INDEX event_3_payload_idx ON part.event_3 USING gin (payload);


--
-- Name: measurement_logdate_idx; Type: INDEX; Schema: part; Owner: postgres
--

CREATE INDEX measurement_logdate_idx ON ONLY part.measurement USING btree (logdate);


--
-- Name: measurement_2023_logdate_idx; Type: INDEX; Schema: part; Owner: postgres
--

CREATE INDEX measurement_2023_logdate_idx ON ONLY part.measurement_2023 USING btree (logdate);


--
-- Name: measurement_2023_north_logdate_idx; Type: INDEX; Schema: part; Owner: postgres
--

CREATE INDEX measurement_2023_north_logdate_idx ON part.measurement_2023_north USING btree (logdate);


--
-- Name: measurement_2023_other_logdate_idx; Type: INDEX; Schema: part; Owner: postgres
--

CREATE INDEX measurement_2023_other_logdate_idx ON part.measurement_2023_other USING btree (logdate);


--
-- Name: measurement_2023_south_logdate_idx; Type: INDEX; Schema: part; Owner: postgres
--

CREATE INDEX measurement_2023_south_logdate_idx ON part.measurement_2023_south USING btree (logdate);


--
-- Name: measurement_2024_logdate_idx; Type: INDEX; Schema: part; Owner: postgres
--

CREATE INDEX measurement_2024_logdate_idx ON part.measurement_2024 USING btree (logdate);


--
-- Name: measurement_2024_sales_idx; Type: INDEX; Schema: part; Owner: postgres
--

CREATE INDEX measurement_2024_sales_idx ON part.measurement_2024 USING btree (unitsales) WHERE (unitsales > 100);


--
-- Name: measurement_2025_logdate_idx; Type: INDEX; Schema: part; Owner: postgres
--

CREATE INDEX measurement_2025_logdate_idx ON part.measurement_2025 USING btree (logdate);


--
-- Name: measurement_old_logdate_idx; Type: INDEX; Schema: part; Owner: postgres
--

CREATE INDEX measurement_old_logdate_idx ON part.measurement_old USING btree (logdate);


--
-- Name: customer_eu_pkey; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.customer_pkey ATTACH PARTITION part.customer_eu_pkey;


--
-- Name: customer_nulls_pkey; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.customer_pkey ATTACH PARTITION part.customer_nulls_pkey;


--
-- Name: customer_rest_pkey; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.customer_pkey ATTACH PARTITION part.customer_rest_pkey;


--
-- Name: customer_us_pkey; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.customer_pkey ATTACH PARTITION part.customer_us_pkey;


--
-- Name: event_0_payload_idx; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.event_payload_idx ATTACH PARTITION part.event_0_payload_idx;


--
-- Name: event_0_pkey; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.event_pkey ATTACH PARTITION part.event_0_pkey;


--
-- Name: event_1_payload_idx; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.event_payload_idx ATTACH PARTITION part.event_1_payload_idx;


--
-- Name: event_1_pkey; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.event_pkey ATTACH PARTITION part.event_1_pkey;


--
-- Name: event_2_payload_idx; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.event_payload_idx ATTACH PARTITION part.event_2_payload_idx;


--
-- Name: event_2_pkey; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.event_pkey ATTACH PARTITION part.event_2_pkey;


--
-- Name: event_3_payload_idx; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.event_payload_idx ATTACH PARTITION part.event_3_payload_idx;


--
-- Name: event_3_pkey; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.event_pkey ATTACH PARTITION part.event_3_pkey;


--
-- Name: measurement_2023_logdate_idx; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.measurement_logdate_idx ATTACH PARTITION part.measurement_2023_logdate_idx;


--
-- Name: measurement_2023_north_logdate_idx; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.measurement_2023_logdate_idx ATTACH PARTITION part.measurement_2023_north_logdate_idx;


--
-- Name: measurement_2023_north_pkey; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.measurement_2023_pkey ATTACH PARTITION part.measurement_2023_north_pkey;


--
-- Name: measurement_2023_other_logdate_idx; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.measurement_2023_logdate_idx ATTACH PARTITION part.measurement_2023_other_logdate_idx;


--
-- Name: measurement_2023_other_pkey; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.measurement_2023_pkey ATTACH PARTITION part.measurement_2023_other_pkey;


--
-- Name: measurement_2023_pkey; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.measurement_pkey ATTACH PARTITION part.measurement_2023_pkey;


--
-- Name: measurement_2023_south_logdate_idx; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.measurement_2023_logdate_idx ATTACH PARTITION part.measurement_2023_south_logdate_idx;


--
-- Name: measurement_2023_south_pkey; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.measurement_2023_pkey ATTACH PARTITION part.measurement_2023_south_pkey;


--
-- Name: measurement_2024_logdate_idx; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.measurement_logdate_idx ATTACH PARTITION part.measurement_2024_logdate_idx;


--
-- Name: measurement_2024_pkey; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.measurement_pkey ATTACH PARTITION part.measurement_2024_pkey;


--
-- Name: measurement_2025_logdate_idx; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.measurement_logdate_idx ATTACH PARTITION part.measurement_2025_logdate_idx;


--
-- Name: measurement_2025_pkey; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.measurement_pkey ATTACH PARTITION part.measurement_2025_pkey;


--
-- Name: measurement_old_logdate_idx; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.measurement_logdate_idx ATTACH PARTITION part.measurement_old_logdate_idx;


--
-- Name: measurement_old_pkey; Type: INDEX ATTACH; Schema: part; Owner: postgres
--

ALTER INDEX part.measurement_pkey ATTACH PARTITION part.measurement_old_pkey;


--
-- Name: event event_customer_id_country_fkey; Type: FK CONSTRAINT; Schema: part; Owner: postgres
--

ALTER TABLE part.event
    ADD CONSTRAINT event_customer_id_country_fkey FOREIGN KEY (customer_id, country) REFERENCES part.customer(id, country) ON DELETE CASCADE;


--
-- Name: TABLE measurement; Type: ACL; Schema: part; Owner: postgres
--

GRANT SELECT ON TABLE part.measurement TO diff_reader;


--
-- Name: COLUMN measurement.city_id; Type: ACL; Schema: part; Owner: postgres
--

GRANT INSERT(city_id) ON TABLE part.measurement TO diff_writer;


--
-- Name: COLUMN measurement.logdate; Type: ACL; Schema: part; Owner: postgres
--

GRANT INSERT(logdate) ON TABLE part.measurement TO diff_writer;


--
-- Name: COLUMN measurement.region; Type: ACL; Schema: part; Owner: postgres
--

GRANT INSERT(region) ON TABLE part.measurement TO diff_writer;


--
-- Name: COLUMN measurement.peaktemp; Type: ACL; Schema: part; Owner: postgres
--

GRANT INSERT(peaktemp) ON TABLE part.measurement TO diff_writer;


--
-- PostgreSQL database dump complete
--

\unrestrict RehearsalDifferentialFixtures

