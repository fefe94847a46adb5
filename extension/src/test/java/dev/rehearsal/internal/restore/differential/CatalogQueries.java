package dev.rehearsal.internal.restore.differential;

import java.util.List;

/**
 * The catalog queries of a {@link CatalogSnapshot}, one per aspect. Every query returns its key columns first (the
 * identity of an object, free of OIDs) and then the properties compared; extension members are left out (their
 * definitions come from the extension's own script, on both sides alike).
 */
final class CatalogQueries {
    private CatalogQueries() {}

    /**
     * One aspect of the catalog.
     *
     * @param name shown in failure messages
     * @param keyColumns how many leading columns identify an object
     * @param sql the query; its rows become the aspect's lines
     */
    record Aspect(String name, int keyColumns, String sql) {}

    static final String USER_SCHEMA = "%1$s NOT IN ('pg_catalog', 'information_schema')"
            + " AND %1$s NOT LIKE 'pg_toast%%' AND %1$s NOT LIKE 'pg_temp%%'";

    private static String userSchema(String column) {
        return String.format(USER_SCHEMA, column);
    }

    private static String notExtensionMember(String catalog, String oid) {
        return " NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '" + catalog + "'::regclass AND e.objid = "
                + oid + " AND e.deptype = 'e')";
    }

    private static final String RELATION_FILTER =
            " WHERE " + userSchema("n.nspname") + " AND " + notExtensionMember("pg_class", "c.oid");

