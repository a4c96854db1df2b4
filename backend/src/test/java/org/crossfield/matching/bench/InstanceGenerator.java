package org.crossfield.matching.bench;

import org.crossfield.matching.engine.AssignmentProblem;
import org.crossfield.matching.engine.Eligibility;
import org.crossfield.matching.engine.Mentor;
import org.crossfield.matching.engine.Pair;
import org.crossfield.matching.engine.Project;
import org.crossfield.matching.engine.Requirement;
import org.crossfield.matching.engine.Scoring;
import org.crossfield.matching.engine.StableProblem;
import org.crossfield.matching.engine.Student;
import org.crossfield.matching.engine.SupervisedProject;
import org.crossfield.matching.engine.Supervisor;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic (seeded) generator of realistic matching instances over the competency codes of
 * {@code db/data/competencies.csv}.
 *
 * <p>Mentors: 1–2 "home" competency groups in which they hold 3–8 competencies at levels skewed towards 3–4, plus
 * 1–4 scattered competencies at levels 1–3; capacity 1 (50 %), 2 (35 %) or 3 (15 %); 10 % work at a university,
 * the rest at one of 2,000 companies. Projects: ~8 requirements (6–10) mostly from 1–2 groups, required level 2–5,
 * weights 1/1.5/2/3, 8 % of requirements must-have; 1 slot (70 %) or 2; owned by one of 200 universities. Stable
 * instances: projects of varying popularity (Zipf-like), 3–4 projects per supervisor, supervisors rank every student
 * who applied to one of their projects by a noisy student quality.
 */
public final class InstanceGenerator {

    /** Competency codes grouped by their group, in file order. */
    public static final Map<String, List<String>> GROUPS = loadGroups();
    public static final List<String> CODES = GROUPS.values().stream().flatMap(List::stream).toList();

    private InstanceGenerator() {
    }

