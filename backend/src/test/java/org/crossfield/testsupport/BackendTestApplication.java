package org.crossfield.testsupport;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The backend on its own, for integration tests that need no web layer. {@code @TestComponent} keeps the web
 * application's component scan from picking it up when the backend test jar is on its test classpath. For
 * {@code @ApplicationModuleTest}, Spring Modulith finds the modules under {@code org.crossfield}, not under this package.
 */
@org.springframework.boot.test.context.TestComponent
@SpringBootApplication(scanBasePackages = "org.crossfield")
@org.springframework.boot.persistence.autoconfigure.EntityScan("org.crossfield")
@org.springframework.data.jpa.repository.config.EnableJpaRepositories("org.crossfield")
public class BackendTestApplication {
}
