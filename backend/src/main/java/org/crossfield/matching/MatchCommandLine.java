package org.crossfield.matching;

import org.crossfield.matching.engine.AssignmentProblem;
import org.crossfield.matching.engine.AssignmentResult;
import org.crossfield.matching.engine.Explanation;
import org.crossfield.matching.engine.InvalidInstanceException;
import org.crossfield.matching.engine.OptimalAssigner;
import org.crossfield.matching.engine.Recommender;
import org.crossfield.matching.engine.AllocationMethod;
import org.crossfield.matching.engine.StableProblem;
import org.crossfield.matching.engine.StableResult;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code match --mode optimal|stable|greedy|generous|topk --in instance.json --out result.json [--k N]}.
 *
 * <p>Prints nothing on success; on failure one line on {@code err}. Exit codes: {@value #OK} success,
 * {@value #BAD_INPUT} bad input (arguments, JSON syntax, contract violations), {@value #IO_ERROR} I/O error (cannot
 * read the instance or write the result) or an internal failure. A leading {@code match} argument is accepted and
 * skipped, so the application's main can pass its arguments through unchanged.
 */
public final class MatchCommandLine {

    public static final int OK = 0;
    public static final int IO_ERROR = 1;
    public static final int BAD_INPUT = 2;

    private static final String USAGE =
            "usage: match --mode optimal|stable|greedy|generous|topk --in instance.json --out result.json [--k N]";

    private MatchCommandLine() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    /** Runs the command; never calls {@code System.exit}. */
    public static int run(String[] args, PrintStream err) {
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (InvalidInstanceException e) {
            return fail(err, BAD_INPUT, e.getMessage() + " (" + USAGE + ")");
        }
        try {
            switch (a.mode) {
                case "optimal" -> {
                    AssignmentProblem problem;
                    try (InputStream in = Files.newInputStream(a.in)) {
                        problem = MatchJson.readAssignmentProblem(in);
                    }
                    AssignmentResult result = OptimalAssigner.solve(problem);
                    try (OutputStream out = output(a.out)) {
                        MatchJson.writeOptimal(result, out);
                    }
                }
                case "topk" -> {
                    AssignmentProblem problem;
                    try (InputStream in = Files.newInputStream(a.in)) {
                        problem = MatchJson.readAssignmentProblem(in);
                    }
                    Map<String, List<Explanation>> rec = Recommender.recommend(problem, a.k);
                    try (OutputStream out = output(a.out)) {
                        MatchJson.writeTopK(rec, out);
                    }
                }
                case "stable", "greedy", "generous" -> {
                    StableProblem problem;
                    try (InputStream in = Files.newInputStream(a.in)) {
                        problem = MatchJson.readStableProblem(in);
                    }
                    AllocationMethod method = AllocationMethod.ofMode(a.mode);
                    StableResult result = method.allocate(problem);
                    try (OutputStream out = output(a.out)) {
                        MatchJson.writeAllocation(method, result, out);
                    }
                }
                default -> throw new IllegalStateException(a.mode);
            }
            return OK;
        } catch (InvalidInstanceException e) {
            return fail(err, BAD_INPUT, a.in.getFileName() + ": " + e.getMessage());
        } catch (JacksonIOException e) {
            return fail(err, IO_ERROR, "I/O error: " + e.getOriginalMessage());
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            String where = loc == null || loc == TokenStreamLocation.NA ? ""
                    : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            String msg = String.valueOf(e.getOriginalMessage());
            int cut = msg.indexOf(" (start marker at");
            if (cut > 0) {
                msg = msg.substring(0, cut);
            }
            return fail(err, BAD_INPUT, a.in.getFileName() + ": invalid JSON" + where + ": " + msg);
        } catch (NoSuchFileException e) {
            return fail(err, IO_ERROR, "no such file: " + e.getFile());
        } catch (AccessDeniedException e) {
            return fail(err, IO_ERROR, "access denied: " + e.getFile());
        } catch (IOException e) {
            return fail(err, IO_ERROR, "I/O error: " + e);
        } catch (UncheckedIOException e) {
            return fail(err, IO_ERROR, "I/O error: " + e.getCause());
        } catch (RuntimeException | LinkageError e) {
            return fail(err, IO_ERROR, "internal error: " + e);
        }
    }

    private static OutputStream output(Path out) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
    }

    private static int fail(PrintStream err, int code, String message) {
        String line = message == null ? "error" : message.replaceAll("[\\r\\n]+", " ").strip();
        err.println("match: " + line);
        err.flush();
        return code;
    }

    private record Arguments(String mode, Path in, Path out, int k) {

        static Arguments parse(String[] args) {
            int i = 0;
            if (args.length > 0 && args[0].equals("match")) {
                i = 1;
            }
            String mode = null;
            String in = null;
            String out = null;
            String k = null;
            for (; i < args.length; i++) {
                String opt = args[i];
                String value;
                int eq = opt.indexOf('=');
                if (opt.startsWith("--") && eq > 0) {
                    value = opt.substring(eq + 1);
                    opt = opt.substring(0, eq);
                } else {
                    if (i + 1 >= args.length) {
                        if (List.of("--mode", "--in", "--out", "--k").contains(opt)) {
                            throw new InvalidInstanceException("option " + opt + " needs a value");
                        }
                        throw new InvalidInstanceException("unknown argument '" + opt + "'");
                    }
                    value = args[i + 1];
                }
                switch (opt) {
                    case "--mode" -> mode = once(mode, opt, value);
                    case "--in" -> in = once(in, opt, value);
                    case "--out" -> out = once(out, opt, value);
                    case "--k" -> k = once(k, opt, value);
                    default -> throw new InvalidInstanceException("unknown argument '" + opt + "'");
                }
                if (eq < 0 || !args[i].startsWith("--")) {
                    i++;
                }
            }
            if (mode == null) {
                throw new InvalidInstanceException("missing --mode");
            }
            if (!List.of("optimal", "stable", "greedy", "generous", "topk").contains(mode)) {
                throw new InvalidInstanceException("unknown mode '" + mode + "'");
            }
            if (in == null) {
                throw new InvalidInstanceException("missing --in");
            }
            if (out == null) {
                throw new InvalidInstanceException("missing --out");
            }
            int kValue = Recommender.DEFAULT_K;
            if (k != null) {
                try {
                    kValue = Integer.parseInt(k);
                } catch (NumberFormatException e) {
                    throw new InvalidInstanceException("--k must be an integer >= 1, was '" + k + "'");
                }
                if (kValue < 1) {
                    throw new InvalidInstanceException("--k must be >= 1, was " + kValue);
                }
            }
            try {
                return new Arguments(mode, Path.of(in), Path.of(out), kValue);
            } catch (java.nio.file.InvalidPathException e) {
                throw new InvalidInstanceException("invalid path: " + e.getMessage());
            }
        }

        private static String once(String previous, String opt, String value) {
            if (previous != null) {
                throw new InvalidInstanceException("option " + opt + " given twice");
            }
            if (value.isEmpty() || value.startsWith("--")) {
                throw new InvalidInstanceException("option " + opt + " needs a value");
            }
            return value;
        }
    }
}
