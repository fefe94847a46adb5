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

--
-- Name: DocumentStatus; Type: TYPE; Schema: public; Owner: signing_app
--

CREATE TYPE public."DocumentStatus" AS ENUM (
    'DRAFT',
    'PENDING',
    'COMPLETED'
);


ALTER TYPE public."DocumentStatus" OWNER TO signing_app;

--
-- Name: FieldType; Type: TYPE; Schema: public; Owner: signing_app
--

CREATE TYPE public."FieldType" AS ENUM (
    'SIGNATURE',
    'FREE_SIGNATURE',
    'NAME',
    'EMAIL',
    'DATE',
    'TEXT'
);


ALTER TYPE public."FieldType" OWNER TO signing_app;

--
-- Name: IdentityProvider; Type: TYPE; Schema: public; Owner: signing_app
--

CREATE TYPE public."IdentityProvider" AS ENUM (
    'EMAIL',
    'GOOGLE'
);


ALTER TYPE public."IdentityProvider" OWNER TO signing_app;

--
-- Name: ReadStatus; Type: TYPE; Schema: public; Owner: signing_app
--

CREATE TYPE public."ReadStatus" AS ENUM (
    'NOT_OPENED',
    'OPENED'
);


ALTER TYPE public."ReadStatus" OWNER TO signing_app;

--
-- Name: Role; Type: TYPE; Schema: public; Owner: signing_app
--

CREATE TYPE public."Role" AS ENUM (
    'ADMIN',
    'USER'
);


ALTER TYPE public."Role" OWNER TO signing_app;

--
-- Name: SendStatus; Type: TYPE; Schema: public; Owner: signing_app
--

CREATE TYPE public."SendStatus" AS ENUM (
    'NOT_SENT',
    'SENT'
);


ALTER TYPE public."SendStatus" OWNER TO signing_app;

--
-- Name: SigningStatus; Type: TYPE; Schema: public; Owner: signing_app
--

CREATE TYPE public."SigningStatus" AS ENUM (
    'NOT_SIGNED',
    'SIGNED'
);


ALTER TYPE public."SigningStatus" OWNER TO signing_app;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: Document; Type: TABLE; Schema: public; Owner: signing_app
--

CREATE TABLE public."Document" (
    id integer NOT NULL,
    "userId" integer NOT NULL,
    title text NOT NULL,
    "fileName" text NOT NULL,
    status public."DocumentStatus" DEFAULT 'DRAFT'::public."DocumentStatus" NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone NOT NULL,
    "completedAt" timestamp(3) without time zone
);


ALTER TABLE public."Document" OWNER TO signing_app;

--
-- Name: Document_id_seq; Type: SEQUENCE; Schema: public; Owner: signing_app
--

CREATE SEQUENCE public."Document_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."Document_id_seq" OWNER TO signing_app;

--
-- Name: Document_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: signing_app
--

ALTER SEQUENCE public."Document_id_seq" OWNED BY public."Document".id;


--
-- Name: Field; Type: TABLE; Schema: public; Owner: signing_app
--

CREATE TABLE public."Field" (
    id integer NOT NULL,
    "documentId" integer NOT NULL,
    "recipientId" integer,
    type public."FieldType" NOT NULL,
    page integer NOT NULL,
    "positionX" numeric(65,30) DEFAULT 0 NOT NULL,
    "positionY" numeric(65,30) DEFAULT 0 NOT NULL,
    width numeric(65,30) DEFAULT '-1'::integer NOT NULL,
    height numeric(65,30) DEFAULT '-1'::integer NOT NULL,
    "customText" text NOT NULL,
    inserted boolean NOT NULL
);


ALTER TABLE public."Field" OWNER TO signing_app;

--
-- Name: Field_id_seq; Type: SEQUENCE; Schema: public; Owner: signing_app
--

CREATE SEQUENCE public."Field_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."Field_id_seq" OWNER TO signing_app;

--
-- Name: Field_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: signing_app
--

ALTER SEQUENCE public."Field_id_seq" OWNED BY public."Field".id;


--
-- Name: Recipient; Type: TABLE; Schema: public; Owner: signing_app
--

