package org.crossfield.matching.bench;

import org.crossfield.matching.engine.*;
import java.util.*;

/** Rough one-shot timings (not JMH) for development: {@code QuickTiming [projects] [mentors]}. */
public final class QuickTiming {
    public static void main(String[] args) {
        int P = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int M = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long t0 = System.nanoTime();
        AssignmentProblem problem = InstanceGenerator.assignment(P, M, 42);
        System.out.printf("generate %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        MentorIndex index = MentorIndex.of(problem.mentors());
        double[] times = new double[2000];
        for (int i = 0; i < times.length; i++) {
            Project p = problem.projects().get(i % P);
            long s = System.nanoTime();
            index.topK(p, List.of(), 10);
            times[i] = (System.nanoTime() - s) / 1e6;
        }
        double[] warm = Arrays.copyOfRange(times, 1000, 2000);
        Arrays.sort(warm);
        System.out.printf("topK median %.3f ms p95 %.3f ms%n", warm[500], warm[950]);
        OptimalAssigner.loadNatives();
        for (int r = 0; r < 3; r++) {
            long s = System.nanoTime();
            AssignmentResult res = OptimalAssigner.solve(problem);
            System.out.printf("optimal %d ms filled %d total %.4f unfilled %d stats %s%n", (System.nanoTime() - s) / 1_000_000,
                    res.filledSlots(), res.totalScore(), res.unfilled().size(), res.stats());
        }
        StableProblem sp = InstanceGenerator.stable(100_000, 10_000, 20, 42);
        for (int r = 0; r < 5; r++) {
            long s = System.nanoTime();
            StableResult res = StableAllocator.allocate(sp);
            System.out.printf("stable %d ms assigned %d%n", (System.nanoTime() - s) / 1_000_000, res.assignedStudents());
        }
    }
}
