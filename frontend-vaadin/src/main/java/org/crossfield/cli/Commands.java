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
 * application): one line on standard error for a problem (an import lists every bad line, one per line), exit 0 on
 * success. Exit codes: 0 done, 1 a file cannot be read or written, 2 bad arguments or bad input, 3 no database
 * configured, 4 Crossfield cannot start on the database, 5 the person named by {@code --as} may not do this.
 */
public final class Commands {

    static final int OK = 0;
    static final int IO_ERROR = 1;
    static final int BAD_INPUT = 2;
    static final int NO_DATABASE = 3;
    static final int CANNOT_START = 4;
    static final int REFUSED = 5;

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

    /**
     * Runs {@code import organisations|people --in FILE --as E}: everything in the file, or nothing with every bad line
     * on {@code err}; one line on {@code out} when done.
     */
    public static int importData(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || "--help".equals(args[0]) || "-h".equals(args[0])) {
            err.println(ImportCommand.USAGE);
            return args.length == 0 ? BAD_INPUT : OK;
        }
        String[] springArgs = springArgs(args);
        ImportCommand.Arguments arguments;
        try {
            arguments = ImportCommand.Arguments.parse(ownArgs(args));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        }
        if (!java.nio.file.Files.isReadable(arguments.in())) {
            err.println("Cannot read " + arguments.in() + ": no such file, or not readable.");
            return IO_ERROR;
        }
        return withContext(springArgs, err, context -> new ImportCommand(
                context.getBean(org.crossfield.identity.CommandLineOperator.class),
                context.getBean(org.crossfield.identity.OrganisationAdminService.class),
                context.getBean(org.crossfield.identity.InvitationService.class)).run(arguments, out, err));
    }

    /** Runs {@code report --programme CODE … --format csv|xlsx|pdf --out FILE --as E}; one line on {@code out} when done. */
    public static int report(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || "--help".equals(args[0]) || "-h".equals(args[0])) {
            err.println(ReportCommand.USAGE);
            return args.length == 0 ? BAD_INPUT : OK;
        }
        String[] springArgs = springArgs(args);
        ReportCommand.Arguments arguments;
        try {
            arguments = ReportCommand.Arguments.parse(ownArgs(args), java.time.Clock.systemDefaultZone());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        }
        return withContext(springArgs, err, context -> new ReportCommand(
                context.getBean(org.crossfield.identity.CommandLineOperator.class),
                context.getBean(org.crossfield.reporting.ReportService.class),
                context.getBean(org.crossfield.reporting.ReportExports.class)).run(arguments, out, err));
    }

    private static int withContext(String[] springArgs, PrintStream err,
                                   java.util.function.ToIntFunction<ConfigurableApplicationContext> command) {
        if (!databaseConfigured(springArgs)) {
            err.println("No database configured: set SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME,"
                    + " SPRING_DATASOURCE_PASSWORD) as for the application.");
            return NO_DATABASE;
        }
        ConfigurableApplicationContext context;
        try {
            context = context(springArgs);
        } catch (RuntimeException e) {
            err.println("Crossfield could not start on the configured database: " + rootMessage(e));
            return CANNOT_START;
        }
        try (context) {
            return command.applyAsInt(context);
        }
    }

    private static String[] springArgs(String[] args) {
        return Arrays.stream(args).filter(a -> a.startsWith("--spring.")).toArray(String[]::new);
    }

    private static String[] ownArgs(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("--spring.")).toArray(String[]::new);
    }

    /** The value after an option; a missing one (end of arguments or another option) is a bad argument. */
    static String value(String[] args, int i, String option, String usage) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value; " + usage);
        }
        return args[i];
    }

    /** A one-line description of a file problem, without a stack trace. */
    static String describe(java.io.IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e.getMessage() == null ? e.getClass().getSimpleName() : rootMessage(e);
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