CREATE TABLE public."Recipient" (
    id integer NOT NULL,
    "documentId" integer NOT NULL,
    email character varying(255) NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    token text NOT NULL,
    expired timestamp(3) without time zone,
    "signedAt" timestamp(3) without time zone,
    "readStatus" public."ReadStatus" DEFAULT 'NOT_OPENED'::public."ReadStatus" NOT NULL,
    "signingStatus" public."SigningStatus" DEFAULT 'NOT_SIGNED'::public."SigningStatus" NOT NULL,
    "sendStatus" public."SendStatus" DEFAULT 'NOT_SENT'::public."SendStatus" NOT NULL
);


ALTER TABLE public."Recipient" OWNER TO signing_app;

--
-- Name: Recipient_id_seq; Type: SEQUENCE; Schema: public; Owner: signing_app
--

CREATE SEQUENCE public."Recipient_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."Recipient_id_seq" OWNER TO signing_app;

--
-- Name: Recipient_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: signing_app
--

ALTER SEQUENCE public."Recipient_id_seq" OWNED BY public."Recipient".id;


--
-- Name: Session; Type: TABLE; Schema: public; Owner: signing_app
--

CREATE TABLE public."Session" (
    id text NOT NULL,
    "sessionToken" text NOT NULL,
    "userId" integer NOT NULL,
    expires timestamp(3) without time zone NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


ALTER TABLE public."Session" OWNER TO signing_app;

--
-- Name: Signature; Type: TABLE; Schema: public; Owner: signing_app
--

CREATE TABLE public."Signature" (
    id integer NOT NULL,
    created timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "recipientId" integer NOT NULL,
    "fieldId" integer NOT NULL,
    "signatureImageAsBase64" text,
    "typedSignature" text
);


ALTER TABLE public."Signature" OWNER TO signing_app;

--
-- Name: Signature_id_seq; Type: SEQUENCE; Schema: public; Owner: signing_app
--

CREATE SEQUENCE public."Signature_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."Signature_id_seq" OWNER TO signing_app;

--
-- Name: Signature_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: signing_app
--

ALTER SEQUENCE public."Signature_id_seq" OWNED BY public."Signature".id;


--
-- Name: User; Type: TABLE; Schema: public; Owner: signing_app
--

CREATE TABLE public."User" (
    id integer NOT NULL,
    name text,
    email text NOT NULL,
    "emailVerified" timestamp(3) without time zone,
    password text,
    roles public."Role"[] DEFAULT ARRAY['USER'::public."Role"],
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone NOT NULL,
    "identityProvider" public."IdentityProvider" DEFAULT 'EMAIL'::public."IdentityProvider" NOT NULL
);


ALTER TABLE public."User" OWNER TO signing_app;

--
-- Name: User_id_seq; Type: SEQUENCE; Schema: public; Owner: signing_app
--

CREATE SEQUENCE public."User_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."User_id_seq" OWNER TO signing_app;

--
-- Name: User_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: signing_app
--

ALTER SEQUENCE public."User_id_seq" OWNED BY public."User".id;


--
-- Name: _prisma_migrations; Type: TABLE; Schema: public; Owner: signing_app
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


ALTER TABLE public._prisma_migrations OWNER TO signing_app;

--
-- Name: Document id; Type: DEFAULT; Schema: public; Owner: signing_app
--

ALTER TABLE ONLY public."Document" ALTER COLUMN id SET DEFAULT nextval('public."Document_id_seq"'::regclass);


--
-- Name: Field id; Type: DEFAULT; Schema: public; Owner: signing_app
--

ALTER TABLE ONLY public."Field" ALTER COLUMN id SET DEFAULT nextval('public."Field_id_seq"'::regclass);


--
-- Name: Recipient id; Type: DEFAULT; Schema: public; Owner: signing_app
--

ALTER TABLE ONLY public."Recipient" ALTER COLUMN id SET DEFAULT nextval('public."Recipient_id_seq"'::regclass);


--
-- Name: Signature id; Type: DEFAULT; Schema: public; Owner: signing_app
--

ALTER TABLE ONLY public."Signature" ALTER COLUMN id SET DEFAULT nextval('public."Signature_id_seq"'::regclass);


--
-- Name: User id; Type: DEFAULT; Schema: public; Owner: signing_app
--

ALTER TABLE ONLY public."User" ALTER COLUMN id SET DEFAULT nextval('public."User_id_seq"'::regclass);


--
-- Data for Name: Document; Type: TABLE DATA; Schema: public; Owner: signing_app
--

COPY public."Document" (id, "userId", title, "fileName", status, "createdAt", "updatedAt", "completedAt") FROM stdin;
\.


--
-- Data for Name: Field; Type: TABLE DATA; Schema: public; Owner: signing_app
--

COPY public."Field" (id, "documentId", "recipientId", type, page, "positionX", "positionY", width, height, "customText", inserted) FROM stdin;
\.


--
-- Data for Name: Recipient; Type: TABLE DATA; Schema: public; Owner: signing_app
--

COPY public."Recipient" (id, "documentId", email, name, token, expired, "signedAt", "readStatus", "signingStatus", "sendStatus") FROM stdin;
\.


--
-- Data for Name: Session; Type: TABLE DATA; Schema: public; Owner: signing_app
--

COPY public."Session" (id, "sessionToken", "userId", expires, "createdAt") FROM stdin;
\.


--
-- Data for Name: Signature; Type: TABLE DATA; Schema: public; Owner: signing_app
--

COPY public."Signature" (id, created, "recipientId", "fieldId", "signatureImageAsBase64", "typedSignature") FROM stdin;
\.


--
-- Data for Name: User; Type: TABLE DATA; Schema: public; Owner: signing_app
--

COPY public."User" (id, name, email, "emailVerified", password, roles, "createdAt", "updatedAt", "identityProvider") FROM stdin;
\.


--
-- Data for Name: _prisma_migrations; Type: TABLE DATA; Schema: public; Owner: signing_app
--

COPY public._prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) FROM stdin;
e9f788c5-248e-4cf2-98bd-6365de2c3d2f	7f90701667970a88b5a3c1006ba46205aaf6ac8ccd087d068dc2ead3e7acec46	2023-10-02 08:30:00.265+00	20230109101500_init	\N	\N	2023-10-02 08:30:00.057+00	1
daa7ffcc-af15-4ec7-b7c5-35bb5a251ddb	bbf9d42a87a48d305475f082c9c8ce060e88692792fdb25b3f3a3826f0a87c4a	2023-10-02 08:30:00.493+00	20230214153000_add_recipients	\N	\N	2023-10-02 08:30:00.309+00	1
64e4aaaf-4b58-4d25-a745-49e38494ebef	557e6b8f063335ef864f398bd2fbfd0539c6c938358405819e9339574afb1295	2023-10-02 08:30:00.674+00	20230321094500_add_fields	\N	\N	2023-10-02 08:30:00.548+00	1
f7e8c190-0361-4099-8e77-af3de587a729	94c271d0d47b4e5802d354681780322880948dadf8844fd0a80b10c5d8ff64b3	2023-10-02 08:30:00.859+00	20230502111500_add_signatures	\N	\N	2023-10-02 08:30:00.729+00	1
054eb8c2-c3e2-4f1a-85e4-a9a7d248a204	c9143815c0e8dfa5b7caae63ec21f692449e44cf42383cb5a174b70f210941ee	2023-10-02 08:30:01.002+00	20230718140000_add_document_completed_at	\N	\N	2023-10-02 08:30:00.91+00	1
af82bb58-8a7c-436f-bab6-ef7d31711f41	7cba1302222ccf1ac0d9449667a3c34bccb04638034937cfac3c61de8757bb01	2023-10-02 08:30:01.088+00	20230905162000_add_user_identity_provider	\N	\N	2023-10-02 08:30:01.061+00	1
\.


