package org.crossfield.cli;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The application context of the headless commands ({@code admin …}): every backend feature on the configured
 * database, without the web server, the views or the web security configuration. The web application's component scan
 * sees this class too; the condition keeps it (and its repository and entity scans) out of everything but a command.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "crossfield.command-line", havingValue = "true")
@SpringBootApplication(scanBasePackages = "org.crossfield")
@org.springframework.boot.persistence.autoconfigure.EntityScan("org.crossfield")
@org.springframework.data.jpa.repository.config.EnableJpaRepositories("org.crossfield")
@ComponentScan(basePackages = "org.crossfield", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.crossfield\\.(.+\\.)?ui\\..*"),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.crossfield\\.Application"),
        // the actuator's own filter chain needs the web security the commands do not have
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.crossfield\\.platform\\.ops\\.ActuatorSecurityConfiguration"),
        // likewise the REST API (its filter chain, controllers and OpenAPI configuration)
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.crossfield\\.api\\..*")})
public class CommandLineApplication {
}
