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
-- Name: mv; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA mv;


ALTER SCHEMA mv OWNER TO postgres;

--
-- Name: rounded(numeric); Type: FUNCTION; Schema: mv; Owner: postgres
--

CREATE FUNCTION mv.rounded(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$SELECT round(x, -2)$$;


ALTER FUNCTION mv.rounded(x numeric) OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: sale; Type: TABLE; Schema: mv; Owner: postgres
--

CREATE TABLE mv.sale (
    id integer NOT NULL,
    region text NOT NULL,
    amount numeric(10,2) NOT NULL,
    sold date
);


ALTER TABLE mv.sale OWNER TO postgres;

--
-- Name: sales_by_region; Type: MATERIALIZED VIEW; Schema: mv; Owner: diff_owner
--

CREATE MATERIALIZED VIEW mv.sales_by_region AS
 SELECT sale.region,
    count(*) AS sales,
    sum(sale.amount) AS total
   FROM mv.sale
  GROUP BY sale.region
  WITH NO DATA;


ALTER TABLE mv.sales_by_region OWNER TO diff_owner;

--
-- Name: COLUMN sales_by_region.total; Type: COMMENT; Schema: mv; Owner: diff_owner
--

COMMENT ON COLUMN mv.sales_by_region.total IS 'sum of amounts';


--
-- Name: big_regions; Type: VIEW; Schema: mv; Owner: postgres
--

CREATE VIEW mv.big_regions AS
 SELECT sales_by_region.region,
    sales_by_region.total
   FROM mv.sales_by_region
  WHERE (sales_by_region.total > (10000)::numeric);


ALTER TABLE mv.big_regions OWNER TO postgres;

--
-- Name: big_region_names; Type: MATERIALIZED VIEW; Schema: mv; Owner: postgres
--

CREATE MATERIALIZED VIEW mv.big_region_names AS
 SELECT upper(big_regions.region) AS name
   FROM mv.big_regions
  ORDER BY (upper(big_regions.region))
  WITH NO DATA;


ALTER TABLE mv.big_region_names OWNER TO postgres;

--
-- Name: cheap_sales; Type: VIEW; Schema: mv; Owner: postgres
--

CREATE VIEW mv.cheap_sales WITH (security_barrier='true') AS
 SELECT sale.id,
    sale.amount
   FROM mv.sale
  WHERE (sale.amount < (50)::numeric);


ALTER TABLE mv.cheap_sales OWNER TO postgres;

--
-- Name: countdown; Type: VIEW; Schema: mv; Owner: postgres
--

CREATE VIEW mv.countdown AS
 WITH RECURSIVE countdown(n) AS (
         SELECT 5 AS "?column?"
        UNION ALL
         SELECT (countdown_1.n - 1)
           FROM countdown countdown_1
          WHERE (countdown_1.n > 1)
        )
 SELECT countdown.n
   FROM countdown;


ALTER TABLE mv.countdown OWNER TO postgres;

--
-- Name: north_sales; Type: VIEW; Schema: mv; Owner: postgres
--

CREATE VIEW mv.north_sales AS
 SELECT sale.id,
    sale.region,
    sale.amount
   FROM mv.sale
  WHERE (sale.region = 'north'::text)
  WITH CASCADED CHECK OPTION;


ALTER TABLE mv.north_sales OWNER TO postgres;

--
-- Name: rounded_totals; Type: MATERIALIZED VIEW; Schema: mv; Owner: postgres
--

CREATE MATERIALIZED VIEW mv.rounded_totals AS
 SELECT sales_by_region.region,
    mv.rounded(sales_by_region.total) AS approx
   FROM mv.sales_by_region
  WITH NO DATA;


ALTER TABLE mv.rounded_totals OWNER TO postgres;

--
-- Name: sales_by_day; Type: MATERIALIZED VIEW; Schema: mv; Owner: postgres
--

CREATE MATERIALIZED VIEW mv.sales_by_day AS
 SELECT sale.sold,
    sum(sale.amount) AS total
   FROM mv.sale
  GROUP BY sale.sold
  WITH NO DATA;


ALTER TABLE mv.sales_by_day OWNER TO postgres;

--
-- Name: MATERIALIZED VIEW sales_by_day; Type: COMMENT; Schema: mv; Owner: postgres
--

COMMENT ON MATERIALIZED VIEW mv.sales_by_day IS 'created WITH NO DATA: unreadable until refreshed';


--
-- Data for Name: sale; Type: TABLE DATA; Schema: mv; Owner: postgres
--

COPY mv.sale (id, region, amount, sold) FROM stdin;
1	south	9.25	2024-01-02
2	east	18.50	2024-01-03
3	west	27.75	2024-01-04
4	north	37.00	2024-01-05
5	south	46.25	2024-01-06
6	east	55.50	2024-01-07
7	west	64.75	2024-01-08
8	north	74.00	2024-01-09
9	south	83.25	2024-01-10
10	east	92.50	2024-01-11
11	west	101.75	2024-01-12
12	north	111.00	2024-01-13
13	south	120.25	2024-01-14
14	east	129.50	2024-01-15
15	west	138.75	2024-01-16
16	north	148.00	2024-01-17
17	south	157.25	2024-01-18
18	east	166.50	2024-01-19
19	west	175.75	2024-01-20
20	north	185.00	2024-01-21
21	south	194.25	2024-01-22
22	east	203.50	2024-01-23
23	west	212.75	2024-01-24
24	north	222.00	2024-01-25
25	south	231.25	2024-01-26
26	east	240.50	2024-01-27
27	west	249.75	2024-01-28
28	north	9.00	2024-01-29
29	south	18.25	2024-01-30
30	east	27.50	2024-01-31
31	west	36.75	2024-02-01
32	north	46.00	2024-02-02
33	south	55.25	2024-02-03
34	east	64.50	2024-02-04
35	west	73.75	2024-02-05
36	north	83.00	2024-02-06
37	south	92.25	2024-02-07
38	east	101.50	2024-02-08
39	west	110.75	2024-02-09
40	north	120.00	2024-02-10
41	south	129.25	2024-02-11
42	east	138.50	2024-02-12
43	west	147.75	2024-02-13
44	north	157.00	2024-02-14
45	south	166.25	2024-02-15
46	east	175.50	2024-02-16
47	west	184.75	2024-02-17
48	north	194.00	2024-02-18
49	south	203.25	2024-02-19
50	east	212.50	2024-02-20
51	west	221.75	2024-02-21
52	north	231.00	2024-02-22
53	south	240.25	2024-02-23
54	east	249.50	2024-02-24
55	west	8.75	2024-02-25
56	north	18.00	2024-02-26
57	south	27.25	2024-02-27
58	east	36.50	2024-02-28
59	west	45.75	2024-02-29
60	north	55.00	2024-03-01
61	south	64.25	2024-03-02
62	east	73.50	2024-03-03
63	west	82.75	2024-03-04
64	north	92.00	2024-03-05
65	south	101.25	2024-03-06
66	east	110.50	2024-03-07
67	west	119.75	2024-03-08
68	north	129.00	2024-03-09
69	south	138.25	2024-03-10
70	east	147.50	2024-03-11
71	west	156.75	2024-03-12
72	north	166.00	2024-03-13
73	south	175.25	2024-03-14
74	east	184.50	2024-03-15
75	west	193.75	2024-03-16
76	north	203.00	2024-03-17
77	south	212.25	2024-03-18
78	east	221.50	2024-03-19
79	west	230.75	2024-03-20
80	north	240.00	2024-03-21
81	south	249.25	2024-03-22
82	east	8.50	2024-03-23
83	west	17.75	2024-03-24
84	north	27.00	2024-03-25
85	south	36.25	2024-03-26
86	east	45.50	2024-03-27
87	west	54.75	2024-03-28
88	north	64.00	2024-03-29
89	south	73.25	2024-03-30
90	east	82.50	2024-01-01
91	west	91.75	2024-01-02
92	north	101.00	2024-01-03
93	south	110.25	2024-01-04
94	east	119.50	2024-01-05
95	west	128.75	2024-01-06
96	north	138.00	2024-01-07
97	south	147.25	2024-01-08
98	east	156.50	2024-01-09
99	west	165.75	2024-01-10
100	north	175.00	2024-01-11
101	south	184.25	2024-01-12
102	east	193.50	2024-01-13
103	west	202.75	2024-01-14
104	north	212.00	2024-01-15
105	south	221.25	2024-01-16
106	east	230.50	2024-01-17
107	west	239.75	2024-01-18
108	north	249.00	2024-01-19
109	south	8.25	2024-01-20
110	east	17.50	2024-01-21
111	west	26.75	2024-01-22
112	north	36.00	2024-01-23
113	south	45.25	2024-01-24
114	east	54.50	2024-01-25
115	west	63.75	2024-01-26
116	north	73.00	2024-01-27
117	south	82.25	2024-01-28
118	east	91.50	2024-01-29
119	west	100.75	2024-01-30
120	north	110.00	2024-01-31
121	south	119.25	2024-02-01
122	east	128.50	2024-02-02
123	west	137.75	2024-02-03
124	north	147.00	2024-02-04
125	south	156.25	2024-02-05
126	east	165.50	2024-02-06
127	west	174.75	2024-02-07
128	north	184.00	2024-02-08
129	south	193.25	2024-02-09
130	east	202.50	2024-02-10
131	west	211.75	2024-02-11
132	north	221.00	2024-02-12
133	south	230.25	2024-02-13
134	east	239.50	2024-02-14
135	west	248.75	2024-02-15
136	north	8.00	2024-02-16
137	south	17.25	2024-02-17
138	east	26.50	2024-02-18
139	west	35.75	2024-02-19
140	north	45.00	2024-02-20
141	south	54.25	2024-02-21
142	east	63.50	2024-02-22
143	west	72.75	2024-02-23
144	north	82.00	2024-02-24
145	south	91.25	2024-02-25
146	east	100.50	2024-02-26
147	west	109.75	2024-02-27
148	north	119.00	2024-02-28
149	south	128.25	2024-02-29
150	east	137.50	2024-03-01
151	west	146.75	2024-03-02
152	north	156.00	2024-03-03
153	south	165.25	2024-03-04
154	east	174.50	2024-03-05
155	west	183.75	2024-03-06
156	north	193.00	2024-03-07
157	south	202.25	2024-03-08
158	east	211.50	2024-03-09
159	west	220.75	2024-03-10
160	north	230.00	2024-03-11
161	south	239.25	2024-03-12
162	east	248.50	2024-03-13
163	west	7.75	2024-03-14
164	north	17.00	2024-03-15
165	south	26.25	2024-03-16
166	east	35.50	2024-03-17
167	west	44.75	2024-03-18
168	north	54.00	2024-03-19
169	south	63.25	2024-03-20
170	east	72.50	2024-03-21
171	west	81.75	2024-03-22
172	north	91.00	2024-03-23
173	south	100.25	2024-03-24
174	east	109.50	2024-03-25
175	west	118.75	2024-03-26
176	north	128.00	2024-03-27
177	south	137.25	2024-03-28
178	east	146.50	2024-03-29
179	west	155.75	2024-03-30
180	north	165.00	2024-01-01
181	south	174.25	2024-01-02
182	east	183.50	2024-01-03
183	west	192.75	2024-01-04
184	north	202.00	2024-01-05
185	south	211.25	2024-01-06
186	east	220.50	2024-01-07
187	west	229.75	2024-01-08
188	north	239.00	2024-01-09
189	south	248.25	2024-01-10
190	east	7.50	2024-01-11
191	west	16.75	2024-01-12
192	north	26.00	2024-01-13
193	south	35.25	2024-01-14
194	east	44.50	2024-01-15
195	west	53.75	2024-01-16
196	north	63.00	2024-01-17
197	south	72.25	2024-01-18
198	east	81.50	2024-01-19
199	west	90.75	2024-01-20
200	north	100.00	2024-01-21
201	south	109.25	2024-01-22
202	east	118.50	2024-01-23
203	west	127.75	2024-01-24
204	north	137.00	2024-01-25
205	south	146.25	2024-01-26
206	east	155.50	2024-01-27
207	west	164.75	2024-01-28
208	north	174.00	2024-01-29
209	south	183.25	2024-01-30
210	east	192.50	2024-01-31
211	west	201.75	2024-02-01
212	north	211.00	2024-02-02
213	south	220.25	2024-02-03
214	east	229.50	2024-02-04
215	west	238.75	2024-02-05
216	north	248.00	2024-02-06
217	south	7.25	2024-02-07
218	east	16.50	2024-02-08
219	west	25.75	2024-02-09
220	north	35.00	2024-02-10
221	south	44.25	2024-02-11
222	east	53.50	2024-02-12
223	west	62.75	2024-02-13
224	north	72.00	2024-02-14
225	south	81.25	2024-02-15
226	east	90.50	2024-02-16
227	west	99.75	2024-02-17
228	north	109.00	2024-02-18
229	south	118.25	2024-02-19
230	east	127.50	2024-02-20
231	west	136.75	2024-02-21
232	north	146.00	2024-02-22
233	south	155.25	2024-02-23
234	east	164.50	2024-02-24
235	west	173.75	2024-02-25
236	north	183.00	2024-02-26
237	south	192.25	2024-02-27
238	east	201.50	2024-02-28
239	west	210.75	2024-02-29
240	north	220.00	2024-03-01
241	south	229.25	2024-03-02
242	east	238.50	2024-03-03
243	west	247.75	2024-03-04
244	north	7.00	2024-03-05
245	south	16.25	2024-03-06
246	east	25.50	2024-03-07
247	west	34.75	2024-03-08
248	north	44.00	2024-03-09
249	south	53.25	2024-03-10
250	east	62.50	2024-03-11
251	west	71.75	2024-03-12
252	north	81.00	2024-03-13
253	south	90.25	2024-03-14
254	east	99.50	2024-03-15
255	west	108.75	2024-03-16
256	north	118.00	2024-03-17
257	south	127.25	2024-03-18
258	east	136.50	2024-03-19
259	west	145.75	2024-03-20
260	north	155.00	2024-03-21
261	south	164.25	2024-03-22
262	east	173.50	2024-03-23
263	west	182.75	2024-03-24
264	north	192.00	2024-03-25
265	south	201.25	2024-03-26
266	east	210.50	2024-03-27
267	west	219.75	2024-03-28
268	north	229.00	2024-03-29
269	south	238.25	2024-03-30
270	east	247.50	2024-01-01
271	west	6.75	2024-01-02
272	north	16.00	2024-01-03
273	south	25.25	2024-01-04
274	east	34.50	2024-01-05
275	west	43.75	2024-01-06
276	north	53.00	2024-01-07
277	south	62.25	2024-01-08
278	east	71.50	2024-01-09
279	west	80.75	2024-01-10
280	north	90.00	2024-01-11
281	south	99.25	2024-01-12
282	east	108.50	2024-01-13
283	west	117.75	2024-01-14
284	north	127.00	2024-01-15
285	south	136.25	2024-01-16
286	east	145.50	2024-01-17
287	west	154.75	2024-01-18
288	north	164.00	2024-01-19
289	south	173.25	2024-01-20
290	east	182.50	2024-01-21
291	west	191.75	2024-01-22
292	north	201.00	2024-01-23
293	south	210.25	2024-01-24
294	east	219.50	2024-01-25
295	west	228.75	2024-01-26
296	north	238.00	2024-01-27
297	south	247.25	2024-01-28
298	east	6.50	2024-01-29
299	west	15.75	2024-01-30
300	north	25.00	2024-01-31
301	south	34.25	2024-02-01
302	east	43.50	2024-02-02
303	west	52.75	2024-02-03
304	north	62.00	2024-02-04
305	south	71.25	2024-02-05
306	east	80.50	2024-02-06
307	west	89.75	2024-02-07
308	north	99.00	2024-02-08
309	south	108.25	2024-02-09
310	east	117.50	2024-02-10
311	west	126.75	2024-02-11
312	north	136.00	2024-02-12
313	south	145.25	2024-02-13
314	east	154.50	2024-02-14
315	west	163.75	2024-02-15
316	north	173.00	2024-02-16
317	south	182.25	2024-02-17
318	east	191.50	2024-02-18
319	west	200.75	2024-02-19
320	north	210.00	2024-02-20
321	south	219.25	2024-02-21
322	east	228.50	2024-02-22
323	west	237.75	2024-02-23
324	north	247.00	2024-02-24
325	south	6.25	2024-02-25
326	east	15.50	2024-02-26
327	west	24.75	2024-02-27
328	north	34.00	2024-02-28
329	south	43.25	2024-02-29
330	east	52.50	2024-03-01
331	west	61.75	2024-03-02
332	north	71.00	2024-03-03
333	south	80.25	2024-03-04
334	east	89.50	2024-03-05
335	west	98.75	2024-03-06
336	north	108.00	2024-03-07
337	south	117.25	2024-03-08
338	east	126.50	2024-03-09
339	west	135.75	2024-03-10
340	north	145.00	2024-03-11
341	south	154.25	2024-03-12
342	east	163.50	2024-03-13
343	west	172.75	2024-03-14
344	north	182.00	2024-03-15
345	south	191.25	2024-03-16
346	east	200.50	2024-03-17
347	west	209.75	2024-03-18
348	north	219.00	2024-03-19
349	south	228.25	2024-03-20
350	east	237.50	2024-03-21
351	west	246.75	2024-03-22
352	north	6.00	2024-03-23
353	south	15.25	2024-03-24
354	east	24.50	2024-03-25
355	west	33.75	2024-03-26
356	north	43.00	2024-03-27
357	south	52.25	2024-03-28
358	east	61.50	2024-03-29
359	west	70.75	2024-03-30
360	north	80.00	2024-01-01
361	south	89.25	2024-01-02
362	east	98.50	2024-01-03
363	west	107.75	2024-01-04
364	north	117.00	2024-01-05
365	south	126.25	2024-01-06
366	east	135.50	2024-01-07
367	west	144.75	2024-01-08
368	north	154.00	2024-01-09
369	south	163.25	2024-01-10
370	east	172.50	2024-01-11
371	west	181.75	2024-01-12
372	north	191.00	2024-01-13
373	south	200.25	2024-01-14
374	east	209.50	2024-01-15
375	west	218.75	2024-01-16
376	north	228.00	2024-01-17
377	south	237.25	2024-01-18
378	east	246.50	2024-01-19
379	west	5.75	2024-01-20
380	north	15.00	2024-01-21
381	south	24.25	2024-01-22
382	east	33.50	2024-01-23
383	west	42.75	2024-01-24
384	north	52.00	2024-01-25
385	south	61.25	2024-01-26
386	east	70.50	2024-01-27
387	west	79.75	2024-01-28
388	north	89.00	2024-01-29
389	south	98.25	2024-01-30
390	east	107.50	2024-01-31
391	west	116.75	2024-02-01
392	north	126.00	2024-02-02
393	south	135.25	2024-02-03
394	east	144.50	2024-02-04
395	west	153.75	2024-02-05
396	north	163.00	2024-02-06
397	south	172.25	2024-02-07
398	east	181.50	2024-02-08
399	west	190.75	2024-02-09
400	north	200.00	2024-02-10
401	south	209.25	2024-02-11
402	east	218.50	2024-02-12
403	west	227.75	2024-02-13
404	north	237.00	2024-02-14
405	south	246.25	2024-02-15
406	east	5.50	2024-02-16
407	west	14.75	2024-02-17
408	north	24.00	2024-02-18
409	south	33.25	2024-02-19
410	east	42.50	2024-02-20
411	west	51.75	2024-02-21
412	north	61.00	2024-02-22
413	south	70.25	2024-02-23
414	east	79.50	2024-02-24
415	west	88.75	2024-02-25
416	north	98.00	2024-02-26
417	south	107.25	2024-02-27
418	east	116.50	2024-02-28
419	west	125.75	2024-02-29
420	north	135.00	2024-03-01
421	south	144.25	2024-03-02
422	east	153.50	2024-03-03
423	west	162.75	2024-03-04
424	north	172.00	2024-03-05
425	south	181.25	2024-03-06
426	east	190.50	2024-03-07
427	west	199.75	2024-03-08
428	north	209.00	2024-03-09
429	south	218.25	2024-03-10
430	east	227.50	2024-03-11
431	west	236.75	2024-03-12
432	north	246.00	2024-03-13
433	south	5.25	2024-03-14
434	east	14.50	2024-03-15
435	west	23.75	2024-03-16
436	north	33.00	2024-03-17
437	south	42.25	2024-03-18
438	east	51.50	2024-03-19
439	west	60.75	2024-03-20
440	north	70.00	2024-03-21
441	south	79.25	2024-03-22
442	east	88.50	2024-03-23
443	west	97.75	2024-03-24
444	north	107.00	2024-03-25
445	south	116.25	2024-03-26
446	east	125.50	2024-03-27
447	west	134.75	2024-03-28
448	north	144.00	2024-03-29
449	south	153.25	2024-03-30
450	east	162.50	2024-01-01
451	west	171.75	2024-01-02
452	north	181.00	2024-01-03
453	south	190.25	2024-01-04
454	east	199.50	2024-01-05
455	west	208.75	2024-01-06
456	north	218.00	2024-01-07
457	south	227.25	2024-01-08
458	east	236.50	2024-01-09
459	west	245.75	2024-01-10
460	north	5.00	2024-01-11
461	south	14.25	2024-01-12
462	east	23.50	2024-01-13
463	west	32.75	2024-01-14
464	north	42.00	2024-01-15
465	south	51.25	2024-01-16
466	east	60.50	2024-01-17
467	west	69.75	2024-01-18
468	north	79.00	2024-01-19
469	south	88.25	2024-01-20
470	east	97.50	2024-01-21
471	west	106.75	2024-01-22
472	north	116.00	2024-01-23
473	south	125.25	2024-01-24
474	east	134.50	2024-01-25
475	west	143.75	2024-01-26
476	north	153.00	2024-01-27
477	south	162.25	2024-01-28
478	east	171.50	2024-01-29
479	west	180.75	2024-01-30
480	north	190.00	2024-01-31
481	south	199.25	2024-02-01
482	east	208.50	2024-02-02
483	west	217.75	2024-02-03
484	north	227.00	2024-02-04
485	south	236.25	2024-02-05
486	east	245.50	2024-02-06
487	west	4.75	2024-02-07
488	north	14.00	2024-02-08
489	south	23.25	2024-02-09
490	east	32.50	2024-02-10
491	west	41.75	2024-02-11
492	north	51.00	2024-02-12
493	south	60.25	2024-02-13
494	east	69.50	2024-02-14
495	west	78.75	2024-02-15
496	north	88.00	2024-02-16
497	south	97.25	2024-02-17
498	east	106.50	2024-02-18
499	west	115.75	2024-02-19
500	north	125.00	2024-02-20
\.


--
-- Name: sale sale_pkey; Type: CONSTRAINT; Schema: mv; Owner: postgres
--

ALTER TABLE ONLY mv.sale
    ADD CONSTRAINT sale_pkey PRIMARY KEY (id);


--
-- Name: sales_by_region_region; Type: INDEX; Schema: mv; Owner: diff_owner
--

CREATE UNIQUE INDEX sales_by_region_region ON mv.sales_by_region USING btree (region);


--
-- Name: TABLE sale; Type: ACL; Schema: mv; Owner: postgres
--

GRANT SELECT ON TABLE mv.sale TO diff_owner;


--
-- Name: TABLE sales_by_region; Type: ACL; Schema: mv; Owner: diff_owner
--

GRANT SELECT ON TABLE mv.sales_by_region TO diff_reader;


--
-- Name: TABLE big_regions; Type: ACL; Schema: mv; Owner: postgres
--

GRANT SELECT ON TABLE mv.big_regions TO diff_reader;


--
-- Name: TABLE north_sales; Type: ACL; Schema: mv; Owner: postgres
--

GRANT SELECT ON TABLE mv.north_sales TO diff_writer;


--
-- Name: COLUMN north_sales.amount; Type: ACL; Schema: mv; Owner: postgres
--

GRANT UPDATE(amount) ON TABLE mv.north_sales TO diff_writer;


--
-- Name: sales_by_region; Type: MATERIALIZED VIEW DATA; Schema: mv; Owner: diff_owner
--

REFRESH MATERIALIZED VIEW mv.sales_by_region;


--
-- Name: big_region_names; Type: MATERIALIZED VIEW DATA; Schema: mv; Owner: postgres
--

REFRESH MATERIALIZED VIEW mv.big_region_names;


--
-- Name: rounded_totals; Type: MATERIALIZED VIEW DATA; Schema: mv; Owner: postgres
--

REFRESH MATERIALIZED VIEW mv.rounded_totals;


--
-- PostgreSQL database dump complete
--

\unrestrict RehearsalDifferentialFixtures