--
-- Name: Document_id_seq; Type: SEQUENCE SET; Schema: public; Owner: signing_app
--

SELECT pg_catalog.setval('public."Document_id_seq"', 1, false);


--
-- Name: Field_id_seq; Type: SEQUENCE SET; Schema: public; Owner: signing_app
--

SELECT pg_catalog.setval('public."Field_id_seq"', 1, false);


--
-- Name: Recipient_id_seq; Type: SEQUENCE SET; Schema: public; Owner: signing_app
--

SELECT pg_catalog.setval('public."Recipient_id_seq"', 1, false);


--
-- Name: Signature_id_seq; Type: SEQUENCE SET; Schema: public; Owner: signing_app
--

SELECT pg_catalog.setval('public."Signature_id_seq"', 1, false);


--
-- Name: User_id_seq; Type: SEQUENCE SET; Schema: public; Owner: signing_app
--

SELECT pg_catalog.setval('public."User_id_seq"', 1, false);


--
-- Name: Document Document_pkey; Type: CONSTRAINT; Schema: public; Owner: signing_app
--

ALTER TABLE ONLY public."Document"
    ADD CONSTRAINT "Document_pkey" PRIMARY KEY (id);


--
-- Name: Field Field_pkey; Type: CONSTRAINT; Schema: public; Owner: signing_app
--