    private static Map<String, List<String>> loadGroups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        try (InputStream in = open()) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = r.readLine();
            if (header == null || !header.startsWith("code,group")) {
                throw new IllegalStateException("unexpected competencies.csv header: " + header);
            }
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split(",", 3);
                groups.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(parts[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }

    private static InputStream open() throws IOException {
        InputStream in = InstanceGenerator.class.getResourceAsStream("/db/data/competencies.csv");
        if (in != null) {
            return in;
        }
        for (String p : List.of("../db/src/main/resources/db/data/competencies.csv",
                "db/src/main/resources/db/data/competencies.csv")) {
            if (Files.exists(Path.of(p))) {
                return Files.newInputStream(Path.of(p));
            }
        }
        throw new IOException("competencies.csv not found");
    }

    private static int pick(SplittableRandom rnd, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = rnd.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Mentor levels weights for level 1..5 inside a home group. */
    private static final int[] HOME_LEVEL = {5, 15, 35, 30, 15};
    private static final int[] OTHER_LEVEL = {40, 40, 20};

    public static List<Mentor> mentors(int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<List<String>> groups = new ArrayList<>(GROUPS.values());
        List<Mentor> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Integer> levels = new HashMap<>();
            int homes = rnd.nextInt(100) < 60 ? 1 : 2;
            for (int h = 0; h < homes; h++) {
                List<String> g = groups.get(rnd.nextInt(groups.size()));
                int n = Math.min(g.size(), 3 + rnd.nextInt(6));
                List<String> shuffled = new ArrayList<>(g);
                shuffle(shuffled, rnd);
                for (int j = 0; j < n; j++) {
                    levels.merge(shuffled.get(j), 1 + pick(rnd, HOME_LEVEL), Math::max);
                }
            }
            int scattered = 1 + rnd.nextInt(4);
            for (int j = 0; j < scattered; j++) {
                levels.merge(CODES.get(rnd.nextInt(CODES.size())), 1 + pick(rnd, OTHER_LEVEL), Math::max);
            }
            int capacity = 1 + pick(rnd, new int[] {50, 35, 15});
            String org = rnd.nextInt(100) < 10 ? "uni-" + rnd.nextInt(200) : "company-" + rnd.nextInt(2000);
            out.add(new Mentor(String.format("m%06d", i), org, capacity, levels));
        }
        return out;
    }

    public static List<Project> projects(int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<List<String>> groups = new ArrayList<>(GROUPS.values());
        List<Project> out = new ArrayList<>(count);
        double[] weights = {1.0, 1.0, 1.5, 2.0, 3.0};
        for (int i = 0; i < count; i++) {
            int n = 6 + rnd.nextInt(5);
            Set<String> chosen = new HashSet<>();
            List<Requirement> reqs = new ArrayList<>();
            List<String> g1 = groups.get(rnd.nextInt(groups.size()));
            List<String> g2 = groups.get(rnd.nextInt(groups.size()));
            int guard = 0;
            while (reqs.size() < n && guard++ < 1000) {
                int roll = rnd.nextInt(100);
                List<String> g = roll < 55 ? g1 : roll < 85 ? g2 : CODES;
                String code = g.get(rnd.nextInt(g.size()));
                if (!chosen.add(code)) {
                    continue;
                }
                int level = 2 + pick(rnd, new int[] {25, 40, 25, 10});
                reqs.add(new Requirement(code, level, weights[rnd.nextInt(weights.length)], rnd.nextInt(100) < 8));
            }
            int slots = rnd.nextInt(100) < 70 ? 1 : 2;
            out.add(new Project(String.format("p%05d", i), "uni-" + rnd.nextInt(200), slots, reqs));
        }
        return out;
    }

    /** An assignment instance with a few conflicts, forbids and (valid) pins. */
    public static AssignmentProblem assignment(int projects, int mentors, long seed) {
        List<Project> ps = projects(projects, seed * 31 + 1);
        List<Mentor> ms = mentors(mentors, seed * 31 + 2);
        SplittableRandom rnd = new SplittableRandom(seed * 31 + 3);
        List<Pair> conflicts = new ArrayList<>();
        List<Pair> forbids = new ArrayList<>();
        List<Pair> pins = new ArrayList<>();
        Set<Pair> listed = new HashSet<>();
        for (int i = 0; i < projects / 100; i++) {
            Pair c = new Pair(ps.get(rnd.nextInt(projects)).id(), ms.get(rnd.nextInt(mentors)).id());
            if (listed.add(c)) {
                conflicts.add(c);
            }
            Pair f = new Pair(ps.get(rnd.nextInt(projects)).id(), ms.get(rnd.nextInt(mentors)).id());
            if (listed.add(f)) {
                forbids.add(f);
            }
        }
        Map<String, Integer> pinnedProject = new HashMap<>();
        Map<String, Integer> pinnedMentor = new HashMap<>();
        int wanted = Math.max(1, projects / 200);
        for (int tries = 0; pins.size() < wanted && tries < wanted * 200; tries++) {
            Project p = ps.get(rnd.nextInt(projects));
            Mentor m = ms.get(rnd.nextInt(mentors));
            Pair pair = new Pair(p.id(), m.id());
            if (listed.contains(pair) || !Scoring.explain(p, m, Eligibility.ELIGIBLE).eligible()) {
                continue;
            }
            if (pinnedProject.getOrDefault(p.id(), 0) >= p.slots()
                    || pinnedMentor.getOrDefault(m.id(), 0) >= m.capacity()) {
                continue;
            }
            pinnedProject.merge(p.id(), 1, Integer::sum);
            pinnedMentor.merge(m.id(), 1, Integer::sum);
            listed.add(pair);
            pins.add(pair);
        }
        return new AssignmentProblem(ps, ms, conflicts, pins, forbids);
    }

    /** A stable-mode instance: {@code students} students with {@code prefs} preferences each. */
    public static StableProblem stable(int students, int projects, int prefs, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int supervisors = Math.max(1, projects * 2 / 7);
        List<SupervisedProject> ps = new ArrayList<>(projects);
        for (int p = 0; p < projects; p++) {
            ps.add(new SupervisedProject(String.format("p%05d", p), String.format("l%04d", p % supervisors),
                    1 + pick(rnd, new int[] {40, 35, 25})));
        }
        // Zipf-like popularity: cumulative weights 1/(rank+10)
        double[] cumulative = new double[projects];
        double acc = 0;
        for (int p = 0; p < projects; p++) {
            acc += 1.0 / (p + 10);
            cumulative[p] = acc;
        }
        double[] quality = new double[students];
        List<Student> ss = new ArrayList<>(students);
        List<List<Integer>> applicants = new ArrayList<>(supervisors);
        for (int l = 0; l < supervisors; l++) {
            applicants.add(new ArrayList<>());
        }
        int[] lastSeen = new int[supervisors];
        java.util.Arrays.fill(lastSeen, -1);
        for (int s = 0; s < students; s++) {
            quality[s] = rnd.nextDouble();
            Set<Integer> chosen = new HashSet<>();
            List<String> list = new ArrayList<>(prefs);
            int want = Math.min(prefs, projects);
            while (list.size() < want) {
                double x = rnd.nextDouble() * acc;
                int p = java.util.Arrays.binarySearch(cumulative, x);
                p = p < 0 ? -p - 1 : p;
                p = Math.min(p, projects - 1);
                if (chosen.add(p)) {
                    list.add(ps.get(p).id());
                    int l = p % supervisors;
                    if (lastSeen[l] != s) {
                        lastSeen[l] = s;
                        applicants.get(l).add(s);
                    }
                }
            }
            ss.add(new Student(String.format("s%06d", s), list));
        }
        Random noise = new Random(seed + 7);
        List<Supervisor> ls = new ArrayList<>(supervisors);
        for (int l = 0; l < supervisors; l++) {
            List<Integer> a = applicants.get(l);
            double[] key = new double[students];
            for (int s : a) {
                key[s] = quality[s] + 0.3 * noise.nextDouble();
            }
            a.sort((x, y) -> Double.compare(key[y], key[x]));
            List<String> ranking = new ArrayList<>(a.size());
            for (int s : a) {
                ranking.add(ss.get(s).id());
            }
            ls.add(new Supervisor(String.format("l%04d", l), 4 + rnd.nextInt(9), ranking));
        }
        return new StableProblem(ss, ps, ls);
    }

    private static <T> void shuffle(List<T> list, SplittableRandom rnd) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    // ------------------------------------------------------------------ JSON writing

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public static void write(AssignmentProblem problem, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator g = MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeName("projects");
            g.writeStartArray();
            for (Project p : problem.projects()) {
                g.writeStartObject();
                g.writeStringProperty("id", p.id());
                g.writeStringProperty("organisation", p.organisation());
                g.writeNumberProperty("slots", p.slots());
                g.writeName("requirements");
                g.writeStartArray();
                for (Requirement r : p.requirements()) {
                    g.writeStartObject();
                    g.writeStringProperty("competency", r.competency());
                    g.writeNumberProperty("level", r.level());
                    g.writeNumberProperty("weight", r.weight());
                    g.writeBooleanProperty("mustHave", r.mustHave());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("mentors");
            g.writeStartArray();
            for (Mentor m : problem.mentors()) {
                g.writeStartObject();
                g.writeStringProperty("id", m.id());
                g.writeStringProperty("organisation", m.organisation());
                g.writeNumberProperty("capacity", m.capacity());
                g.writeName("levels");
                g.writeStartObject();
                for (String code : CODES) {
                    Integer l = m.levels().get(code);
                    if (l != null) {
                        g.writeNumberProperty(code, l);
                    }
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            writePairs(g, "conflicts", problem.conflicts());
            writePairs(g, "pins", problem.pins());
            writePairs(g, "forbids", problem.forbids());
            g.writeEndObject();
        }
    }

    private static void writePairs(JsonGenerator g, String name, List<Pair> pairs) {
        g.writeName(name);
        g.writeStartArray();
        for (Pair p : pairs) {
            g.writeStartObject();
            g.writeStringProperty("project", p.project());
            g.writeStringProperty("mentor", p.mentor());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    public static void write(StableProblem problem, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator g = MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeName("students");
            g.writeStartArray();
            for (Student s : problem.students()) {
                g.writeStartObject();
                g.writeStringProperty("id", s.id());
                g.writeName("preferences");
                g.writeStartArray();
                for (String p : s.preferences()) {
                    g.writeString(p);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("projects");
            g.writeStartArray();
            for (SupervisedProject p : problem.projects()) {
                g.writeStartObject();
                g.writeStringProperty("id", p.id());
                g.writeStringProperty("supervisor", p.supervisor());
                g.writeNumberProperty("capacity", p.capacity());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("supervisors");
            g.writeStartArray();
            for (Supervisor l : problem.supervisors()) {
                g.writeStartObject();
                g.writeStringProperty("id", l.id());
                g.writeNumberProperty("capacity", l.capacity());
                g.writeName("ranking");
                g.writeStartArray();
                for (String s : l.ranking()) {
                    g.writeString(s);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /**
     * Writes the large benchmark instances: {@code args[0]} (default target/bench) gets assignment-large.json
     * (10,000 projects × 100,000 mentors) and stable-large.json (100,000 students × 20 preferences).
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        write(assignment(10_000, 100_000, 42), dir.resolve("assignment-large.json"));
        write(stable(100_000, 10_000, 20, 42), dir.resolve("stable-large.json"));
    }
}
