package org.crossfield.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A backend integration test: the Spring context on the real MySQL-compatible database with the small sandbox. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = BackendTestApplication.class)
@ActiveProfiles("test")
public @interface CrossfieldIntegrationTest {
}
