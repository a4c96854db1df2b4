package org.crossfield.matching.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Greedy and generous allocations against a brute-force search over every allocation of small random instances. */
class ProfileAllocatorProperties {

    @Property(tries = 400)
    void greedyIsAMaximumAllocationWithTheLargestProfile(@ForAll long seed,
                                                         @ForAll @IntRange(min = 0, max = 7) int students,
                                                         @ForAll @IntRange(min = 1, max = 5) int projects,
                                                         @ForAll @IntRange(min = 1, max = 3) int supervisors) {
        StableProblem problem = contested(seed, students, projects, supervisors);
        StableResult result = ProfileAllocator.greedy(problem);
        BruteForce best = BruteForce.search(problem);
        assertFeasible(problem, result);
        assertThat(result.assignedStudents()).isEqualTo(best.maxSize);
        assertThat(result.profile()).isEqualTo(best.greedyProfile);
        assertThat(result.profile()).isEqualTo(profileOf(problem, result));
    }

    @Property(tries = 400)
    void generousIsAMaximumAllocationWithTheSmallestReverseProfile(@ForAll long seed,
                                                                  @ForAll @IntRange(min = 0, max = 7) int students,
                                                                  @ForAll @IntRange(min = 1, max = 5) int projects,
                                                                  @ForAll @IntRange(min = 1, max = 3) int supervisors) {
        StableProblem problem = contested(seed, students, projects, supervisors);
        StableResult result = ProfileAllocator.generous(problem);
        BruteForce best = BruteForce.search(problem);
        assertFeasible(problem, result);
        assertThat(result.assignedStudents()).isEqualTo(best.maxSize);
        assertThat(result.profile()).isEqualTo(best.generousProfile);
        assertThat(result.profile()).isEqualTo(profileOf(problem, result));
    }

    @Property(tries = 100)
    void largerInstancesAreFeasibleAndAsLargeAsAMaximumFlow(@ForAll long seed,
                                                           @ForAll @IntRange(min = 0, max = 60) int students,
                                                           @ForAll @IntRange(min = 1, max = 15) int projects,
                                                           @ForAll @IntRange(min = 1, max = 5) int supervisors) {
        StableProblem problem = RandomInstances.stable(seed, students, projects, supervisors, 6);
        StableResult greedy = ProfileAllocator.greedy(problem);
        StableResult generous = ProfileAllocator.generous(problem);
        assertFeasible(problem, greedy);
        assertFeasible(problem, generous);
        assertThat(greedy.assignedStudents()).isEqualTo(generous.assignedStudents());
        assertThat(compareLex(greedy.profile(), generous.profile())).isGreaterThanOrEqualTo(0);
        assertThat(compareLex(generous.profile().reversed(), greedy.profile().reversed())).isLessThanOrEqualTo(0);
        assertThat(greedy.profile()).isEqualTo(profileOf(problem, greedy));
        assertThat(generous.profile()).isEqualTo(profileOf(problem, generous));
    }

    @Property(tries = 200)
    void stableProfileCountsEachStudentsChoice(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int students,
                                               @ForAll @IntRange(min = 1, max = 10) int projects,
                                               @ForAll @IntRange(min = 1, max = 4) int supervisors) {
        StableProblem problem = RandomInstances.stable(seed, students, projects, supervisors, 5);
        StableResult result = StableAllocator.allocate(problem);
        assertThat(result.profile()).isEqualTo(profileOf(problem, result));
        assertThat(BlockingPairs.count(problem, result)).isZero();
    }

    /**
     * A small instance where students compete: project capacity 1–2, supervisor capacity 1–4, every student lists
     * 1–4 projects (random instances with capacity 0 and empty lists rarely tell greedy from generous).
     */
    static StableProblem contested(long seed, int students, int projects, int supervisors) {
        java.util.Random rnd = new java.util.Random(seed);
        List<SupervisedProject> ps = new java.util.ArrayList<>();
        for (int p = 0; p < projects; p++) {
            ps.add(new SupervisedProject("p" + p, "l" + rnd.nextInt(supervisors), 1 + rnd.nextInt(2)));
        }
        List<Student> ss = new java.util.ArrayList<>();
        for (int s = 0; s < students; s++) {
            List<String> all = new java.util.ArrayList<>(ps.stream().map(SupervisedProject::id).toList());
            java.util.Collections.shuffle(all, rnd);
            ss.add(new Student("s" + s, all.subList(0, 1 + rnd.nextInt(Math.min(4, projects)))));
        }
        List<Supervisor> ls = new java.util.ArrayList<>();
        for (int l = 0; l < supervisors; l++) {
            ls.add(new Supervisor("l" + l, 1 + rnd.nextInt(4), List.of()));
        }
        return new StableProblem(ss, ps, ls);
    }

