package org.crossfield.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crossfield.identity.CommandLineOperator;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.identity.InvitationService;
import org.crossfield.identity.OrganisationAdminService;
import org.springframework.security.access.AccessDeniedException;

/**
 * {@code crossfield.jar import organisations|people --in FILE.csv --as E}: the "Invite people" CSV import (and its
 * counterpart for organisations) without a browser, through the same administration services and their rules. All or
 * nothing: a file with a bad line creates nobody, and every bad line is listed on standard error, one per line. New
 * people get their invitation mail through the outbox (sent by the running application).
 */
final class ImportCommand {

    static final String USAGE = "usage: crossfield.jar import organisations|people --in FILE.csv --as ADMIN-OR-COORDINATOR-EMAIL";

    private final CommandLineOperator operator;
    private final OrganisationAdminService organisations;
    private final InvitationService invitations;

    ImportCommand(CommandLineOperator operator, OrganisationAdminService organisations, InvitationService invitations) {
        this.operator = operator;
        this.organisations = organisations;
        this.invitations = invitations;
    }

    /** Arguments after {@code import}, checked before any database is needed. */
    record Arguments(String kind, Path in, String as) {

        static Arguments parse(String[] args) {
            if (args.length == 0 || !("organisations".equals(args[0]) || "people".equals(args[0]))) {
                throw new IllegalArgumentException("Say what to import: organisations or people; " + USAGE);
            }
            Path in = null;
            String as = null;
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--in" -> in = Path.of(Commands.value(args, ++i, "--in", USAGE));
                    case "--as" -> as = Commands.value(args, ++i, "--as", USAGE);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; " + USAGE);
                }
            }
            if (in == null || as == null) {
                throw new IllegalArgumentException("--in and --as are both required; " + USAGE);
            }
            return new Arguments(args[0], in, as);
        }
    }

    /** Imports; the exit code (see {@link Commands}). */
    int run(Arguments a, PrintStream out, PrintStream err) {
        byte[] csv;
        try {
            csv = Files.readAllBytes(a.in());
        } catch (IOException e) {
            err.println("Cannot read " + a.in() + ": " + Commands.describe(e));
            return Commands.IO_ERROR;
        }
        try {
            int created = operator.as(a.as(), () -> "organisations".equals(a.kind())
                    ? organisations.importAll(csv).size()
                    : invitations.inviteAll(csv).size());
            out.println("organisations".equals(a.kind())
                    ? "Imported " + created + (created == 1 ? " organisation." : " organisations.")
                    : "Invited " + created + (created == 1 ? " person" : " people") + "; the invitations are in the mail outbox.");
            return Commands.OK;
        } catch (InvalidAccountException e) {
            e.problems().forEach(err::println);
            return Commands.BAD_INPUT;
        } catch (AccessDeniedException e) {
            err.println(a.as() + " may not import " + a.kind() + ("organisations".equals(a.kind())
                    ? ": only administrators add organisations." : "."));
            return Commands.REFUSED;
        }
    }
}
