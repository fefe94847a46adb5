package dev.rehearsal.internal.restore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.internal.restore.StatementClass.Category;
import org.junit.jupiter.api.Test;

/** What restore options and cluster dumps care about in a statement; pure, no server. */
class StatementClassTest {

    private static StatementClass of(String sql) {
        return StatementClass.of(sql, true);
    }

    private static Category category(String sql) {
        return of(sql).category();
    }

    @Test
    void ownership_only_where_owner_to_names_an_owner() {
        assertThat(category("ALTER TABLE ONLY public.t OWNER TO app;")).isEqualTo(Category.OWNERSHIP);
        assertThat(category("ALTER LARGE OBJECT 424242 OWNER TO app;")).isEqualTo(Category.OWNERSHIP);
        assertThat(category("ALTER FUNCTION f(owner integer) OWNER TO app;")).isEqualTo(Category.OWNERSHIP);
        assertThat(of("ALTER DATABASE app OWNER TO app_owner;"))
                .isEqualTo(new StatementClass(Category.OWNERSHIP, null, "app"));
        assertThat(category("ALTER TABLE t RENAME COLUMN owner TO keeper;")).isEqualTo(Category.OTHER);
        assertThat(category("ALTER TABLE t RENAME owner TO keeper;")).isEqualTo(Category.OTHER);
        assertThat(category("ALTER TABLE t ADD COLUMN owner text;")).isEqualTo(Category.OTHER);
        assertThat(category("ALTER TABLE t ADD CONSTRAINT c CHECK (note <> 'OWNER TO x');"))
                .isEqualTo(Category.OTHER);
    }

    @Test
    void privileges_memberships_and_session_roles() {
        assertThat(category("GRANT SELECT ON TABLE app.customer TO reader;")).isEqualTo(Category.PRIVILEGES);
        assertThat(category("GRANT SELECT (a, b) ON t TO reader;")).isEqualTo(Category.PRIVILEGES);
        assertThat(category("REVOKE ALL ON SCHEMA public FROM PUBLIC;")).isEqualTo(Category.PRIVILEGES);
        assertThat(category("ALTER DEFAULT PRIVILEGES FOR ROLE o IN SCHEMA app GRANT SELECT ON TABLES TO r;"))
                .isEqualTo(Category.PRIVILEGES);
        assertThat(of("GRANT CONNECT ON DATABASE \"Q2 report's\" TO r;"))
                .isEqualTo(new StatementClass(Category.PRIVILEGES, null, "Q2 report's"));
        assertThat(category("GRANT cluster_reader TO \"Cluster Reporting\" WITH ADMIN OPTION GRANTED BY postgres;"))
                .isEqualTo(Category.MEMBERSHIP);
        assertThat(category("REVOKE ADMIN OPTION FOR a FROM b;")).isEqualTo(Category.MEMBERSHIP);
        assertThat(category("ALTER GROUP g ADD USER u;")).isEqualTo(Category.MEMBERSHIP);
        assertThat(category("SET SESSION AUTHORIZATION cluster_reader;")).isEqualTo(Category.SESSION_AUTHORIZATION);
        assertThat(category("RESET SESSION AUTHORIZATION;")).isEqualTo(Category.SESSION_AUTHORIZATION);
        assertThat(category("SET ROLE app_owner;")).isEqualTo(Category.SESSION_AUTHORIZATION);
        assertThat(category("set local role app_owner;")).isEqualTo(Category.SESSION_AUTHORIZATION);
        assertThat(category("RESET ROLE;")).isEqualTo(Category.SESSION_AUTHORIZATION);
        assertThat(category("SET role_name_like_setting = 1;")).isEqualTo(Category.OTHER);
        assertThat(category("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE;"))
                .isEqualTo(Category.OTHER);
    }