    /** The profile recomputed from the assignments, as long as the longest list. */
    static List<Integer> profileOf(StableProblem problem, StableResult result) {
        int longest = problem.students().stream().mapToInt(s -> s.preferences().size()).max().orElse(0);
        Integer[] profile = new Integer[longest];
        java.util.Arrays.fill(profile, 0);
        Map<String, Student> byId = new HashMap<>();
        problem.students().forEach(s -> byId.put(s.id(), s));
        for (StudentAssignment a : result.assignments()) {
            profile[byId.get(a.student()).preferences().indexOf(a.project())]++;
        }
        return List.of(profile);
    }

    static void assertFeasible(StableProblem problem, StableResult result) {
        Map<String, SupervisedProject> projects = new HashMap<>();
        problem.projects().forEach(p -> projects.put(p.id(), p));
        Map<String, Integer> supCap = new HashMap<>();
        problem.supervisors().forEach(l -> supCap.put(l.id(), l.capacity()));
        Map<String, Student> students = new HashMap<>();
        problem.students().forEach(s -> students.put(s.id(), s));
        Map<String, Integer> perProject = new HashMap<>();
        Map<String, Integer> perSupervisor = new HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (StudentAssignment a : result.assignments()) {
            assertThat(seen.add(a.student())).as("student allocated twice").isTrue();
            assertThat(students.get(a.student()).preferences()).contains(a.project());
            SupervisedProject p = projects.get(a.project());
            assertThat(perProject.merge(p.id(), 1, Integer::sum)).isLessThanOrEqualTo(p.capacity());
            assertThat(perSupervisor.merge(p.supervisor(), 1, Integer::sum)).isLessThanOrEqualTo(supCap.get(p.supervisor()));
        }
        assertThat(result.assignedStudents() + result.unassigned().size()).isEqualTo(problem.students().size());
    }

    static int compareLex(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Every allocation (each student unallocated or on one of its choices) that respects the capacities. */
    static final class BruteForce {
        int maxSize = -1;
        List<Integer> greedyProfile;
        List<Integer> generousProfile;

        private final StableProblem problem;
        private final Map<String, Integer> projectPos = new HashMap<>();
        private final int[] projCap;
        private final int[] projSup;
        private final int[] supCap;
        private final int[] profile;

        private BruteForce(StableProblem problem) {
            this.problem = problem;
            Map<String, Integer> supPos = new HashMap<>();
            supCap = new int[problem.supervisors().size()];
            for (int l = 0; l < supCap.length; l++) {
                supPos.put(problem.supervisors().get(l).id(), l);
                supCap[l] = problem.supervisors().get(l).capacity();
            }
            projCap = new int[problem.projects().size()];
            projSup = new int[projCap.length];
            for (int p = 0; p < projCap.length; p++) {
                projectPos.put(problem.projects().get(p).id(), p);
                projCap[p] = problem.projects().get(p).capacity();
                projSup[p] = supPos.get(problem.projects().get(p).supervisor());
            }
            profile = new int[problem.students().stream().mapToInt(s -> s.preferences().size()).max().orElse(0)];
        }

        static BruteForce search(StableProblem problem) {
            BruteForce b = new BruteForce(problem);
            b.enumerate(0, 0);
            return b;
        }

        private void enumerate(int s, int size) {
            if (s == problem.students().size()) {
                List<Integer> prof = java.util.Arrays.stream(profile).boxed().toList();
                if (size > maxSize) {
                    maxSize = size;
                    greedyProfile = prof;
                    generousProfile = prof;
                } else if (size == maxSize) {
                    if (compareLex(prof, greedyProfile) > 0) {
                        greedyProfile = prof;
                    }
                    if (compareLex(prof.reversed(), generousProfile.reversed()) < 0) {
                        generousProfile = prof;
                    }
                }
                return;
            }
            enumerate(s + 1, size);
            List<String> prefs = problem.students().get(s).preferences();
            for (int k = 0; k < prefs.size(); k++) {
                int p = projectPos.get(prefs.get(k));
                if (projCap[p] > 0 && supCap[projSup[p]] > 0) {
                    projCap[p]--;
                    supCap[projSup[p]]--;
                    profile[k]++;
                    enumerate(s + 1, size + 1);
                    profile[k]--;
                    supCap[projSup[p]]++;
                    projCap[p]++;
                }
            }
        }
    }
}
