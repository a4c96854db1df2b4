package org.crossfield.matching.engine;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Optimal project–mentor assignment: respects slots, capacities, eligibility and pins, maximises first the number
 * of filled slots and then the total score.
 *
 * <h2>Method</h2>
 * Pins are applied first (they reduce the project's slots and the mentor's capacity). The rest is a bipartite
 * b-matching solved as a min-cost max-flow with OR-Tools {@link MinCostFlow#solveMaxFlowWithMinCost()}:
 * source → project (capacity = free slots), project → mentor (capacity 1, cost −round(score · scale)),
 * mentor → sink (capacity = free capacity).
 *
 * <p>Only the best L eligible mentors of each project ("candidates", L = max(minCandidates, candidatesPerSlot ·
 * slots)) are put in the model. The solution of this pruned model is then <em>proven</em> optimal for the full
 * problem with a dual certificate, or repaired:
 * <ol>
 * <li>Read the lexicographic objective as one cost: every unit of flow on project → mentor earns
 * {@code a = BIG + q} with {@code BIG > max flow · scale}, so one more filled slot always beats any score gain.</li>
 * <li>Compute node potentials π from shortest-path distances from the source in the residual graph of the pruned
 * solution (Bellman–Ford/SPFA; there is no negative cycle because the pruned solution is optimal). Potentials of
 * unsaturated mentors are set to 0 (allowed because their only outgoing residual arc goes to the sink), every other
 * mentor has π ≤ 0. Every residual arc of the model is re-checked: reduced cost {@code c + π(i) − π(j) ≥ 0}.</li>
 * <li>A pruned arc p → m is fine if {@code a(p, m) ≤ π(p) − π(m)}. Because π(m) ≤ 0 and every pruned mentor of p
 * scores at most the (L+1)-th best score U(p), the whole project is certified at once when
 * {@code π(p) ≥ BIG + q(U(p))}. Only the remaining projects are scanned over all mentors.</li>
 * <li>If some pruned arcs violate the condition, the most violating ones are added. The shortest-path search is
 * resumed from the previous distances: if it converges, the flow is still optimal and the new potentials are
 * checked again; a negative cycle (a real improvement) makes the model be solved again. When no violation is left,
 * the potentials prove that the residual graph of the <em>full</em> problem has no negative cycle, so the solution
 * is optimal for the full problem.</li>
 * </ol>
 * Optimality is exact for the quantised scores ({@code scale} = 2<sup>32</sup> by default), so the reported total is
 * within {@code filledSlots / scale} of the exact-double optimum.
 */
public final class OptimalAssigner {

    /**
     * Tuning knobs.
     *
     * @param minCandidates     minimum number of candidate mentors per project
     * @param candidatesPerSlot candidate mentors per free slot
     * @param pruning           false: put every eligible pair in the model (for tests and small instances)
     */
    public record Options(int minCandidates, int candidatesPerSlot, boolean pruning) {

        public static final Options DEFAULT = new Options(8, 4, true);
        public static final Options UNPRUNED = new Options(0, 0, false);
    }

    private static final long DEFAULT_SCALE = 1L << 32;
    private static final long NONE = Long.MIN_VALUE;
    private static final long INF = Long.MAX_VALUE / 4;

    private static volatile boolean nativesLoaded;

    private OptimalAssigner() {
    }

    /** Loads the OR-Tools native libraries once per JVM. */
    public static void loadNatives() {
        if (!nativesLoaded) {
            synchronized (OptimalAssigner.class) {
                if (!nativesLoaded) {
                    Loader.loadNativeLibraries();
                    nativesLoaded = true;
                }
            }
        }
    }

    /** Solves with {@link Options#DEFAULT}. */
    public static AssignmentResult solve(AssignmentProblem problem) {
        return solve(problem, Options.DEFAULT);
    }

    public static AssignmentResult solve(AssignmentProblem problem, Options options) {
        loadNatives();
        return new Run(problem, options).run();
    }

    /** Quantised score as used by the solver and the certificate. */
    static long quantize(double score, long scale) {
        return Math.round(score * scale);
    }

    private static final class Run {
        final AssignmentProblem problem;
        final Options options;
        final int projectCount;
        final int mentorCount;
        final MentorIndex index;
        final ProjectProfile[] profiles;
        final int[] orgIds;
        /** Sorted positions excluded per project (conflicts, forbids, pins). */
        final int[][] excluded;
        final int[] freeSlots;
        final int[] freeCapacity;
        final boolean[] unavailable;
        final List<Assignment> pinned = new ArrayList<>();
        /** The solver's explanation of every assigned pair, kept so that nobody scores the pair again. */
        final Map<Pair, Explanation> explanations = new HashMap<>();
        final long scale;
        final long big;

        int[][] cand;
        long[][] candQ;
        int[] candCount;
        long[] bound;

        long addedArcs;
        long scannedProjects;
        int rounds;
        /** Distances of the last potentials computation and the projects that got arcs since (warm start). */
        long[] lastDist;
        int[] lastAdded = new int[0];
        long candidateNanos;
        long solveNanos;
        long certifyNanos;

        Run(AssignmentProblem problem, Options options) {
            this.problem = problem;
            this.options = options;
            List<Project> projects = problem.projects();
            projectCount = projects.size();
            index = MentorIndex.of(problem.mentors());
            mentorCount = index.sizeUnlocked();
            profiles = new ProjectProfile[projectCount];
            orgIds = new int[projectCount];
            freeSlots = new int[projectCount];
            Map<String, Integer> projectPos = HashMap.newHashMap(projectCount);
            for (int p = 0; p < projectCount; p++) {
                Project pr = projects.get(p);
                profiles[p] = Scoring.profile(pr);
                orgIds[p] = index.organisationId(pr.organisation());
                freeSlots[p] = pr.slots();
                projectPos.put(pr.id(), p);
            }
            freeCapacity = new int[mentorCount];
            for (int m = 0; m < mentorCount; m++) {
                freeCapacity[m] = index.capacityAt(m);
            }
            List<List<Integer>> ex = new ArrayList<>(projectCount);
            for (int p = 0; p < projectCount; p++) {
                ex.add(null);
            }
            List<Pair> listed = new ArrayList<>(problem.conflicts());
            listed.addAll(problem.forbids());
            listed.addAll(problem.pins());
            for (Pair pair : listed) {
                int p = projectPos.get(pair.project());
                if (ex.get(p) == null) {
                    ex.set(p, new ArrayList<>());
                }
                ex.get(p).add(index.position(pair.mentor()));
            }
            excluded = new int[projectCount][];
            for (int p = 0; p < projectCount; p++) {
                List<Integer> l = ex.get(p);
                excluded[p] = l == null ? new int[0] : l.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
            }
            for (Pair pin : problem.pins()) {
                int p = projectPos.get(pin.project());
                int m = index.position(pin.mentor());
                freeSlots[p]--;
                freeCapacity[m]--;
                Explanation e = index.explainAt(profiles[p], m);
                pinned.add(new Assignment(pin.project(), pin.mentor(), e.score(), true));
                explanations.put(pin, e);
            }
            unavailable = new boolean[mentorCount];
            long capacitySum = 0;
            for (int m = 0; m < mentorCount; m++) {
                unavailable[m] = freeCapacity[m] <= 0;
                capacitySum += Math.max(0, freeCapacity[m]);
            }
            long slotSum = 0;
            for (int p = 0; p < projectCount; p++) {
                slotSum += freeSlots[p];
            }
            long flowBound = Math.min(slotSum, capacitySum) + 1;
            long s = DEFAULT_SCALE;
            while (s > 1 && flowBound > (1L << 61) / s) {
                s >>= 1;
            }
            scale = s;
            big = flowBound * scale;
        }

        AssignmentResult run() {
            long t0 = System.nanoTime();
            generateCandidates();
            candidateNanos = System.nanoTime() - t0;
            int solves = 0;
            while (true) {
                solves++;
                long t1 = System.nanoTime();
                Solution sol = solveModel();
                long t2 = System.nanoTime();
                solveNanos += t2 - t1;
                if (!options.pruning()) {
                    return result(sol, solves, false);
                }
                // Certify; arcs added by a repair round are first tried without solving again: if the residual
                // graph with them still has no negative cycle, the same flow stays optimal and new potentials
                // are checked. Only a negative cycle (or a long search for one) needs a new solve.
                boolean fresh = true;
                while (true) {
                    long[] pi = potentials(sol, fresh);
                    if (pi == null) {
                        break;
                    }
                    rounds++;
                    boolean repaired = repair(sol, pi, rounds);
                    if (!repaired) {
                        certifyNanos += System.nanoTime() - t2;
                        return result(sol, solves, true);
                    }
                    fresh = false;
                }
                certifyNanos += System.nanoTime() - t2;
            }
        }

        // ------------------------------------------------------------ candidates

        void generateCandidates() {
            cand = new int[projectCount][];
            candQ = new long[projectCount][];
            candCount = new int[projectCount];
            bound = new long[projectCount];
            int chunk = 64;
            int chunks = (projectCount + chunk - 1) / chunk;
            IntStream.range(0, chunks).parallel().forEach(c -> {
                MentorIndex.Selection sel = new MentorIndex.Selection();
                for (int p = c * chunk; p < Math.min(projectCount, (c + 1) * chunk); p++) {
                    bound[p] = NONE;
                    if (freeSlots[p] <= 0) {
                        cand[p] = new int[0];
                        candQ[p] = new long[0];
                        continue;
                    }
                    int limit = options.pruning()
                            ? (int) Math.min(mentorCount, Math.max(options.minCandidates(),
                            (long) options.candidatesPerSlot() * freeSlots[p]))
                            : mentorCount;
                    int k = options.pruning() ? limit + 1 : limit;
                    int found = index.select(profiles[p], orgIds[p], excluded[p], unavailable, k, sel);
                    int keep = Math.min(found, limit);
                    cand[p] = Arrays.copyOf(sel.idx, keep);
                    long[] q = new long[keep];
                    for (int r = 0; r < keep; r++) {
                        q[r] = quantize(sel.score[r], scale);
                    }
                    candQ[p] = q;
                    candCount[p] = keep;
                    if (found > limit) {
                        bound[p] = quantize(sel.score[limit], scale);
                    }
                }
            });
        }

        // ------------------------------------------------------------ solve

        /** Flow of the pruned model. Arc order: per project, candidates in candidate order. */
        record Solution(int[] arcStart, boolean[] used, int[] projectFlow, int[] mentorLoad, long flow) {

            /** True if candidate r of project p carries flow (candidates added after the solve carry none). */
            boolean used(int p, int r) {
                return arcStart[p] + r < arcStart[p + 1] && used[arcStart[p] + r];
            }
        }

        Solution solveModel() {
            int[] arcStart = new int[projectCount + 1];
            for (int p = 0; p < projectCount; p++) {
                arcStart[p + 1] = arcStart[p] + candCount[p];
            }
            int arcCount = arcStart[projectCount];
            int[] mentorNode = new int[mentorCount];
            Arrays.fill(mentorNode, -1);
            int nodes = 2 + projectCount;
            for (int p = 0; p < projectCount; p++) {
                for (int r = 0; r < candCount[p]; r++) {
                    int m = cand[p][r];
                    if (mentorNode[m] < 0) {
                        mentorNode[m] = nodes++;
                    }
                }
            }
            MinCostFlow mcf = new MinCostFlow(nodes, arcCount + projectCount + nodes);
            try {
                long supply = 0;
                for (int p = 0; p < projectCount; p++) {
                    if (freeSlots[p] > 0 && candCount[p] > 0) {
                        mcf.addArcWithCapacityAndUnitCost(0, 2 + p, freeSlots[p], 0);
                        supply += Math.min(freeSlots[p], candCount[p]);
                    }
                }
                int firstPairArc = mcf.getNumArcs();
                for (int p = 0; p < projectCount; p++) {
                    for (int r = 0; r < candCount[p]; r++) {
                        mcf.addArcWithCapacityAndUnitCost(2 + p, mentorNode[cand[p][r]], 1, -candQ[p][r]);
                    }
                }
                for (int m = 0; m < mentorCount; m++) {
                    if (mentorNode[m] >= 0) {
                        mcf.addArcWithCapacityAndUnitCost(mentorNode[m], 1, freeCapacity[m], 0);
                    }
                }
                mcf.setNodeSupply(0, supply);
                mcf.setNodeSupply(1, -supply);
                MinCostFlowBase.Status status = mcf.solveMaxFlowWithMinCost();
                if (status != MinCostFlowBase.Status.OPTIMAL) {
                    throw new IllegalStateException("min-cost flow solver returned " + status);
                }
                boolean[] used = new boolean[arcCount];
                int[] projectFlow = new int[projectCount];
                int[] mentorLoad = new int[mentorCount];
                long flow = 0;
                for (int p = 0; p < projectCount; p++) {
                    for (int a = arcStart[p]; a < arcStart[p + 1]; a++) {
                        if (mcf.getFlow(firstPairArc + a) > 0) {
                            used[a] = true;
                            projectFlow[p]++;
                            mentorLoad[cand[p][a - arcStart[p]]]++;
                            flow++;
                        }
                    }
                }
                return new Solution(arcStart, used, projectFlow, mentorLoad, flow);
            } finally {
                mcf.delete();
            }
        }

        // ------------------------------------------------------------ certificate

        /**
         * Potentials for nodes: index 0 = source, 1 = sink, 2 + p = project p, 2 + P + m = mentor m. Returns
         * potentials satisfying reduced cost ≥ 0 on every residual arc of the current candidate graph (checked).
         * The candidate graph may contain arcs added after the solve (they carry no flow).
         *
         * @param fresh true right after a solve: then a negative cycle is a bug; otherwise it means the added arcs
         *              improve the solution, and null is returned (also when the search takes too long)
         */
        long[] potentials(Solution sol, boolean fresh) {
            final int s = 0;
            final int t = 1;
            final int n = 2 + projectCount + mentorCount;
            // residual arcs as (tail, head, cost), CSR
            long candidateArcs = 0;
            for (int p = 0; p < projectCount; p++) {
                candidateArcs += candCount[p];
            }
            int maxArcs = Math.toIntExact(candidateArcs + 2L * projectCount + 2L * mentorCount + 2);
            int[] tail = new int[maxArcs];
            int[] head = new int[maxArcs];
            long[] cost = new long[maxArcs];
            int e = 0;
            boolean[] inModel = new boolean[mentorCount];
            for (int p = 0; p < projectCount; p++) {
                if (freeSlots[p] <= 0) {
                    continue;
                }
                int pn = 2 + p;
                if (sol.projectFlow()[p] < freeSlots[p]) {
                    tail[e] = s; head[e] = pn; cost[e++] = 0;
                }
                if (sol.projectFlow()[p] > 0) {
                    tail[e] = pn; head[e] = s; cost[e++] = 0;
                }
                for (int r = 0; r < candCount[p]; r++) {
                    int mn = 2 + projectCount + cand[p][r];
                    inModel[cand[p][r]] = true;
                    long w = big + candQ[p][r];
                    if (sol.used(p, r)) {
                        tail[e] = mn; head[e] = pn; cost[e++] = w;
                    } else {
                        tail[e] = pn; head[e] = mn; cost[e++] = -w;
                    }
                }
            }
            for (int m = 0; m < mentorCount; m++) {
                if (!inModel[m]) {
                    continue;
                }
                int mn = 2 + projectCount + m;
                if (sol.mentorLoad()[m] < freeCapacity[m]) {
                    tail[e] = mn; head[e] = t; cost[e++] = 0;
                }
                if (sol.mentorLoad()[m] > 0) {
                    tail[e] = t; head[e] = mn; cost[e++] = 0;
                }
            }
            tail[e] = t; head[e] = s; cost[e++] = 0;
            if (sol.flow() > 0) {
                tail[e] = s; head[e] = t; cost[e++] = 0;
            }
            final int arcs = e;
            int[] first = new int[n + 1];
            for (int i = 0; i < arcs; i++) {
                first[tail[i] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                first[i + 1] += first[i];
            }
            int[] fill = Arrays.copyOf(first, n);
            int[] adjHead = new int[arcs];
            long[] adjCost = new long[arcs];
            for (int i = 0; i < arcs; i++) {
                int slot = fill[tail[i]]++;
                adjHead[slot] = head[i];
                adjCost[slot] = cost[i];
            }
            // SPFA from the source
            // After a repair round the old distances are lengths of paths that still exist, hence upper bounds:
            // restart from them and only from the projects that got new arcs.
            long[] dist;
            int[] queue = new int[n + 1];
            boolean[] queued = new boolean[n];
            int[] enqueued = new int[n];
            int qh = 0;
            int qt = 0;
            if (fresh || lastDist == null) {
                dist = new long[n];
                Arrays.fill(dist, INF);
                dist[s] = 0;
                queue[qt++] = s;
                queued[s] = true;
            } else {
                dist = lastDist.clone();
                for (int p : lastAdded) {
                    queue[qt++] = 2 + p;
                    queued[2 + p] = true;
                }
            }
            // a fresh search needs about one visit per node here; a long warm search means a negative cycle
            long budget = fresh ? Long.MAX_VALUE : 2L * n + 1000; // node visits
            while (qh != qt) {
                if (--budget < 0) {
                    return null;
                }
                int u = queue[qh];
                qh = qh + 1 == queue.length ? 0 : qh + 1;
                queued[u] = false;
                long du = dist[u];
                for (int i = first[u]; i < first[u + 1]; i++) {
                    int v = adjHead[i];
                    long nd = du + adjCost[i];
                    if (nd < dist[v]) {
                        dist[v] = nd;
                        if (!queued[v]) {
                            if (++enqueued[v] > n) {
                                if (!fresh) {
                                    return null;
                                }
                                throw new IllegalStateException("negative cycle in the residual graph: solution not optimal");
                            }
                            queued[v] = true;
                            queue[qt] = v;
                            qt = qt + 1 == queue.length ? 0 : qt + 1;
                        }
                    }
                }
            }
            lastDist = dist;
            long[] pi = new long[n];
            pi[s] = 0;
            pi[t] = 0;
            for (int p = 0; p < projectCount; p++) {
                pi[2 + p] = dist[2 + p];
            }
            for (int m = 0; m < mentorCount; m++) {
                int mn = 2 + projectCount + m;
                boolean saturated = inModel[m] && sol.mentorLoad()[m] >= freeCapacity[m];
                pi[mn] = saturated ? dist[mn] : 0;
            }
            // verify reduced costs on every residual arc of the model
            for (int i = 0; i < arcs; i++) {
                if (pi[head[i]] > pi[tail[i]] + cost[i] || pi[head[i]] >= INF) {
                    throw new IllegalStateException("optimality certificate failed on a model arc");
                }
            }
            return pi;
        }

        /**
         * Checks every pruned arc against the potentials; adds violating arcs to the candidate lists.
         *
         * @return true if arcs were added (the model must be solved again)
         */
        boolean repair(Solution sol, long[] pi, int round) {
            List<Integer> toScan = new ArrayList<>();
            for (int p = 0; p < projectCount; p++) {
                if (freeSlots[p] <= 0 || bound[p] == NONE) {
                    continue;
                }
                if (pi[2 + p] >= big + bound[p]) {
                    continue;
                }
                toScan.add(p);
            }
            if (toScan.isEmpty()) {
                return false;
            }
            scannedProjects += toScan.size();
            int perProject = (int) Math.min(1 << 20, (long) Math.max(16, options.minCandidates()) << Math.min(16, round - 1));
            int[][] additions = new int[projectCount][];
            long[][] additionQ = new long[projectCount][];
            toScan.parallelStream().forEach(p -> {
                long piP = pi[2 + p];
                int[] skip = union(excluded[p], cand[p], candCount[p]);
                double minScore = Math.max(0.0, (double) (piP - big - 2) / scale - 1e-12);
                Violators violators = new Violators(perProject);
                index.scan(profiles[p], orgIds[p], skip, unavailable, minScore, (m, score) -> {
                    long q = quantize(score, scale);
                    long piM = pi[2 + projectCount + m];
                    if (big + q + piM > piP) {
                        violators.offer(q + piM, m, q);
                    }
                });
                if (violators.size > 0) {
                    additions[p] = Arrays.copyOf(violators.mentors, violators.size);
                    additionQ[p] = Arrays.copyOf(violators.q, violators.size);
                }
            });
            boolean added = false;
            List<Integer> addedTo = new ArrayList<>();
            for (int p : toScan) {
                if (additions[p] == null) {
                    continue;
                }
                added = true;
                addedTo.add(p);
                int n = candCount[p];
                int extra = additions[p].length;
                cand[p] = Arrays.copyOf(cand[p], n + extra);
                candQ[p] = Arrays.copyOf(candQ[p], n + extra);
                System.arraycopy(additions[p], 0, cand[p], n, extra);
                System.arraycopy(additionQ[p], 0, candQ[p], n, extra);
                candCount[p] = n + extra;
                addedArcs += extra;
            }
            lastAdded = addedTo.stream().mapToInt(Integer::intValue).toArray();
            return added;
        }

        /** The {@code limit} most violating pruned arcs of one project (bounded min-heap on the violation key). */
        private static final class Violators {
            final long[] key;
            final int[] mentors;
            final long[] q;
            int size;

            Violators(int limit) {
                key = new long[limit];
                mentors = new int[limit];
                q = new long[limit];
            }

            void offer(long k, int m, long qm) {
                if (size < key.length) {
                    int c = size++;
                    while (c > 0) {
                        int parent = (c - 1) >>> 1;
                        if (key[parent] <= k) {
                            break;
                        }
                        move(parent, c);
                        c = parent;
                    }
                    set(c, k, m, qm);
                } else if (k > key[0]) {
                    int c = 0;
                    while (true) {
                        int l = 2 * c + 1;
                        if (l >= size) {
                            break;
                        }
                        int r = l + 1;
                        int w = r < size && key[r] < key[l] ? r : l;
                        if (key[w] >= k) {
                            break;
                        }
                        move(w, c);
                        c = w;
                    }
                    set(c, k, m, qm);
                }
            }

            private void move(int from, int to) {
                key[to] = key[from];
                mentors[to] = mentors[from];
                q[to] = q[from];
            }

            private void set(int i, long k, int m, long qm) {
                key[i] = k;
                mentors[i] = m;
                q[i] = qm;
            }
        }

        private static int[] union(int[] sortedA, int[] b, int bCount) {
            int[] out = Arrays.copyOf(sortedA, sortedA.length + bCount);
            System.arraycopy(b, 0, out, sortedA.length, bCount);
            Arrays.sort(out);
            return out;
        }

        // ------------------------------------------------------------ result

        AssignmentResult result(Solution sol, int solves, boolean pruned) {
            List<Project> projects = problem.projects();
            Map<String, List<Assignment>> byProject = new HashMap<>();
            for (Assignment a : pinned) {
                byProject.computeIfAbsent(a.project(), k -> new ArrayList<>()).add(a);
            }
            long arcs = 0;
            for (int p = 0; p < projectCount; p++) {
                arcs += candCount[p];
                for (int a = sol.arcStart()[p]; a < sol.arcStart()[p + 1]; a++) {
                    if (sol.used()[a]) {
                        int m = cand[p][a - sol.arcStart()[p]];
                        Explanation e = index.explainAt(profiles[p], m);
                        explanations.put(new Pair(projects.get(p).id(), index.idAt(m)), e);
                        byProject.computeIfAbsent(projects.get(p).id(), k -> new ArrayList<>())
                                .add(new Assignment(projects.get(p).id(), index.idAt(m), e.score(), false));
                    }
                }
            }
            List<Assignment> assignments = new ArrayList<>();
            List<Unfilled> unfilled = new ArrayList<>();
            double total = 0;
            for (Project pr : projects) {
                List<Assignment> list = byProject.getOrDefault(pr.id(), List.of());
                List<Assignment> sorted = new ArrayList<>(list);
                sorted.sort(Comparator.comparing(Assignment::mentor));
                for (Assignment a : sorted) {
                    assignments.add(a);
                    total += a.score();
                }
                if (list.size() < pr.slots()) {
                    unfilled.add(new Unfilled(pr.id(), pr.slots() - list.size()));
                }
            }
            return new AssignmentResult(assignments, unfilled, assignments.size(), total,
                    new AssignmentResult.Stats(pruned, solves, arcs, addedArcs, scannedProjects, scale,
                            candidateNanos, solveNanos, certifyNanos), explanations);
        }
    }
}