    @Test
    void role_statements() {
        assertThat(of("CREATE ROLE \"Cluster Reporting\";"))
                .isEqualTo(new StatementClass(Category.CREATE_ROLE, "Cluster Reporting", null));
        assertThat(of("ALTER ROLE app WITH NOSUPERUSER LOGIN PASSWORD 'x';"))
                .isEqualTo(new StatementClass(Category.ALTER_ROLE, "app", null));
        assertThat(of("ALTER ROLE app SET search_path TO 'app', 'public';"))
                .isEqualTo(new StatementClass(Category.ROLE_SETTING, "app", null));
        assertThat(of("ALTER ROLE analyst IN DATABASE app SET statement_timeout TO '5s';"))
                .isEqualTo(new StatementClass(Category.ROLE_SETTING, "analyst", "app"));
        assertThat(of("ALTER ROLE ALL RESET ALL;")).isEqualTo(new StatementClass(Category.ROLE_SETTING, "all", null));
        assertThat(of("COMMENT ON ROLE r IS 'x';")).isEqualTo(new StatementClass(Category.ROLE_COMMENT, "r", null));
        assertThat(category("DROP ROLE IF EXISTS app;")).isEqualTo(Category.DROP_ROLE);
        assertThat(category("CREATE USER MAPPING FOR app SERVER s;")).isEqualTo(Category.OTHER);
        assertThat(category("DROP USER MAPPING FOR app SERVER s;")).isEqualTo(Category.OTHER);
    }

    @Test
    void tablespaces_and_cluster_settings() {
        assertThat(of("CREATE TABLESPACE fast OWNER postgres LOCATION '/srv/fast';"))
                .isEqualTo(new StatementClass(Category.TABLESPACE, "fast", null));
        assertThat(category("DROP TABLESPACE IF EXISTS fast;")).isEqualTo(Category.TABLESPACE);
        assertThat(category("GRANT CREATE ON TABLESPACE fast TO app;")).isEqualTo(Category.TABLESPACE);
        assertThat(category("COMMENT ON TABLESPACE fast IS 'ssd';")).isEqualTo(Category.TABLESPACE);
        assertThat(of("SET default_tablespace = cluster_space;"))
                .isEqualTo(new StatementClass(Category.DEFAULT_TABLESPACE, "cluster_space", null));
        assertThat(of("SET SESSION default_tablespace TO 'Fast Disk';"))
                .isEqualTo(new StatementClass(Category.DEFAULT_TABLESPACE, "Fast Disk", null));
        assertThat(category("SET default_tablespace = '';")).isEqualTo(Category.OTHER);
        assertThat(category("SET default_tablespace TO DEFAULT;")).isEqualTo(Category.OTHER);
        assertThat(category("ALTER SYSTEM SET work_mem = '1GB';")).isEqualTo(Category.CLUSTER_SETTING);
        assertThat(category("GRANT SET ON PARAMETER work_mem TO app;")).isEqualTo(Category.CLUSTER_SETTING);
    }

    @Test
    void databases_and_extensions() {
        assertThat(of("CREATE DATABASE app WITH TEMPLATE = template0 ENCODING = 'UTF8';"))
                .isEqualTo(new StatementClass(Category.DATABASE_LIFECYCLE, null, "app"));
        assertThat(of("DROP DATABASE IF EXISTS \"Q2 report's\";"))
                .isEqualTo(new StatementClass(Category.DATABASE_LIFECYCLE, null, "Q2 report's"));
        assertThat(of("UPDATE pg_catalog.pg_database SET datistemplate = false WHERE datname = 'template1';"))
                .isEqualTo(new StatementClass(Category.DATABASE_LIFECYCLE, null, "template1"));
        assertThat(category("UPDATE public.pg_database_copy SET x = 1;")).isEqualTo(Category.OTHER);
        assertThat(of("ALTER DATABASE app_template IS_TEMPLATE = true;"))
                .isEqualTo(new StatementClass(Category.DATABASE_FLAGS, null, "app_template"));
        assertThat(category("ALTER DATABASE app WITH ALLOW_CONNECTIONS false;")).isEqualTo(Category.DATABASE_FLAGS);
        assertThat(category("ALTER DATABASE app SET TABLESPACE fast;")).isEqualTo(Category.DATABASE_FLAGS);
        assertThat(of("ALTER DATABASE app SET work_mem TO '8MB';"))
                .isEqualTo(new StatementClass(Category.DATABASE_PROPERTY, null, "app"));
        assertThat(of("COMMENT ON DATABASE app IS 'the application';"))
                .isEqualTo(new StatementClass(Category.DATABASE_PROPERTY, null, "app"));
        assertThat(of("CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\" WITH SCHEMA public;"))
                .isEqualTo(new StatementClass(Category.EXTENSION, "uuid-ossp", null));
        assertThat(of("CREATE EXTENSION postgis;")).isEqualTo(new StatementClass(Category.EXTENSION, "postgis", null));
        assertThat(category("CREATE TABLE public.database (role text, tablespace text);"))
                .isEqualTo(Category.OTHER);
        assertThat(category("INSERT INTO t VALUES ('GRANT x TO y');")).isEqualTo(Category.OTHER);
    }
}
