package org.crossfield.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * In-memory index of mentor levels for fast top-k queries.
 *
 * <p>Levels are stored column-per-competency ({@code byte[competency][mentor]}), organisations as ints. A query compiles
 * the project once ({@link ProjectProfile}), then scans the mentor positions with a bounded heap of size k: no
 * allocation and no boxing per mentor. Order: score descending, then fewer unmet requirements, then mentor id
 * ascending.
 *
 * <p>Thread safety: queries take the read lock, {@link #upsert} and {@link #remove} the write lock, so any number of
 * readers run in parallel and always see a consistent index. Upsert and remove are O(number of competencies)
 * amortised (arrays grow by doubling; removal moves the last mentor into the freed position).
 */
public final class MentorIndex {

    static final int NO_ORGANISATION = -2;
    static final int UNKNOWN_ORGANISATION = -1;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private int size;
    private int capacityOfArrays;
    private String[] ids;
    private int[] organisations;
    private int[] capacities;
    /** masks[position]: bit c set if the mentor has a non-zero level in column c (c &lt; 64). */
    private long[] masks;
    /** columns[c][position]: level of competency c. */
    private byte[][] columns;
    /** bits[c][block]: bit i set if mentor block·64+i has a non-zero level in column c. */
    private long[][] bits;
    /** Number of competency columns in use ({@code columns} and {@code bits} have room for more). */
    private int columnCount;
    private byte[] zeros;
    private final Map<String, Integer> columnOf = new HashMap<>();
    private final List<String> competencyCodes = new ArrayList<>();
    private final Map<String, Integer> organisationIdOf = new HashMap<>();
    private final List<String> organisationNames = new ArrayList<>();
    private final Map<String, Integer> positionOf = new HashMap<>();

    public MentorIndex() {
        this(16);
    }

    private MentorIndex(int initialCapacity) {
        capacityOfArrays = Math.max(64, (initialCapacity + 63) & ~63);
        ids = new String[capacityOfArrays];
        organisations = new int[capacityOfArrays];
        capacities = new int[capacityOfArrays];
        masks = new long[capacityOfArrays];
        columns = new byte[0][];
        bits = new long[0][];
        zeros = new byte[capacityOfArrays];
    }

    /** Builds an index of the given mentors; positions follow the iteration order. Duplicate ids: the last wins. */
    public static MentorIndex of(Collection<Mentor> mentors) {
        MentorIndex index = new MentorIndex(mentors.size());
        for (Mentor m : mentors) {
            index.upsertUnlocked(m);
        }
        return index;
    }

    /** Adds a mentor or replaces the mentor with the same id. */
    public void upsert(Mentor mentor) {
        lock.writeLock().lock();
        try {
            upsertUnlocked(mentor);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes a mentor; returns false if it was not there. */
    public boolean remove(String mentorId) {
        lock.writeLock().lock();
        try {
            Integer pos = positionOf.remove(mentorId);
            if (pos == null) {
                return false;
            }
            int last = size - 1;
            if (pos != last) {
                ids[pos] = ids[last];
                organisations[pos] = organisations[last];
                capacities[pos] = capacities[last];
                masks[pos] = masks[last];
                for (int c = 0; c < columnCount; c++) {
                    columns[c][pos] = columns[c][last];
                    setBit(bits[c], pos, columns[c][pos] != 0);
                }
                positionOf.put(ids[pos], pos);
            }
            ids[last] = null;
            masks[last] = 0;
            for (int c = 0; c < columnCount; c++) {
                columns[c][last] = 0;
                setBit(bits[c], last, false);
            }
            size--;
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Number of mentors. */
    public int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The mentor as stored (levels of 0 are not listed). */
    public Optional<Mentor> get(String mentorId) {
        lock.readLock().lock();
        try {
            Integer pos = positionOf.get(mentorId);
            if (pos == null) {
                return Optional.empty();
            }
            Map<String, Integer> levels = new HashMap<>();
            for (int c = 0; c < columnCount; c++) {
                if (columns[c][pos] != 0) {
                    levels.put(competencyCodes.get(c), (int) columns[c][pos]);
                }
            }
            int org = organisations[pos];
            return Optional.of(new Mentor(ids[pos], org < 0 ? null : organisationNames.get(org), capacities[pos], levels));
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The k best eligible mentors for a project, best first. Eligibility here means: not of the project's
     * organisation, not in {@code excludedMentorIds} (pass the project's conflicts and forbids), and meeting every
     * must-have. Capacity is not considered.
     *
     * @param requirements        the project's requirements
     * @param projectOrganisation the project's organisation or null
     * @param excludedMentorIds   mentor ids to leave out (unknown ids are ignored)
     * @param k                   maximum number of results, &gt;= 1
     * @return explanations of at most k mentors, all {@link Eligibility#ELIGIBLE}
     */
    public List<Explanation> topK(List<Requirement> requirements, String projectOrganisation,
                                  Collection<String> excludedMentorIds, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        ProjectProfile profile = Scoring.profile(requirements);
        lock.readLock().lock();
        try {
            int[] excluded = positions(excludedMentorIds);
            Selection sel = new Selection();
            select(profile, organisationId(projectOrganisation), excluded, null, k, sel);
            List<Explanation> out = new ArrayList<>(sel.count);
            for (int r = 0; r < sel.count; r++) {
                out.add(explainAt(profile, sel.idx[r]));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** {@link #topK(List, String, Collection, int)} for a project record. */
    public List<Explanation> topK(Project project, Collection<String> excludedMentorIds, int k) {
        return topK(project.requirements(), project.organisation(), excludedMentorIds, k);
    }

    // ---------------------------------------------------------------- package-private fast paths (no locking)

    int sizeUnlocked() {
        return size;
    }

    String idAt(int pos) {
        return ids[pos];
    }

    int capacityAt(int pos) {
        return capacities[pos];
    }

    int organisationId(String organisation) {
        if (organisation == null) {
            return UNKNOWN_ORGANISATION;
        }
        Integer id = organisationIdOf.get(organisation);
        return id == null ? UNKNOWN_ORGANISATION : id;
    }

    int position(String mentorId) {
        Integer pos = positionOf.get(mentorId);
        return pos == null ? -1 : pos;
    }

    int[] positions(Collection<String> mentorIds) {
        if (mentorIds == null || mentorIds.isEmpty()) {
            return new int[0];
        }
        int[] out = new int[mentorIds.size()];
        int n = 0;
        for (String id : mentorIds) {
            Integer pos = positionOf.get(id);
            if (pos != null) {
                out[n++] = pos;
            }
        }
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }

    Explanation explainAt(ProjectProfile profile, int pos) {
        int[] levels = new int[profile.size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = column(profile.competencies[i])[pos];
        }
        return profile.explain(ids[pos], levels, Eligibility.ELIGIBLE, false);
    }

    private byte[] column(String competency) {
        Integer c = columnOf.get(competency);
        return c == null ? zeros : columns[c];
    }

    /** Largest number of requirement columns for which the bitmask prefilter is used (table of 2^n bounds). */
    static final int MAX_FILTER_BITS = 12;

    /** Reusable per-thread buffers of a selection. Results are best first. */
    static final class Selection {
        int[] idx = new int[16];
        double[] score = new double[16];
        int[] unmet = new int[16];
        int count;
        byte[][] cols = new byte[8][];
        byte[][] mustCols = new byte[4][];
        int[] mustLevels = new int[4];
        /** Upper bound of the score per compressed mask of matched requirement columns. */
        double[] bound = new double[1 << MAX_FILTER_BITS];
        double[] bitWeight = new double[MAX_FILTER_BITS];

        private long[][] reqBits = new long[8][];
        private long[][] mustBits = new long[4][];
        private double[] prefix = new double[9];

        long[][] reqBits(int n) {
            if (reqBits.length < n) {
                reqBits = new long[n][];
            }
            return reqBits;
        }

        long[][] mustBits(int n) {
            if (mustBits.length < n) {
                mustBits = new long[n][];
            }
            return mustBits;
        }

        private double[] weights = new double[8];

        double[] weights(int n) {
            if (weights.length < n) {
                weights = new double[n];
            }
            return weights;
        }

        double[] prefix(int n) {
            if (prefix.length < n) {
                prefix = new double[n];
            }
            return prefix;
        }

        void ensure(int k, int requirements, int musts) {
            if (idx.length < k) {
                idx = new int[k];
                score = new double[k];
                unmet = new int[k];
            }
            if (cols.length < requirements) {
                cols = new byte[requirements][];
            }
            if (mustCols.length < musts) {
                mustCols = new byte[musts][];
                mustLevels = new int[musts];
            }
        }
    }

    /**
     * Selects the k best eligible mentors into {@code sel} (best first) and returns how many were found.
     *
     * @param excluded    sorted positions to skip
     * @param unavailable positions to skip, or null
     */
    int select(ProjectProfile profile, int orgId, int[] excluded, boolean[] unavailable, int k, Selection sel) {
        final int n = size;
        k = Math.min(k, n);
        final int reqs = profile.size();
        final int musts = profile.mustHaveIndices.length;
        sel.ensure(Math.max(k, 1), reqs, musts);
        sel.count = 0;
        if (k == 0) {
            return 0;
        }
        final byte[][] cols = sel.cols;
        for (int i = 0; i < reqs; i++) {
            cols[i] = column(profile.competencies[i]);
        }
        final byte[][] mustCols = sel.mustCols;
        final int[] mustLevels = sel.mustLevels;
        for (int j = 0; j < musts; j++) {
            int i = profile.mustHaveIndices[j];
            mustCols[j] = cols[i];
            mustLevels[j] = profile.required[i];
        }
        final int[] required = profile.required;
        final double[] terms = profile.terms;
        final double total = profile.totalWeight;
        final int[] orgs = organisations;
        final long[] mentorMasks = masks;
        // Bitmask prefilter: an exact upper bound of the score from which requirement columns are non-zero.
        long reqMask = 0;
        long mustMask = 0;
        double base = 0;
        for (int i = 0; i < reqs; i++) {
            Integer c = columnOf.get(profile.competencies[i]);
            if (c == null) {
                continue; // nobody has it: the term is 0 for every mentor
            }
            if (c < 64) {
                reqMask |= 1L << c;
                if (profile.mustHave[i]) {
                    mustMask |= 1L << c;
                }
            } else {
                base += profile.weights[i];
            }
        }
        final int filterBits = Long.bitCount(reqMask);
        final boolean filter = total > 0 && filterBits <= MAX_FILTER_BITS;
        final double[] bound = sel.bound;
        if (filter) {
            double[] bw = sel.bitWeight;
            int j = 0;
            for (long rest = reqMask; rest != 0; rest &= rest - 1) {
                int c = Long.numberOfTrailingZeros(rest);
                for (int i = 0; i < reqs; i++) {
                    Integer col = columnOf.get(profile.competencies[i]);
                    if (col != null && col == c) {
                        bw[j] = profile.weights[i];
                    }
                }
                j++;
            }
            bound[0] = base;
            for (int x = 1; x < (1 << filterBits); x++) {
                int low = Integer.numberOfTrailingZeros(x);
                bound[x] = bound[x & (x - 1)] + bw[low];
            }
            for (int x = 0; x < (1 << filterBits); x++) {
                // relative margin covers the different summation order of the exact score
                bound[x] = bound[x] / total * (1 + 1e-9) + 1e-12;
            }
        }
        final long filterMask = filter ? reqMask : 0;
        final int[] hIdx = sel.idx;
        final double[] hScore = sel.score;
        final int[] hUnmet = sel.unmet;
        final boolean anyExcluded = excluded.length > 0;
        int count = 0;
        double worst = Double.NEGATIVE_INFINITY;
        double cutoff = Double.NEGATIVE_INFINITY;
        // Block filter: 64 mentors at a time, count (bit-sliced) how many required competencies each has at a
        // non-zero level; a mentor with c such competencies scores at most prefix[c] / total, so whole groups of
        // mentors are skipped without looking at them one by one.
        long[][] reqBits = sel.reqBits(reqs);
        double[] prefix = sel.prefix(reqs + 1);
        int present = 0;
        long[][] mustBits = sel.mustBits(musts);
        int mustPresent = 0;
        boolean impossible = false;
        double[] ws = sel.weights(reqs);
        for (int i = 0; i < reqs; i++) {
            Integer c = columnOf.get(profile.competencies[i]);
            if (c == null) {
                if (profile.mustHave[i]) {
                    impossible = true; // nobody has a must-have competency
                }
                continue;
            }
            reqBits[present] = bits[c];
            ws[present++] = profile.weights[i];
            if (profile.mustHave[i]) {
                mustBits[mustPresent++] = bits[c];
            }
        }
        if (impossible) {
            sel.count = 0;
            return 0;
        }
        Arrays.sort(ws, 0, present);
        prefix[0] = 0;
        for (int c = 1; c <= present; c++) {
            prefix[c] = prefix[c - 1] + ws[present - c];
        }
        for (int c = 0; c <= present; c++) {
            prefix[c] = total == 0 ? Double.POSITIVE_INFINITY : prefix[c] / total * (1 + 1e-9) + 1e-12;
        }
        final boolean blockFilter = total > 0 && present <= 30; // minMatches <= 31 fits 5 bit slices
        int minMatches = 0;
        final int blocks = (n + 63) >>> 6;
        for (int block = 0; block < blocks; block++) {
            long cand = block == blocks - 1 && (n & 63) != 0 ? (1L << (n & 63)) - 1 : -1L;
            for (int j = 0; j < mustPresent && cand != 0; j++) {
                cand &= mustBits[j][block];
            }
            if (cand == 0) {
                continue;
            }
            if (blockFilter && minMatches > 0) {
                cand &= atLeast(reqBits, present, block, minMatches);
            }
            candidates:
            while (cand != 0) {
                final int m = (block << 6) + Long.numberOfTrailingZeros(cand);
                cand &= cand - 1;
                long mm = mentorMasks[m];
                if ((mm & mustMask) != mustMask) {
                    continue;
                }
                if (filter && bound[(int) Long.compress(mm, filterMask)] < cutoff) {
                    continue;
                }
                if (orgs[m] == orgId) {
                    continue;
                }
                for (int j = 0; j < musts; j++) {
                    if (mustCols[j][m] < mustLevels[j]) {
                        continue candidates;
                    }
                }
                double num = 0;
                for (int i = 0, b = 0; i < reqs; i++, b += ProjectProfile.LEVELS) {
                    num += terms[b + cols[i][m]];
                }
                double score = total == 0 ? 1.0 : num / total;
                if (count == k && score < cutoff) {
                    continue;
                }
                if (anyExcluded && Arrays.binarySearch(excluded, m) >= 0) {
                    continue;
                }
                if (unavailable != null && unavailable[m]) {
                    continue;
                }
                int unmet = 0;
                for (int i = 0; i < reqs; i++) {
                    if (cols[i][m] < required[i]) {
                        unmet++;
                    }
                }
                if (count < k) {
                    // sift up: root holds the worst
                    int c = count++;
                    while (c > 0) {
                        int parent = (c - 1) >>> 1;
                        if (!worse(score, unmet, m, hScore[parent], hUnmet[parent], hIdx[parent])) {
                            break;
                        }
                        hIdx[c] = hIdx[parent];
                        hScore[c] = hScore[parent];
                        hUnmet[c] = hUnmet[parent];
                        c = parent;
                    }
                    hIdx[c] = m;
                    hScore[c] = score;
                    hUnmet[c] = unmet;
                } else {
                    if (!worse(hScore[0], hUnmet[0], hIdx[0], score, unmet, m)) {
                        continue;
                    }
                    siftDown(hIdx, hScore, hUnmet, count, m, score, unmet);
                }
                if (count == k) {
                    worst = hScore[0];
                    // a score within TIE of the worst kept one still competes on unmet requirements and id
                    cutoff = worst - Scoring.TIE;
                    while (minMatches <= present && prefix[minMatches] < cutoff) {
                        minMatches++;
                    }
                }
            }
        }
        sel.count = count;
        // heap sort: repeatedly move the worst to the end
        for (int end = count - 1; end > 0; end--) {
            int mi = hIdx[0];
            double ms = hScore[0];
            int mu = hUnmet[0];
            siftDown(hIdx, hScore, hUnmet, end, hIdx[end], hScore[end], hUnmet[end]);
            hIdx[end] = mi;
            hScore[end] = ms;
            hUnmet[end] = mu;
        }
        sel.count = count;
        return count;
    }

    /** Places (m, score, unmet) at the root of a heap of the given size and restores the heap order. */
    private void siftDown(int[] hIdx, double[] hScore, int[] hUnmet, int size, int m, double score, int unmet) {
        int c = 0;
        while (true) {
            int l = 2 * c + 1;
            if (l >= size) {
                break;
            }
            int r = l + 1;
            int w = l;
            if (r < size && worse(hScore[r], hUnmet[r], hIdx[r], hScore[l], hUnmet[l], hIdx[l])) {
                w = r;
            }
            if (!worse(hScore[w], hUnmet[w], hIdx[w], score, unmet, m)) {
                break;
            }
            hIdx[c] = hIdx[w];
            hScore[c] = hScore[w];
            hUnmet[c] = hUnmet[w];
            c = w;
        }
        hIdx[c] = m;
        hScore[c] = score;
        hUnmet[c] = unmet;
    }

    /** True if a ranks after b: lower score, then more unmet, then larger id. */
    private boolean worse(double sa, int ua, int a, double sb, int ub, int b) {
        int c = Scoring.compareScores(sa, sb);
        if (c != 0) {
            return c < 0;
        }
        if (ua != ub) {
            return ua > ub;
        }
        return ids[a].compareTo(ids[b]) > 0;
    }

    /**
     * Bit i of the result is set if mentor block·64+i has a non-zero level in at least {@code minMatches} of the
     * given bit columns (bit-sliced counting, 5 bits: at most 30 columns, minMatches ≤ 31).
     */
    private static long atLeast(long[][] reqBits, int present, int block, int minMatches) {
        long s0 = 0;
        long s1 = 0;
        long s2 = 0;
        long s3 = 0;
        long s4 = 0;
        for (int i = 0; i < present; i++) {
            long x = reqBits[i][block];
            long t = s0 & x;
            s0 ^= x;
            long u = s1 & t;
            s1 ^= t;
            t = s2 & u;
            s2 ^= u;
            u = s3 & t;
            s3 ^= t;
            s4 ^= u;
        }
        long eq = -1L;
        long gt = 0;
        for (int bit = 4; bit >= 0; bit--) {
            long sl = bit == 4 ? s4 : bit == 3 ? s3 : bit == 2 ? s2 : bit == 1 ? s1 : s0;
            if (((minMatches >>> bit) & 1) == 0) {
                gt |= eq & sl;
                eq &= ~sl;
            } else {
                eq &= sl;
            }
        }
        return gt | eq;
    }

    /** Receives mentors from {@link #scan}. */
    interface ScanConsumer {
        void accept(int position, double score);
    }

    /**
     * Calls {@code consumer} for every eligible, not excluded, available mentor whose score is &gt;= minScore, in
     * position order.
     */
    void scan(ProjectProfile profile, int orgId, int[] excluded, boolean[] unavailable, double minScore,
              ScanConsumer consumer) {
        final int n = size;
        final int reqs = profile.size();
        byte[][] cols = new byte[reqs][];
        long[][] reqBits = new long[reqs][];
        double[] ws = new double[reqs];
        long[][] mustBits = new long[reqs][];
        int present = 0;
        int mustPresent = 0;
        for (int i = 0; i < reqs; i++) {
            Integer c = columnOf.get(profile.competencies[i]);
            cols[i] = c == null ? zeros : columns[c];
            if (c == null) {
                if (profile.mustHave[i]) {
                    return; // nobody has a must-have competency
                }
                continue;
            }
            reqBits[present] = bits[c];
            ws[present++] = profile.weights[i];
            if (profile.mustHave[i]) {
                mustBits[mustPresent++] = bits[c];
            }
        }
        final int[] mustIdx = profile.mustHaveIndices;
        final int[] required = profile.required;
        final double[] terms = profile.terms;
        final double total = profile.totalWeight;
        // fewest non-zero competencies a mentor needs to reach minScore (same bound as in select)
        Arrays.sort(ws, 0, present);
        int minMatches = 0;
        if (total > 0 && present <= 30) {
            double prefix = 0;
            while (minMatches <= present && prefix / total * (1 + 1e-9) + 1e-12 < minScore) {
                if (minMatches < present) {
                    prefix += ws[present - 1 - minMatches];
                }
                minMatches++;
            }
        }
        final int blocks = (n + 63) >>> 6;
        for (int block = 0; block < blocks; block++) {
            long cand = block == blocks - 1 && (n & 63) != 0 ? (1L << (n & 63)) - 1 : -1L;
            for (int j = 0; j < mustPresent && cand != 0; j++) {
                cand &= mustBits[j][block];
            }
            if (cand != 0 && minMatches > 0) {
                cand &= atLeast(reqBits, present, block, minMatches);
            }
            candidates:
            while (cand != 0) {
                final int m = (block << 6) + Long.numberOfTrailingZeros(cand);
                cand &= cand - 1;
                if (organisations[m] == orgId) {
                    continue;
                }
                for (int i : mustIdx) {
                    if (cols[i][m] < required[i]) {
                        continue candidates;
                    }
                }
                double num = 0;
                for (int i = 0, base = 0; i < reqs; i++, base += ProjectProfile.LEVELS) {
                    num += terms[base + cols[i][m]];
                }
                double score = total == 0 ? 1.0 : num / total;
                if (score < minScore) {
                    continue;
                }
                if (excluded.length > 0 && Arrays.binarySearch(excluded, m) >= 0) {
                    continue;
                }
                if (unavailable != null && unavailable[m]) {
                    continue;
                }
                consumer.accept(m, score);
            }
        }
    }

    // ---------------------------------------------------------------- mutation

    private void upsertUnlocked(Mentor mentor) {
        Integer existing = positionOf.get(mentor.id());
        int pos;
        if (existing != null) {
            pos = existing;
            for (int c = 0; c < columnCount; c++) {
                columns[c][pos] = 0;
                setBit(bits[c], pos, false);
            }
        } else {
            if (size == capacityOfArrays) {
                grow();
            }
            pos = size++;
            positionOf.put(mentor.id(), pos);
        }
        ids[pos] = mentor.id();
        capacities[pos] = mentor.capacity();
        long mask = 0;
        if (mentor.organisation() == null) {
            organisations[pos] = NO_ORGANISATION;
        } else {
            Integer org = organisationIdOf.get(mentor.organisation());
            if (org == null) {
                org = organisationNames.size();
                organisationNames.add(mentor.organisation());
                organisationIdOf.put(mentor.organisation(), org);
            }
            organisations[pos] = org;
        }
        for (Map.Entry<String, Integer> e : mentor.levels().entrySet()) {
            if (e.getValue() == 0) {
                continue;
            }
            Integer c = columnOf.get(e.getKey());
            if (c == null) {
                c = columnCount++;
                if (c == columns.length) {
                    // geometric growth: adding C competencies one at a time costs O(C), not O(C²)
                    int more = Math.max(8, c);
                    columns = Arrays.copyOf(columns, c + more);
                    bits = Arrays.copyOf(bits, c + more);
                }
                columns[c] = new byte[capacityOfArrays];
                bits[c] = new long[capacityOfArrays >>> 6];
                columnOf.put(e.getKey(), c);
                competencyCodes.add(e.getKey());
            }
            columns[c][pos] = (byte) (int) e.getValue();
            setBit(bits[c], pos, true);
            if (c < 64) {
                mask |= 1L << c;
            }
        }
        masks[pos] = mask;
    }

    private static void setBit(long[] words, int pos, boolean on) {
        if (on) {
            words[pos >>> 6] |= 1L << pos;
        } else {
            words[pos >>> 6] &= ~(1L << pos);
        }
    }

    private void grow() {
        int cap = capacityOfArrays * 2;
        ids = Arrays.copyOf(ids, cap);
        organisations = Arrays.copyOf(organisations, cap);
        capacities = Arrays.copyOf(capacities, cap);
        masks = Arrays.copyOf(masks, cap);
        for (int c = 0; c < columnCount; c++) {
            columns[c] = Arrays.copyOf(columns[c], cap);
            bits[c] = Arrays.copyOf(bits[c], cap >>> 6);
        }
        zeros = new byte[cap];
        capacityOfArrays = cap;
    }
}
