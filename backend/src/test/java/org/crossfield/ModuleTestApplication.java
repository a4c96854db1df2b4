package org.crossfield;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The backend for {@code @ApplicationModuleTest}: Spring Modulith takes the application modules from this class's
 * package, so it sits in {@code org.crossfield}. {@code @TestComponent} keeps the backend's component scans from
 * picking it up; the web application's tests see the backend's test classes too, and there only the condition keeps
 * this class (and its second {@code @EnableJpaRepositories}) out: the module tests set {@code crossfield.module-test}.
 */
@TestComponent
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "crossfield.module-test", havingValue = "true")
@SpringBootApplication
@EntityScan("org.crossfield")
@EnableJpaRepositories("org.crossfield")
public class ModuleTestApplication {
}
