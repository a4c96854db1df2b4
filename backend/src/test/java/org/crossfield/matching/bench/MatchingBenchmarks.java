package org.crossfield.matching.bench;

import org.crossfield.matching.engine.AssignmentProblem;
import org.crossfield.matching.engine.AssignmentResult;
import org.crossfield.matching.engine.Explanation;
import org.crossfield.matching.engine.MentorIndex;
import org.crossfield.matching.engine.OptimalAssigner;
import org.crossfield.matching.engine.Project;
import org.crossfield.matching.engine.ReferenceSolvers;
import org.crossfield.matching.engine.ProfileAllocator;
import org.crossfield.matching.engine.StableAllocator;
import org.crossfield.matching.engine.StableProblem;
import org.crossfield.matching.engine.StableResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * JMH benchmarks of the matching engine against the straightforward alternatives. Run with
 * {@code ci/bench-matching.sh} (see docs/performance.md); never part of the unit tests.
 */
public class MatchingBenchmarks {

    /** 100,000 mentors, 256 projects with ~8 requirements: one top-10 query per operation. */
    @State(Scope.Benchmark)
    public static class TopKState {
        List<Project> projects;
        AssignmentProblem problem;
        MentorIndex index;
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            problem = InstanceGenerator.assignment(256, 100_000, 42);
            projects = problem.projects();
            index = MentorIndex.of(problem.mentors());
        }

        Project nextProject() {
            Project p = projects.get(next);
            next = (next + 1) % projects.size();
            return p;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "--enable-native-access=ALL-UNNAMED"})
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 4)
    public List<Explanation> topK_mentorIndex(TopKState s) {
        return s.index.topK(s.nextProject(), Set.of(), 10);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "--enable-native-access=ALL-UNNAMED"})
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 4)
    public List<NaiveTopK.Scored> topK_naiveStreams(TopKState s) {
        return NaiveTopK.topK(s.nextProject(), s.problem.mentors(), Set.of(), 10);
    }

    /** The full-size assignment: 10,000 projects (1–2 slots) × 100,000 mentors. */
    @State(Scope.Benchmark)
    public static class LargeAssignmentState {
        AssignmentProblem problem;

        @Setup(Level.Trial)
        public void setUp() {
            problem = InstanceGenerator.assignment(10_000, 100_000, 42);
            OptimalAssigner.loadNatives();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "--enable-native-access=ALL-UNNAMED"})
    @Warmup(iterations = 2)
    @Measurement(iterations = 6)
    public AssignmentResult optimal_large_orTools(LargeAssignmentState s) {
        return OptimalAssigner.solve(s.problem);
    }

    /** A size JGraphT can still do in seconds: 200 projects × 2,000 mentors (~400,000 eligible pairs). */
    @State(Scope.Benchmark)
    public static class SmallAssignmentState {
        AssignmentProblem problem;

        @Setup(Level.Trial)
        public void setUp() {
            problem = InstanceGenerator.assignment(200, 2_000, 7);
            OptimalAssigner.loadNatives();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "--enable-native-access=ALL-UNNAMED"})
    @Warmup(iterations = 3)
    @Measurement(iterations = 8)
    public AssignmentResult optimal_small_orTools(SmallAssignmentState s) {
        return OptimalAssigner.solve(s.problem);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "--enable-native-access=ALL-UNNAMED"})
    @Warmup(iterations = 1)
    @Measurement(iterations = 4)
    public ReferenceSolvers.Optimum optimal_small_jgrapht(SmallAssignmentState s) {
        return ReferenceSolvers.jgrapht(s.problem);
    }

    /** 100,000 students with 20 preferences over 10,000 projects. */
    @State(Scope.Benchmark)
    public static class StableState {
        StableProblem problem;

        @Setup(Level.Trial)
        public void setUp() {
            problem = InstanceGenerator.stable(100_000, 10_000, 20, 42);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "--enable-native-access=ALL-UNNAMED"})
    @Warmup(iterations = 3, time = 4)
    @Measurement(iterations = 5, time = 4)
    public StableResult stable_spaStudent(StableState s) {
        return StableAllocator.allocate(s.problem);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "--enable-native-access=ALL-UNNAMED"})
    @Warmup(iterations = 2, time = 4)
    @Measurement(iterations = 3, time = 4)
    public StableResult allocation_greedy(StableState s) {
        return ProfileAllocator.greedy(s.problem);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "--enable-native-access=ALL-UNNAMED"})
    @Warmup(iterations = 2, time = 4)
    @Measurement(iterations = 3, time = 4)
    public StableResult allocation_generous(StableState s) {
        return ProfileAllocator.generous(s.problem);
    }
}
