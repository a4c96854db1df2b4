package org.crossfield.platform.database;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the database before anything connects to it.
 *
 * <ul>
 *   <li>{@code spring.datasource.url} set (e.g. {@code SPRING_DATASOURCE_URL}): that MySQL or MariaDB is used as is;
 *       demo mode stays off unless explicitly switched on, and even then only for an embedded database.</li>
 *   <li>Nothing set: an embedded MariaDB starts with its data in {@code crossfield.embedded-database.directory}
 *       (default {@code ~/.crossfield/mariadb}), and demo mode is switched on.</li>
 * </ul>
 * Tests set {@code crossfield.embedded-database.fresh=true} (a clean server per test JVM) or
 * {@code crossfield.database.recreate=true} (drop and recreate the named external test database).
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "crossfieldDatabase";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty("crossfield.embedded-database.enabled", Boolean.class, true) == Boolean.FALSE) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        String url = environment.getProperty("spring.datasource.url");
        if (StringUtils.hasText(url)) {
            boolean throwaway = environment.getProperty("crossfield.database.recreate", Boolean.class, false);
            if (throwaway) {
                ExternalDatabase.recreate(url,
                        environment.getProperty("spring.datasource.username", "root"),
                        environment.getProperty("spring.datasource.password", ""));
            }
            properties.put("crossfield.database.embedded", "false");
            // Demo accounts and data never exist outside demo mode, and demo mode needs the embedded database
            // (or a throwaway test database that was just recreated).
            if (!throwaway) {
                properties.put("crossfield.demo.enabled", "false");
            }
        } else {
            String database = environment.getProperty("crossfield.embedded-database.name", "crossfield");
            Path directory = Path.of(environment.getProperty("crossfield.embedded-database.directory",
                    Path.of(System.getProperty("user.home"), ".crossfield", "mariadb").toString()));
            boolean fresh = environment.getProperty("crossfield.embedded-database.fresh", Boolean.class, false);
            EmbeddedDatabase server = EmbeddedDatabase.startOrGet(directory, fresh);
            server.createDatabaseIfMissing(database);
            properties.put("spring.datasource.url", server.jdbcUrl(database));
            properties.put("spring.datasource.username", server.username());
            properties.put("spring.datasource.password", server.password());
            properties.put("crossfield.database.embedded", "true");
            if (!environment.containsProperty("crossfield.demo.enabled")) {
                properties.put("crossfield.demo.enabled", "true");
            }
        }
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, properties));
    }

    @Override
    public int getOrder() {
        // After the config files are read, so that application*.properties and profiles can steer the choice.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
