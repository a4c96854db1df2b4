package org.crossfield.cli;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The application context of the headless commands ({@code admin …}): every backend feature on the configured
 * database, without the web server, the views or the web security configuration.
 */
@SpringBootApplication(scanBasePackages = "org.crossfield")
// entities and repositories live all over org.crossfield, not below this class's package
@AutoConfigurationPackage(basePackages = "org.crossfield")
@ComponentScan(basePackages = "org.crossfield", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.crossfield\\.(.+\\.)?ui\\..*"),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.crossfield\\.Application")})
public class CommandLineApplication {
}
