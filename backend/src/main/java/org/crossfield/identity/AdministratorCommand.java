package org.crossfield.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code crossfield.jar admin create --email E --name "N" --password-stdin}: the operator's way to make the first
 * administrator of an empty installation (and later ones), on the command line, with the web server not running. Runs
 * inside a non-web application context on the configured database; the caller maps the return value to the exit code.
 */
@Component
public class AdministratorCommand {

    public static final String USAGE = "usage: crossfield.jar admin create --email E --name \"N\" --password-stdin";

    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final Accounts accounts;
    private final TransactionTemplate transactions;

    AdministratorCommand(UserAccountRepository users, PasswordEncoder passwords, Accounts accounts,
                         TransactionTemplate transactions) {
        this.users = users;
        this.passwords = passwords;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    /** The arguments after {@code admin}; 0 on success, 2 for bad input (one line on {@code err}). */
    public int run(String[] args, InputStream in, PrintStream err) {
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        String password;
        try {
            password = readPassword(in);
        } catch (IOException e) {
            err.println("Could not read the password from standard input.");
            return 2;
        }
        try {
            String email = Accounts.normaliseEmail(a.email());
            String name = Accounts.displayName(a.name());
            PasswordPolicy.check(password, email, name);
            transactions.executeWithoutResult(status -> {
                accounts.requireUnused(email);
                UserAccount admin = users.save(UserAccount.administrator(email, name, passwords.encode(password), accounts.now()));
                accounts.record(admin.getId(), AccountAction.CREATED_ON_COMMAND_LINE, AccountDetail.ROLES, List.of(Roles.ADMIN));
            });
            return 0;
        } catch (InvalidAccountException e) {
            err.println(String.join(" ", e.problems()));
            return 2;
        }
    }

    /** The first line of standard input, without its line end; an empty input is an empty password. */
    static String readPassword(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return Optional.ofNullable(reader.readLine()).orElse("");
    }

    record Arguments(String email, String name) {

        static Arguments parse(String[] args) {
            if (args.length == 0 || !"create".equals(args[0])) {
                throw new IllegalArgumentException(USAGE);
            }
            String email = null;
            String name = null;
            boolean stdin = false;
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--email" -> email = value(args, ++i, "--email");
                    case "--name" -> name = value(args, ++i, "--name");
                    case "--password-stdin" -> stdin = true;
                    default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; " + USAGE);
                }
            }
            if (email == null || name == null || !stdin) {
                throw new IllegalArgumentException("--email, --name and --password-stdin are all required; " + USAGE);
            }
            return new Arguments(email, name);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length || args[i].startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value; " + USAGE);
            }
            return args[i];
        }
    }
}
