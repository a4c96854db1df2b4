package org.crossfield;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The backend for {@code @ApplicationModuleTest}: Spring Modulith takes the application modules from this class's
 * package, so it sits in {@code org.crossfield}. {@code @TestComponent} keeps every other component scan from picking it up.
 */
@TestComponent
@SpringBootApplication
@EntityScan("org.crossfield")
@EnableJpaRepositories("org.crossfield")
public class ModuleTestApplication {
}
