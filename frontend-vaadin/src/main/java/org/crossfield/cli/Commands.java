package org.crossfield.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import org.crossfield.audit.AuditCommand;
import org.crossfield.identity.AdministratorCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.StringUtils;

/**
 * Headless commands against the configured database ({@code SPRING_DATASOURCE_URL} and friends, as for the
 * application): nothing on standard output, one line on standard error for a problem, exit 0 on success.
 */
public final class Commands {

    private Commands() {
    }

    /** Runs {@code admin …}; returns the exit code. */
    public static int admin(String[] args, InputStream in, PrintStream err) {
        if (args.length == 0 || "--help".equals(args[0]) || "-h".equals(args[0])) {
            err.println(AdministratorCommand.USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] springArgs = Arrays.stream(args).filter(a -> a.startsWith("--spring.")).toArray(String[]::new);
        String[] own = Arrays.stream(args).filter(a -> !a.startsWith("--spring.")).toArray(String[]::new);
        if (!databaseConfigured(springArgs)) {
            err.println("No database configured: set SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME,"
                    + " SPRING_DATASOURCE_PASSWORD) as for the application.");
            return 3;
        }
        try (ConfigurableApplicationContext context = context(springArgs)) {
            return context.getBean(AdministratorCommand.class).run(own, in, err);
        } catch (RuntimeException e) {
            err.println("Crossfield could not start on the configured database: " + rootMessage(e));
            return 4;
        }
    }

    /**
     * Runs {@code audit verify}: checks the audit log's chain; returns 0 when intact (one line on {@code out}), 1 with
     * the first broken entry on {@code err}, 2 for bad arguments, 3 without a database, 4 when it cannot start.
     */
    public static int audit(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || "--help".equals(args[0]) || "-h".equals(args[0])) {
            err.println(AuditCommand.USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] springArgs = Arrays.stream(args).filter(a -> a.startsWith("--spring.")).toArray(String[]::new);
        String[] own = Arrays.stream(args).filter(a -> !a.startsWith("--spring.")).toArray(String[]::new);
        if (!databaseConfigured(springArgs)) {
            err.println("No database configured: set SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME,"
                    + " SPRING_DATASOURCE_PASSWORD) as for the application.");
            return 3;
        }
        try (ConfigurableApplicationContext context = context(springArgs)) {
            return context.getBean(AuditCommand.class).run(own, out, err);
        } catch (RuntimeException e) {
            err.println("Crossfield could not start on the configured database: " + rootMessage(e));
            return 4;
        }
    }

    static boolean databaseConfigured(String[] springArgs) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(springArgs));
        return StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    private static ConfigurableApplicationContext context(String[] springArgs) {
        SpringApplication application = new SpringApplicationBuilder(CommandLineApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(Map.of(
                        "spring.main.banner-mode", "off",
                        "crossfield.command-line", "true",
                        // Vaadin's auto-configuration needs a web application context; the commands have none
                        "spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinScopesConfig",
                        "logging.level.root", "OFF",
                        "logging.level.org.crossfield", "OFF",
                        "logging.level.liquibase", "OFF",
                        "crossfield.demo.enabled", "false",
                        "crossfield.mail.scheduling-enabled", "false",
                        "spring.config.import", "classpath:crossfield-backend.properties"))
                .build();
        return application.run(springArgs);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
