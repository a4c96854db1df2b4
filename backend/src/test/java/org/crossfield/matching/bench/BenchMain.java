package org.crossfield.matching.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Runs the JMH benchmarks and times the CLI end to end on the large generated instances.
 *
 * <p>Arguments: {@code [jmh-regex|-] [cli-runs]}; "-" skips JMH, cli-runs 0 skips the CLI timing.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String regex = args.length > 0 ? args[0] : MatchingBenchmarks.class.getSimpleName();
        int cliRuns = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Path.of("target/bench");
        Files.createDirectories(dir);
        if (!regex.equals("-")) {
            ChainedOptionsBuilder opts = new OptionsBuilder().include(regex)
                    .result(dir.resolve("jmh-result.json").toString())
                    .resultFormat(org.openjdk.jmh.results.format.ResultFormatType.JSON);
            Collection<RunResult> results = new Runner(opts.build()).run();
            System.out.println();
            System.out.println("== JMH summary (ms) ==");
            for (RunResult r : results) {
                var p = r.getPrimaryResult();
                var stats = p.getStatistics();
                System.out.printf("%-40s mean %10.3f ± %8.3f  p50 %10.3f  p95 %10.3f  n=%d%n",
                        r.getParams().getBenchmark().replaceAll(".*\\.", ""), p.getScore(), p.getScoreError(),
                        stats.getPercentile(50), stats.getPercentile(95), stats.getN());
            }
        }
        if (cliRuns > 0) {
            Path assignment = dir.resolve("assignment-large.json");
            Path stable = dir.resolve("stable-large.json");
            if (!Files.exists(assignment) || !Files.exists(stable)) {
                long t = System.nanoTime();
                InstanceGenerator.main(new String[] {dir.toString()});
                System.out.printf("generated instances in %.1f s%n", (System.nanoTime() - t) / 1e9);
            }
            System.out.printf("instance sizes: assignment %.1f MB, stable %.1f MB%n", Files.size(assignment) / 1e6,
                    Files.size(stable) / 1e6);
            cli("optimal", assignment, dir.resolve("result-optimal.json"), cliRuns);
            cli("topk", assignment, dir.resolve("result-topk.json"), cliRuns);
            cli("stable", stable, dir.resolve("result-stable.json"), cliRuns);
            cli("greedy", stable, dir.resolve("result-greedy.json"), cliRuns);
            cli("generous", stable, dir.resolve("result-generous.json"), cliRuns);
        }
    }

    private static void cli(String mode, Path in, Path out, int runs) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "org.crossfield.matching.MatchCommandLine", "match",
                "--mode", mode, "--in", in.toString(), "--out", out.toString()));
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            int code = p.waitFor();
            seconds[i] = (System.nanoTime() - t) / 1e9;
            if (code != 0 || !output.isEmpty()) {
                throw new IllegalStateException("CLI " + mode + " exited " + code + ": " + output);
            }
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf("CLI end to end %-8s runs %s  median %.2f s  max %.2f s%n", mode, Arrays.toString(
                Arrays.stream(seconds).map(s -> Math.round(s * 100) / 100.0).toArray()), sorted[runs / 2],
                sorted[runs - 1]);
    }
}