ALTER TABLE ONLY public."Field"
    ADD CONSTRAINT "Field_pkey" PRIMARY KEY (id);


--
-- Name: Recipient Recipient_pkey; Type: CONSTRAINT; Schema: public; Owner: signing_app
--

ALTER TABLE ONLY public."Recipient"
    ADD CONSTRAINT "Recipient_pkey" PRIMARY KEY (id);


--
-- Name: Session Session_pkey; Type: CONSTRAINT; Schema: public; Owner: signing_app
--

ALTER TABLE ONLY public."Session"
    ADD CONSTRAINT "Session_pkey" PRIMARY KEY (id);


--
-- Name: Signature Signature_pkey; Type: CONSTRAINT; Schema: public; Owner: signing_app
--

ALTER TABLE ONLY public."Signature"
    ADD CONSTRAINT "Signature_pkey" PRIMARY KEY (id);


--
-- Name: User User_pkey; Type: CONSTRAINT; Schema: public; Owner: signing_app
--

ALTER TABLE ONLY public."User"
    ADD CONSTRAINT "User_pkey" PRIMARY KEY (id);


--
-- Name: _prisma_migrations _prisma_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: signing_app
--

ALTER TABLE ONLY public._prisma_migrations
    ADD CONSTRAINT _prisma_migrations_pkey PRIMARY KEY (id);


--
-- Name: Recipient_documentId_email_key; Type: INDEX; Schema: public; Owner: signing_app
--

CREATE UNIQUE INDEX "Recipient_documentId_email_key" ON public."Recipient" USING btree ("documentId", email);


--
-- Name: Session_sessionToken_key; Type: INDEX; Schema: public; Owner: signing_app
--

CREATE UNIQUE INDEX "Session_sessionToken_key" ON public."Session" USING btree ("sessionToken");


--
-- Name: Signature_fieldId_key; Type: INDEX; Schema: public; Owner: signing_app
--

CREATE UNIQUE INDEX "Signature_fieldId_key" ON public."Signature" USING btree ("fieldId");


--
-- Name: User_email_key; Type: INDEX; Schema: public; Owner: signing_app
--

CREATE UNIQUE INDEX "User_email_key" ON public."User" USING btree (email);


--
-- Name: Document Document_userId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: signing_app
--

ALTER TABLE ONLY public."Document"
    ADD CONSTRAINT "Document_userId_fkey" FOREIGN KEY ("userId") REFERENCES public."User"(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: Field Field_documentId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: signing_app
--

ALTER TABLE ONLY public."Field"
    ADD CONSTRAINT "Field_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES public."Document"(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: Field Field_recipientId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: signing_app
--

ALTER TABLE ONLY public."Field"
    ADD CONSTRAINT "Field_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES public."Recipient"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Recipient Recipient_documentId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: signing_app
--

ALTER TABLE ONLY public."Recipient"
    ADD CONSTRAINT "Recipient_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES public."Document"(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: Session Session_userId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: signing_app
--

ALTER TABLE ONLY public."Session"
    ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES public."User"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Signature Signature_fieldId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: signing_app
--

ALTER TABLE ONLY public."Signature"
    ADD CONSTRAINT "Signature_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES public."Field"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Signature Signature_recipientId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: signing_app
--

ALTER TABLE ONLY public."Signature"
    ADD CONSTRAINT "Signature_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES public."Recipient"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict RehearsalSamplesFixtures

