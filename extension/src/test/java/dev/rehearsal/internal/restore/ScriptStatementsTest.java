package dev.rehearsal.internal.restore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.internal.restore.ScriptStatements.Kind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Statement classification and role extraction; pure, no server. */
class ScriptStatementsTest {

    private static Set<String> roles(String sql) {
        Set<String> referenced = new LinkedHashSet<>();
        RoleReferences.collect(sql, true, referenced, new LinkedHashSet<>());
        return referenced;
    }

    @Test
    void copy_kinds() {
        assertThat(ScriptStatements.kind("COPY public.t (a, b) FROM stdin;", true))
                .isEqualTo(Kind.COPY_FROM_STDIN);
        assertThat(ScriptStatements.kind("copy t from STDIN with (format csv);", true))
                .isEqualTo(Kind.COPY_FROM_STDIN);
        assertThat(ScriptStatements.kind("COPY (SELECT 1 AS \"from\") TO STDOUT;", true))
                .isEqualTo(Kind.COPY_TO_STDOUT);
        assertThat(ScriptStatements.kind("COPY t FROM PROGRAM 'x';", true)).isEqualTo(Kind.COPY_PROGRAM);
        assertThat(ScriptStatements.kind("COPY (SELECT program FROM t) TO\n PROGRAM 'x';", true))
                .isEqualTo(Kind.COPY_PROGRAM);
        assertThat(ScriptStatements.kind("COPY t (\"from\", program) FROM '/data/t.csv';", true))
                .isEqualTo(Kind.OTHER);
        assertThat(ScriptStatements.kind("SELECT 'COPY t FROM PROGRAM';", true)).isEqualTo(Kind.OTHER);
    }

    @Test
    void client_encoding_statements() {
        assertThat(ScriptStatements.kind("SET client_encoding = 'LATIN1';", true))
                .isEqualTo(Kind.CLIENT_ENCODING);
        assertThat(ScriptStatements.clientEncoding("SET client_encoding = 'LATIN1';", true))
                .isEqualTo("LATIN1");
        assertThat(ScriptStatements.clientEncoding("set session client_encoding to win1252;", true))
                .isEqualTo("win1252");
        assertThat(ScriptStatements.clientEncoding("SET NAMES 'SJIS';", true)).isEqualTo("SJIS");
        assertThat(ScriptStatements.clientEncoding("SET client_encoding TO DEFAULT;", true))
                .isEqualTo("UTF8");
        assertThat(ScriptStatements.clientEncoding("RESET client_encoding;", true))
                .isEqualTo("UTF8");
        assertThat(ScriptStatements.kind("SET transaction_timeout = 0;", true)).isEqualTo(Kind.TRANSACTION_TIMEOUT);
        assertThat(ScriptStatements.kind("SET statement_timeout = 0;", true)).isEqualTo(Kind.OTHER);
    }

    @Test
    void owner_grant_revoke_and_session_roles() {
        assertThat(roles("ALTER TABLE ONLY public.\"Order\" OWNER TO app_owner;"))
                .containsExactly("app_owner");
        assertThat(roles("ALTER FUNCTION f(integer) OWNER TO \"Mixed Case\";")).containsExactly("Mixed Case");
        assertThat(roles("GRANT SELECT, UPDATE (a, b) ON TABLE t TO Reader, GROUP \"Ops\", PUBLIC WITH GRANT OPTION"
                        + " GRANTED BY boss;"))
                .containsExactly("reader", "Ops", "boss");
        assertThat(roles("REVOKE ALL ON SCHEMA public FROM PUBLIC, current_user, pg_read_all_data, old_role;"))
                .containsExactly("old_role");
        assertThat(
                        roles(
                                "ALTER DEFAULT PRIVILEGES FOR ROLE app_owner IN SCHEMA app GRANT SELECT ON TABLES TO app_reader;"))
                .containsExactly("app_owner", "app_reader");
        assertThat(roles("GRANT admins TO alice WITH ADMIN OPTION;")).containsExactlyInAnyOrder("alice", "admins");
        assertThat(roles("REVOKE ADMIN OPTION FOR admins FROM bob;")).containsExactlyInAnyOrder("bob", "admins");
        assertThat(roles("SET ROLE deployer;")).containsExactly("deployer");
        assertThat(roles("SET SESSION AUTHORIZATION 'grantor';")).containsExactly("grantor");
        assertThat(roles("SET SESSION AUTHORIZATION DEFAULT;")).isEmpty();
        assertThat(roles("SET ROLE NONE;")).isEmpty();
        assertThat(roles("CREATE POLICY p ON t FOR SELECT TO app_reader, \"Team\" USING (a = 'TO x');"))
                .containsExactly("app_reader", "Team");
        assertThat(roles("SELECT 'OWNER TO nobody';")).isEmpty();
        assertThat(roles("COMMENT ON TABLE t IS 'GRANT x TO y';")).isEmpty();
    }

    @Test
    void roles_created_by_the_script() {
        Set<String> created = new LinkedHashSet<>();
        for (String sql : List.of("CREATE ROLE a;", "CREATE USER \"B\" WITH LOGIN;", "CREATE GROUP c;")) {
            RoleReferences.collect(sql, true, new LinkedHashSet<>(), created);
        }
        assertThat(created).containsExactly("a", "B", "c");
    }

    @Test
    void database_statements_of_create_dumps() {
        assertThat(ScriptStatements.createdOrDroppedDatabase("CREATE DATABASE legacy WITH TEMPLATE = template0;", true))
                .isEqualTo("legacy");
        assertThat(ScriptStatements.createdOrDroppedDatabase("DROP DATABASE IF EXISTS \"Odd Name\";", true))
                .isEqualTo("Odd Name");
        assertThat(ScriptStatements.createdOrDroppedDatabase("CREATE TABLE database (a int);", true))
                .isNull();
        Set<String> aliases = Set.of("legacy", "Odd Name");
        assertThat(ScriptStatements.renameDatabase(
                        "COMMENT ON DATABASE legacy IS 'DATABASE legacy; stays';", true, aliases, "rehearsal_x"))
                .isEqualTo("COMMENT ON DATABASE \"rehearsal_x\" IS 'DATABASE legacy; stays';");
        assertThat(ScriptStatements.renameDatabase(
                        "ALTER ROLE r IN DATABASE \"Odd Name\" SET work_mem TO '8MB';", true, aliases, "t"))
                .isEqualTo("ALTER ROLE r IN DATABASE \"t\" SET work_mem TO '8MB';");
        assertThat(ScriptStatements.renameDatabase("ALTER DATABASE other SET x TO 1;", true, aliases, "t"))
                .isEqualTo("ALTER DATABASE other SET x TO 1;");
    }

    @Test
    void psql_arguments_and_conninfo() {
        assertThat(MetaCommandPolicy.psqlArguments("-reuse-previous=on \"dbname='a \\'b'\"  'x y' plain"))
                .containsExactly("-reuse-previous=on", "dbname='a \\'b'", "x y", "plain");
        assertThat(MetaCommandPolicy.psqlArguments("\"my \"\"db\"\"\"")).containsExactly("my \"db\"");
        assertThat(MetaCommandPolicy.conninfoKeys("dbname='a \\' b' host = h port=5"))
                .containsExactly("dbname", "host", "port");
    }
}