    static final List<Aspect> ASPECTS = List.of(
            new Aspect(
                    "database",
                    1,
                    "SELECT 'current database', pg_get_userbyid(d.datdba), pg_encoding_to_char(d.encoding),"
                            + " d.datcollate, d.datctype, d.datacl::text, shobj_description(d.oid, 'pg_database')"
                            + " FROM pg_database d WHERE d.datname = current_database()"),
            new Aspect(
                    "database settings",
                    1,
                    "SELECT coalesce(r.rolname, '(every role)'), s.setconfig::text FROM pg_db_role_setting s"
                            + " LEFT JOIN pg_roles r ON r.oid = s.setrole"
                            + " WHERE s.setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())"
                            + " ORDER BY 1"),
            new Aspect(
                    "schemas",
                    1,
                    "SELECT n.nspname, pg_get_userbyid(n.nspowner), n.nspacl::text FROM pg_namespace n"
                            + " WHERE " + userSchema("n.nspname") + " AND "
                            + notExtensionMember("pg_namespace", "n.oid")
                            + " ORDER BY 1"),
            new Aspect(
                    "relations",
                    2,
                    "SELECT n.nspname, c.relname, c.relkind, pg_get_userbyid(c.relowner), c.relacl::text,"
                            + " c.relpersistence, c.relrowsecurity, c.relforcerowsecurity, c.relispopulated,"
                            + " c.relreplident, c.reloptions::text, am.amname, ts.spcname,"
                            + " pg_get_expr(c.relpartbound, c.oid),"
                            + " CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,"
                            + " (SELECT string_agg(i.inhparent::regclass::text, ', ' ORDER BY i.inhseqno)"
                            + "   FROM pg_inherits i WHERE i.inhrelid = c.oid)"
                            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                            + " LEFT JOIN pg_am am ON am.oid = c.relam LEFT JOIN pg_tablespace ts ON ts.oid = c.reltablespace"
                            + RELATION_FILTER + " AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c')"
                            + " ORDER BY 1, 2"),
            new Aspect(
                    "columns",
                    3,
                    "SELECT n.nspname, c.relname, a.attname, a.attnum, format_type(a.atttypid, a.atttypmod),"
                            + " a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated,"
                            + " a.attacl::text, col.collname, a.attstorage, a.attcompression, a.attstattarget,"
                            + " a.attoptions::text, a.attislocal, a.attinhcount"
                            + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                            + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                            + " LEFT JOIN pg_collation col ON col.oid = a.attcollation"
                            + RELATION_FILTER + " AND a.attnum > 0 AND NOT a.attisdropped"
                            + " AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c') ORDER BY 1, 2, 4"),
            new Aspect(
                    "constraints",
                    3,
                    "SELECT n.nspname, coalesce(c.relname, 'domain ' || t.typname), k.conname, k.contype,"
                            + " pg_get_constraintdef(k.oid, true), k.condeferrable, k.condeferred, k.convalidated,"
                            + " k.conislocal, k.coninhcount, k.connoinherit, i.relname"
                            + " FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace"
                            + " LEFT JOIN pg_class c ON c.oid = k.conrelid LEFT JOIN pg_type t ON t.oid = k.contypid"
                            + " LEFT JOIN pg_class i ON i.oid = k.conindid"
                            + " WHERE " + userSchema("n.nspname") + " AND "
                            + notExtensionMember("pg_constraint", "k.oid")
                            + " ORDER BY 1, 2, 3"),
            new Aspect(
                    "indexes",
                    2,
                    "SELECT n.nspname, c.relname, t.relname, pg_get_indexdef(i.indexrelid), i.indisunique,"
                            + " i.indisprimary, i.indisexclusion, i.indimmediate, i.indisclustered, i.indisvalid,"
                            + " i.indisreplident, c.reloptions::text, ts.spcname,"
                            + " (SELECT string_agg(p.inhparent::regclass::text, ', ') FROM pg_inherits p"
                            + "   WHERE p.inhrelid = c.oid)"
                            + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid"
                            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                            + " LEFT JOIN pg_tablespace ts ON ts.oid = c.reltablespace"
                            + RELATION_FILTER + " ORDER BY 1, 2"),
            new Aspect(
                    "triggers",
                    3,
                    "SELECT n.nspname, c.relname, t.tgname, pg_get_triggerdef(t.oid, true), t.tgenabled,"
                            + " t.tgparentid <> 0"
                            + " FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                            + RELATION_FILTER + " AND NOT t.tgisinternal ORDER BY 1, 2, 3"),
            new Aspect(
                    "rules",
                    3,
                    "SELECT n.nspname, c.relname, r.rulename, pg_get_ruledef(r.oid, true), r.ev_enabled"
                            + " FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class"
                            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                            + RELATION_FILTER + " AND r.rulename <> '_RETURN' ORDER BY 1, 2, 3"),
            new Aspect(
                    "policies",
                    3,
                    "SELECT schemaname, tablename, policyname, permissive, roles::text, cmd, qual, with_check"
                            + " FROM pg_policies ORDER BY 1, 2, 3"),
            new Aspect(
                    "views",
                    2,
                    "SELECT n.nspname, c.relname, c.relkind, pg_get_viewdef(c.oid, true) FROM pg_class c"
                            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                            + RELATION_FILTER + " AND c.relkind IN ('v', 'm') ORDER BY 1, 2"),
            new Aspect(
                    "routines",
                    3,
                    "SELECT n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), p.prokind,"
                            + " pg_get_userbyid(p.proowner), p.proacl::text,"
                            + " CASE WHEN p.prokind IN ('f', 'p', 'w') THEN pg_get_functiondef(p.oid) END,"
                            + " (SELECT concat_ws(' ', a.aggkind, a.aggtransfn::regprocedure::text,"
                            + "   a.aggfinalfn::regprocedure::text, a.aggcombinefn::regprocedure::text,"
                            + "   format_type(a.aggtranstype, NULL), a.agginitval, a.aggsortop::regoperator::text)"
                            + "   FROM pg_aggregate a WHERE a.aggfnoid = p.oid)"
                            + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                            + " WHERE " + userSchema("n.nspname") + " AND " + notExtensionMember("pg_proc", "p.oid")
                            + " ORDER BY 1, 2, 3"),
            new Aspect(
                    "types",
                    2,
                    "SELECT n.nspname, t.typname, t.typtype, pg_get_userbyid(t.typowner), t.typacl::text,"
                            + " (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)"
                            + "   FROM pg_enum e WHERE e.enumtypid = t.oid),"
                            + " CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END,"
                            + " t.typnotnull, t.typdefault, col.collname,"
                            + " (SELECT concat_ws(' ', format_type(r.rngsubtype, NULL), rc.collname,"
                            + "   r.rngcanonical::regproc::text, r.rngsubdiff::regproc::text,"
                            + "   r.rngmultitypid::regtype::text)"
                            + "   FROM pg_range r LEFT JOIN pg_collation rc ON rc.oid = r.rngcollation"
                            + "   WHERE r.rngtypid = t.oid)"
                            + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                            + " LEFT JOIN pg_collation col ON col.oid = t.typcollation AND t.typtype = 'd'"
                            + " WHERE " + userSchema("n.nspname") + " AND " + notExtensionMember("pg_type", "t.oid")
                            + " AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)"
                            + " AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')"
                            + " ORDER BY 1, 2"),
            new Aspect(
                    "extensions",
                    1,
                    "SELECT e.extname, n.nspname, e.extversion, pg_get_userbyid(e.extowner), e.extrelocatable,"
                            + " (SELECT string_agg(c::regclass::text, ', ') FROM unnest(e.extconfig) c),"
                            + " e.extcondition::text"
                            + " FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace ORDER BY 1"),
            new Aspect("other objects", 1, OtherObjects.SQL),
            new Aspect(
                    "default privileges",
                    3,
                    "SELECT pg_get_userbyid(d.defaclrole), coalesce(n.nspname, '(every schema)'), d.defaclobjtype,"
                            + " d.defaclacl::text FROM pg_default_acl d"
                            + " LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace ORDER BY 1, 2, 3"),
            new Aspect(
                    "comments",
                    1,
                    "SELECT pg_describe_object(d.classoid, d.objoid, d.objsubid), d.description"
                            + " FROM pg_description d"
                            + " WHERE (d.objoid >= 16384 OR d.classoid = 'pg_namespace'::regclass)"
                            + " AND d.classoid <> 'pg_extension'::regclass"
                            + " AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = d.classoid"
                            + "   AND e.objid = d.objoid AND e.deptype = 'e')"
                            + " ORDER BY 1"),
            new Aspect(
                    "large objects",
                    1,
                    "SELECT m.oid, pg_get_userbyid(m.lomowner), m.lomacl::text, length(lo_get(m.oid)),"
                            + " md5(lo_get(m.oid)) FROM pg_largeobject_metadata m ORDER BY 1"));

    /** Objects of the remaining catalogs, named by pg_describe_object, created by users (OID ≥ 16384). */
    private static final class OtherObjects {
        private static String part(String catalog, String alias, String owner, String details) {
            return "SELECT pg_describe_object('" + catalog + "'::regclass, " + alias + ".oid, 0), " + owner + ", "
                    + details + " FROM " + catalog + " " + alias + " WHERE " + alias + ".oid >= 16384 AND "
                    + notExtensionMember(catalog, alias + ".oid");
        }

        static final String SQL = String.join(
                        " UNION ALL ",
                        part(
                                "pg_collation",
                                "x",
                                "pg_get_userbyid(x.collowner)",
                                "concat_ws(' ', x.collprovider, x.collcollate, x.collctype, x.collisdeterministic)"),
                        part(
                                "pg_event_trigger",
                                "x",
                                "pg_get_userbyid(x.evtowner)",
                                "concat_ws(' ', x.evtevent, x.evtfoid::regproc::text, x.evtenabled, x.evttags::text)"),
                        part(
                                "pg_statistic_ext",
                                "x",
                                "pg_get_userbyid(x.stxowner)",
                                "pg_get_statisticsobjdef(x.oid) || ' target ' || x.stxstattarget"),
                        part(
                                "pg_cast",
                                "x",
                                "NULL",
                                "concat_ws(' ', x.castfunc::regprocedure::text, x.castcontext, x.castmethod)"),
                        part(
                                "pg_operator",
                                "x",
                                "pg_get_userbyid(x.oprowner)",
                                "concat_ws(' ', x.oprcode::regproc::text, x.oprcom::regoperator::text,"
                                        + " x.oprnegate::regoperator::text)"),
                        part("pg_opclass", "x", "pg_get_userbyid(x.opcowner)", "x.opcdefault::text"),
                        part("pg_opfamily", "x", "pg_get_userbyid(x.opfowner)", "NULL"),
                        part("pg_ts_config", "x", "pg_get_userbyid(x.cfgowner)", "NULL"),
                        part("pg_ts_dict", "x", "pg_get_userbyid(x.dictowner)", "x.dictinitoption"),
                        part("pg_conversion", "x", "pg_get_userbyid(x.conowner)", "x.condefault::text"),
                        part("pg_language", "x", "pg_get_userbyid(x.lanowner)", "x.lanacl::text"),
                        part(
                                "pg_foreign_data_wrapper",
                                "x",
                                "pg_get_userbyid(x.fdwowner)",
                                "concat_ws(' ', x.fdwacl::text, x.fdwoptions::text)"),
                        part(
                                "pg_foreign_server",
                                "x",
                                "pg_get_userbyid(x.srvowner)",
                                "concat_ws(' ', x.srvtype, x.srvversion, x.srvacl::text, x.srvoptions::text)"),
                        part(
                                "pg_publication",
                                "x",
                                "pg_get_userbyid(x.pubowner)",
                                "concat_ws(' ', x.puballtables, x.pubinsert, x.pubupdate, x.pubdelete, x.pubtruncate)"),
                        part("pg_am", "x", "NULL", "x.amtype::text"))
                + " ORDER BY 1";
    }
}
