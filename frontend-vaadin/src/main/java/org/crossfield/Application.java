package org.crossfield;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Arrays;
import org.crossfield.matching.MatchCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Crossfield's entry point. With no arguments (or Spring options) it starts the web application; with {@code match …}
 * it runs the matching engine headless — no web server, no database, nothing on stdout — and exits with its code; with
 * {@code admin create …} it creates an administrator on the configured database without starting the web server; with
 * {@code audit verify} it checks the audit log's chain the same way; {@code import …} and {@code report …} are the batch
 * commands over the administration and reporting services (org.crossfield.cli.Commands).
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && "match".equals(args[0])) {
            System.exit(MatchCommandLine.run(Arrays.copyOfRange(args, 1, args.length), System.err));
        }
        if (args.length > 0 && "admin".equals(args[0])) {
            System.exit(org.crossfield.cli.Commands.admin(Arrays.copyOfRange(args, 1, args.length), System.in, System.err));
        }
        if (args.length > 0 && "audit".equals(args[0])) {
            System.exit(org.crossfield.cli.Commands.audit(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && "import".equals(args[0])) {
            System.exit(org.crossfield.cli.Commands.importData(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && "report".equals(args[0])) {
            System.exit(org.crossfield.cli.Commands.report(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }

    /** The tab's icon (without one, every page load asked for /favicon.ico and got a 404). */
    @Override
    public void configurePage(com.vaadin.flow.server.AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
