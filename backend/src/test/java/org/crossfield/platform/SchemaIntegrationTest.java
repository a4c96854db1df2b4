package org.crossfield.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The test database starts empty (fresh embedded server or a recreated CI database); Liquibase builds it and
 * Hibernate validates the mapping against it, or the context would not start.
 */
@CrossfieldIntegrationTest
class SchemaIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void liquibaseBuiltTheSchemaFromAnEmptyDatabase() {
        assertThat(jdbc.queryForObject("select count(*) from DATABASECHANGELOG", Integer.class)).isGreaterThan(5);
        assertThat(jdbc.queryForObject("select version()", String.class)).isNotBlank();
    }

    @Test
    void referenceDataComesFromTheShippedCsvFiles() throws IOException {
        assertThat(jdbc.queryForObject("select count(*) from competency where framework_id = 1", Integer.class))
                .isEqualTo(dataRows("competencies.csv"));
        assertThat(jdbc.queryForObject("select count(*) from proficiency_level", Integer.class))
                .isEqualTo(dataRows("proficiency-levels.csv"));
        assertThat(jdbc.queryForObject("select count(*) from course_area", Integer.class))
                .isEqualTo(dataRows("course-areas.csv"));
        assertThat(jdbc.queryForObject("select area from competency where code = 'HDS-03' and framework_id = 1", String.class))
                .isEqualTo("Health data science");
        assertThat(jdbc.queryForObject("select name from proficiency_level where level = 5", String.class)).isEqualTo("Principal");
    }

    @Test
    void theDatabaseRefusesLevelsOutsideOneToFive() {
        Long user = jdbc.queryForObject("select min(id) from app_user", Long.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                "insert into profile_entry (user_id, competency_code, level, assessment, updated_at, version) values (?, 'DSDA01', 6, 'SELF_ASSESSED', now(), 0)",
                user)).isInstanceOf(org.springframework.dao.DataAccessException.class);
    }

    private static int dataRows(String file) throws IOException {
        try (InputStream in = SchemaIntegrationTest.class.getResourceAsStream("/db/data/" + file)) {
            return (int) new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count() - 1;
        }
    }
}
