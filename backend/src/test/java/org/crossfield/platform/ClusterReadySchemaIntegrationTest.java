package org.crossfield.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema runs on MariaDB Galera and MySQL InnoDB Cluster (docs/adr/0034): every table has a primary key, Liquibase's
 * own included, and every table is InnoDB (the only engine both replicate).
 */
@CrossfieldIntegrationTest
class ClusterReadySchemaIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTableHasAPrimaryKey() {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE'""", String.class);
        assertThat(tables).as("the schema was built").contains("app_user", "mail_outbox", "shedlock", "mentor_change",
                "DATABASECHANGELOG", "DATABASECHANGELOGLOCK");
        List<String> withoutKey = jdbc.queryForList("""
                select t.table_name from information_schema.tables t
                where t.table_schema = database() and t.table_type = 'BASE TABLE'
                  and not exists (select 1 from information_schema.table_constraints c
                                  where c.table_schema = t.table_schema and c.table_name = t.table_name
                                    and c.constraint_type = 'PRIMARY KEY')
                order by t.table_name""", String.class);
        assertThat(withoutKey).as("tables without a primary key").isEmpty();
    }

    @Test
    void everyTableIsInnoDb() {
        assertThat(jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE' and engine <> 'InnoDB'""", String.class))
                .isEmpty();
    }
}
