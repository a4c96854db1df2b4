package org.crossfield.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossfield.identity.CommandLineOperator;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.reporting.InvalidReportException;
import org.crossfield.reporting.ReportExports;
import org.crossfield.reporting.ReportFile;
import org.crossfield.reporting.ReportFilter;
import org.crossfield.reporting.ReportService;
import org.springframework.security.access.AccessDeniedException;

/**
 * {@code crossfield.jar report --programme CODE [--from D --to D] [--country CC] --format csv|xlsx|pdf --out FILE --as E}:
 * the Reports screen's export without a browser, through the same reporting services and rules (a coordinator only
 * for their programmes). Without a period it covers this calendar year, as the screen does when it opens.
 */
final class ReportCommand {

    static final String USAGE = "usage: crossfield.jar report --programme CODE [--programme CODE …] [--from YYYY-MM-DD --to YYYY-MM-DD]"
            + " [--country CC] --format csv|xlsx|pdf --out FILE --as ADMIN-OR-COORDINATOR-EMAIL";

    private final CommandLineOperator operator;
    private final ReportService reports;
    private final ReportExports exports;

    ReportCommand(CommandLineOperator operator, ReportService reports, ReportExports exports) {
        this.operator = operator;
        this.reports = reports;
        this.exports = exports;
    }

    record Arguments(List<String> programmes, LocalDate from, LocalDate to, String country, String format, Path out,
                     String as) {

        /** Checks everything that needs no database; a period defaults to the calendar year of {@code clock}. */
        static Arguments parse(String[] args, Clock clock) {
            List<String> programmes = new ArrayList<>();
            LocalDate from = null;
            LocalDate to = null;
            String country = null;
            String format = null;
            Path out = null;
            String as = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--programme" -> programmes.add(Commands.value(args, ++i, "--programme", USAGE));
                    case "--from" -> from = date(Commands.value(args, ++i, "--from", USAGE), "--from");
                    case "--to" -> to = date(Commands.value(args, ++i, "--to", USAGE), "--to");
                    case "--country" -> country = Commands.value(args, ++i, "--country", USAGE);
                    case "--format" -> format = Commands.value(args, ++i, "--format", USAGE).toLowerCase(Locale.ROOT);
                    case "--out" -> out = Path.of(Commands.value(args, ++i, "--out", USAGE));
                    case "--as" -> as = Commands.value(args, ++i, "--as", USAGE);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; " + USAGE);
                }
            }
            if (programmes.isEmpty() || format == null || out == null || as == null) {
                throw new IllegalArgumentException("--programme, --format, --out and --as are required; " + USAGE);
            }
            if (!List.of("csv", "xlsx", "pdf").contains(format)) {
                throw new IllegalArgumentException("--format is csv, xlsx or pdf, not " + format + ".");
            }
            if ((from == null) != (to == null)) {
                throw new IllegalArgumentException("Give both --from and --to, or neither (this calendar year).");
            }
            if (from == null) {
                int year = LocalDate.now(clock).getYear();
                from = LocalDate.of(year, 1, 1);
                to = LocalDate.of(year, 12, 31);
            } else if (from.isAfter(to)) {
                throw new IllegalArgumentException("--from " + from + " is after --to " + to + ".");
            }
            if (country != null && !country.matches("[A-Za-z]{2}")) {
                throw new IllegalArgumentException("--country is a two-letter code such as BE, not " + country + ".");
            }
            return new Arguments(List.copyOf(programmes), from, to, country, format, out, as);
        }

        private static LocalDate date(String text, String option) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(option + " is a date like 2026-01-31, not " + text + ".");
            }
        }
    }

    /** Builds and writes the report; the exit code (see {@link Commands}). */
    int run(Arguments a, PrintStream out, PrintStream err) {
        ReportFile file;
        try {
            file = operator.as(a.as(), () -> {
                List<ProgrammeBrief> mine = reports.reportableProgrammes();
                List<Long> ids = new ArrayList<>();
                for (String code : a.programmes()) {
                    ids.add(mine.stream().filter(p -> p.code().equalsIgnoreCase(code)).findFirst()
                            .map(ProgrammeBrief::id)
                            .orElseThrow(() -> new InvalidReportException("There is no programme " + code + " that " + a.as()
                                    + " may report on" + (mine.isEmpty() ? "." : " (" + String.join(", ",
                                    mine.stream().map(ProgrammeBrief::code).toList()) + ")."))));
                }
                ReportFilter filter = new ReportFilter(ids, a.from(), a.to(), null, a.country());
                return switch (a.format()) {
                    case "csv" -> exports.csv(filter);
                    case "xlsx" -> exports.xlsx(filter);
                    default -> exports.pdf(filter);
                };
            });
        } catch (InvalidReportException e) {
            err.println(e.getMessage());
            return Commands.BAD_INPUT;
        } catch (InvalidAccountException e) {
            err.println(String.join(" ", e.problems()));
            return Commands.BAD_INPUT;
        } catch (AccessDeniedException e) {
            err.println(a.as() + " may not report on " + String.join(", ", a.programmes()) + ".");
            return Commands.REFUSED;
        }
        try {
            Files.write(a.out(), file.bytes());
        } catch (IOException e) {
            err.println("Cannot write " + a.out() + ": " + Commands.describe(e));
            return Commands.IO_ERROR;
        }
        out.println("Wrote " + file.bytes().length + " bytes to " + a.out() + ".");
        return Commands.OK;
    }
}
