package org.crossfield.matching;

import org.crossfield.matching.engine.AllocationMethod;
import org.crossfield.matching.engine.AssignmentProblem;
import org.crossfield.matching.engine.AssignmentResult;
import org.crossfield.matching.engine.Assignment;
import org.crossfield.matching.engine.Explanation;
import org.crossfield.matching.engine.InvalidInstanceException;
import org.crossfield.matching.engine.Mentor;
import org.crossfield.matching.engine.Pair;
import org.crossfield.matching.engine.Project;
import org.crossfield.matching.engine.Requirement;
import org.crossfield.matching.engine.StableProblem;
import org.crossfield.matching.engine.StableResult;
import org.crossfield.matching.engine.Student;
import org.crossfield.matching.engine.StudentAssignment;
import org.crossfield.matching.engine.SupervisedProject;
import org.crossfield.matching.engine.Supervisor;
import org.crossfield.matching.engine.Unfilled;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streaming JSON reader and writer for the {@code match} contract (Jackson 3 streaming API: no intermediate tree, so
 * large instances read in one pass). Every reading error is an {@link InvalidInstanceException} whose one-line
 * message names the JSON path, e.g. {@code mentors[3].capacity must be >= 0, was -1}. Malformed JSON surfaces as
 * Jackson's {@code StreamReadException}, I/O failures as {@code JacksonIOException}.
 *
 * <p>Required fields: modes optimal/topk: {@code projects}, {@code mentors}; project {@code id}, {@code slots};
 * requirement {@code competency}, {@code level}, {@code weight}; mentor {@code id}, {@code capacity}; pair
 * {@code project}, {@code mentor}. Optional: {@code conflicts}, {@code pins}, {@code forbids} (empty),
 * {@code organisation} (none), {@code requirements} (none), {@code mustHave} (false), {@code levels} (none).
 * Mode stable: everything shown in the contract is required. Unknown fields and duplicate keys are rejected.
 */
public final class MatchJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private MatchJson() {
    }

    // ================================================================== reading

    /** Reads an instance of modes optimal and topk (validated, see {@link AssignmentProblem}). */
    public static AssignmentProblem readAssignmentProblem(InputStream in) {
        try (JsonParser p = MAPPER.createParser(in)) {
            Reader r = new Reader(p);
            r.expect(JsonToken.START_OBJECT, "instance");
            List<Project> projects = null;
            List<Mentor> mentors = null;
            List<Pair> conflicts = List.of();
            List<Pair> pins = List.of();
            List<Pair> forbids = List.of();
            while (r.nextName()) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "projects" -> projects = r.array("projects", r::project);
                    case "mentors" -> mentors = r.array("mentors", r::mentor);
                    case "conflicts" -> conflicts = r.optionalArray("conflicts", r::pair);
                    case "pins" -> pins = r.optionalArray("pins", r::pair);
                    case "forbids" -> forbids = r.optionalArray("forbids", r::pair);
                    default -> throw r.unknown("instance", name);
                }
            }
            r.end();
            r.require(projects, "projects");
            r.require(mentors, "mentors");
            return new AssignmentProblem(projects, mentors, conflicts, pins, forbids);
        }
    }

    /** Reads an instance of mode stable (validated, see {@link StableProblem}). */
    public static StableProblem readStableProblem(InputStream in) {
        try (JsonParser p = MAPPER.createParser(in)) {
            Reader r = new Reader(p);
            r.expect(JsonToken.START_OBJECT, "instance");
            List<Student> students = null;
            List<SupervisedProject> projects = null;
            List<Supervisor> supervisors = null;
            while (r.nextName()) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "students" -> students = r.array("students", r::student);
                    case "projects" -> projects = r.array("projects", r::supervisedProject);
                    case "supervisors" -> supervisors = r.array("supervisors", r::supervisor);
                    default -> throw r.unknown("instance", name);
                }
            }
            r.end();
            r.require(students, "students");
            r.require(projects, "projects");
            r.require(supervisors, "supervisors");
            return new StableProblem(students, projects, supervisors);
        }
    }

    private interface Item<T> {
        T read(String path);
    }

    private static final class Reader {
        private final JsonParser p;

        Reader(JsonParser p) {
            this.p = p;
        }

        void expect(JsonToken token, String path) {
            JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
            if (t != token) {
                throw new InvalidInstanceException(path + " must be " + describe(token) + ", found " + describe(t));
            }
        }

        boolean nextName() {
            JsonToken t = p.nextToken();
            return t == JsonToken.PROPERTY_NAME;
        }

        void end() {
            JsonToken t = p.nextToken();
            if (t != null) {
                throw new InvalidInstanceException("unexpected content after the instance object (line "
                        + p.currentTokenLocation().getLineNr() + ")");
            }
        }

        InvalidInstanceException unknown(String path, String name) {
            return new InvalidInstanceException("unknown field '" + name + "' in " + path);
        }

        <T> T require(T value, String path) {
            if (value == null) {
                throw new InvalidInstanceException("missing field " + path);
            }
            return value;
        }

        <T> List<T> array(String path, Item<T> item) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            expect(JsonToken.START_ARRAY, path);
            List<T> out = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                out.add(item.read(path + "[" + out.size() + "]"));
            }
            return out;
        }

        <T> List<T> optionalArray(String path, Item<T> item) {
            List<T> l = array(path, item);
            return l == null ? List.of() : l;
        }

        String string(String path) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.VALUE_STRING) {
                throw new InvalidInstanceException(path + " must be a string, found " + describe(t));
            }
            return p.getString();
        }

        Integer integer(String path) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.VALUE_NUMBER_INT) {
                throw new InvalidInstanceException(path + " must be an integer, found " + describe(t));
            }
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                throw new InvalidInstanceException(path + " is out of range: " + p.getString());
            }
            return p.getIntValue();
        }

        Double number(String path) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw new InvalidInstanceException(path + " must be a number, found " + describe(t));
            }
            return p.getDoubleValue();
        }

        Boolean bool(String path) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                throw new InvalidInstanceException(path + " must be true or false, found " + describe(t));
            }
            return t == JsonToken.VALUE_TRUE;
        }

        List<String> strings(String path) {
            return array(path, itemPath -> require(string(itemPath), itemPath));
        }

        Project project(String path) {
            expect(JsonToken.START_OBJECT, path);
            String id = null;
            String organisation = null;
            Integer slots = null;
            List<Requirement> requirements = List.of();
            while (nextName()) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "id" -> id = string(path + ".id");
                    case "organisation" -> organisation = string(path + ".organisation");
                    case "slots" -> slots = integer(path + ".slots");
                    case "requirements" -> requirements = optionalArray(path + ".requirements", this::requirement);
                    default -> throw unknown(path, name);
                }
            }
            require(id, path + ".id");
            require(slots, path + ".slots");
            if (slots < 0) {
                throw new InvalidInstanceException(path + ".slots must be >= 0, was " + slots);
            }
            try {
                return new Project(id, organisation, slots, requirements);
            } catch (InvalidInstanceException e) {
                throw new InvalidInstanceException(path + ": " + e.getMessage());
            }
        }

        Requirement requirement(String path) {
            expect(JsonToken.START_OBJECT, path);
            String competency = null;
            Integer level = null;
            Double weight = null;
            Boolean mustHave = null;
            while (nextName()) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "competency" -> competency = string(path + ".competency");
                    case "level" -> level = integer(path + ".level");
                    case "weight" -> weight = number(path + ".weight");
                    case "mustHave" -> mustHave = bool(path + ".mustHave");
                    default -> throw unknown(path, name);
                }
            }
            require(competency, path + ".competency");
            require(level, path + ".level");
            require(weight, path + ".weight");
            if (level < 1 || level > 5) {
                throw new InvalidInstanceException(path + ".level must be 1-5, was " + level);
            }
            if (!(weight > 0) || !Double.isFinite(weight)) {
                throw new InvalidInstanceException(path + ".weight must be positive, was " + weight);
            }
            return new Requirement(competency, level, weight, mustHave != null && mustHave);
        }

        Mentor mentor(String path) {
            expect(JsonToken.START_OBJECT, path);
            String id = null;
            String organisation = null;
            Integer capacity = null;
            Map<String, Integer> levels = Map.of();
            while (nextName()) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "id" -> id = string(path + ".id");
                    case "organisation" -> organisation = string(path + ".organisation");
                    case "capacity" -> capacity = integer(path + ".capacity");
                    case "levels" -> levels = levels(path + ".levels");
                    default -> throw unknown(path, name);
                }
            }
            require(id, path + ".id");
            require(capacity, path + ".capacity");
            if (capacity < 0) {
                throw new InvalidInstanceException(path + ".capacity must be >= 0, was " + capacity);
            }
            return new Mentor(id, organisation, capacity, levels);
        }

        Map<String, Integer> levels(String path) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return Map.of();
            }
            expect(JsonToken.START_OBJECT, path);
            Map<String, Integer> out = new HashMap<>();
            while (nextName()) {
                String code = p.currentName();
                p.nextToken();
                String itemPath = path + "." + code;
                Integer level = require(integer(itemPath), itemPath);
                if (level < 0 || level > 5) {
                    throw new InvalidInstanceException(itemPath + " must be 0-5, was " + level);
                }
                out.put(code, level);
            }
            return out;
        }

        Pair pair(String path) {
            expect(JsonToken.START_OBJECT, path);
            String project = null;
            String mentor = null;
            while (nextName()) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "project" -> project = string(path + ".project");
                    case "mentor" -> mentor = string(path + ".mentor");
                    default -> throw unknown(path, name);
                }
            }
            return new Pair(require(project, path + ".project"), require(mentor, path + ".mentor"));
        }

        Student student(String path) {
            expect(JsonToken.START_OBJECT, path);
            String id = null;
            List<String> preferences = null;
            while (nextName()) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "id" -> id = string(path + ".id");
                    case "preferences" -> preferences = strings(path + ".preferences");
                    default -> throw unknown(path, name);
                }
            }
            return new Student(require(id, path + ".id"), require(preferences, path + ".preferences"));
        }

        SupervisedProject supervisedProject(String path) {
            expect(JsonToken.START_OBJECT, path);
            String id = null;
            String supervisor = null;
            Integer capacity = null;
            while (nextName()) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "id" -> id = string(path + ".id");
                    case "supervisor" -> supervisor = string(path + ".supervisor");
                    case "capacity" -> capacity = integer(path + ".capacity");
                    default -> throw unknown(path, name);
                }
            }
            require(id, path + ".id");
            require(supervisor, path + ".supervisor");
            require(capacity, path + ".capacity");
            if (capacity < 0) {
                throw new InvalidInstanceException(path + ".capacity must be >= 0, was " + capacity);
            }
            return new SupervisedProject(id, supervisor, capacity);
        }

        Supervisor supervisor(String path) {
            expect(JsonToken.START_OBJECT, path);
            String id = null;
            Integer capacity = null;
            List<String> ranking = null;
            while (nextName()) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "id" -> id = string(path + ".id");
                    case "capacity" -> capacity = integer(path + ".capacity");
                    case "ranking" -> ranking = strings(path + ".ranking");
                    default -> throw unknown(path, name);
                }
            }
            require(id, path + ".id");
            require(capacity, path + ".capacity");
            require(ranking, path + ".ranking");
            if (capacity < 0) {
                throw new InvalidInstanceException(path + ".capacity must be >= 0, was " + capacity);
            }
            return new Supervisor(id, capacity, ranking);
        }

        private static String describe(JsonToken t) {
            if (t == null) {
                return "end of input";
            }
            return switch (t) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT -> "an integer";
                case VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NULL -> "null";
                default -> t.name().toLowerCase(java.util.Locale.ROOT);
            };
        }
    }

    // ================================================================== writing

    /** Writes the result of mode optimal. */
    public static void writeOptimal(AssignmentResult result, OutputStream out) {
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("mode", "optimal");
            g.writeName("assignments");
            g.writeStartArray();
            for (Assignment a : result.assignments()) {
                g.writeStartObject();
                g.writeStringProperty("project", a.project());
                g.writeStringProperty("mentor", a.mentor());
                g.writeName("score");
                g.writeNumber(round4(a.score()));
                g.writeEndObject();
            }
            g.writeEndArray();
            writeUnfilled(g, result.unfilled());
            g.writeName("objective");
            g.writeStartObject();
            g.writeNumberProperty("filledSlots", result.filledSlots());
            g.writeName("totalScore");
            g.writeNumber(round4(result.totalScore()));
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /** Writes the result of mode topk. */
    public static void writeTopK(Map<String, List<Explanation>> recommendations, OutputStream out) {
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("mode", "topk");
            g.writeName("recommendations");
            g.writeStartObject();
            for (Map.Entry<String, List<Explanation>> e : recommendations.entrySet()) {
                g.writeName(e.getKey());
                g.writeStartArray();
                for (Explanation x : e.getValue()) {
                    g.writeStartObject();
                    g.writeStringProperty("mentor", x.mentor());
                    g.writeName("score");
                    g.writeNumber(round4(x.score()));
                    g.writeNumberProperty("unmet", x.unmet());
                    g.writeName("contributions");
                    g.writeStartObject();
                    for (Map.Entry<String, Double> c : x.contributions().entrySet()) {
                        g.writeName(c.getKey());
                        g.writeNumber(round4(c.getValue()));
                    }
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /** Writes the result of an allocation mode: stable, greedy or generous. */
    public static void writeAllocation(AllocationMethod method, StableResult result, OutputStream out) {
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("mode", method.mode());
            g.writeName("assignments");
            g.writeStartArray();
            for (StudentAssignment a : result.assignments()) {
                g.writeStartObject();
                g.writeStringProperty("project", a.project());
                g.writeStringProperty("student", a.student());
                g.writeEndObject();
            }
            g.writeEndArray();
            writeUnfilled(g, result.unfilled());
            g.writeName("objective");
            g.writeStartObject();
            g.writeNumberProperty("assignedStudents", result.assignedStudents());
            g.writeEndObject();
            g.writeName("profile");
            g.writeStartArray();
            for (int c : result.profile()) {
                g.writeNumber(c);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeUnfilled(JsonGenerator g, List<Unfilled> unfilled) {
        g.writeName("unfilled");
        g.writeStartArray();
        for (Unfilled u : unfilled) {
            g.writeStartObject();
            g.writeStringProperty("project", u.project());
            g.writeNumberProperty("slots", u.slots());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * A non-negative score rounded half-up to 4 decimals, as a JSON number without exponent and without trailing
     * zeros beyond the first decimal: 0.8333, 1.0, 0.5, 12.25.
     */
    static String round4(double x) {
        long q = Math.round(x * 10_000.0);
        boolean negative = q < 0;
        q = Math.abs(q);
        long whole = q / 10_000;
        int frac = (int) (q % 10_000);
        StringBuilder sb = new StringBuilder(16);
        if (negative) {
            sb.append('-');
        }
        sb.append(whole).append('.');
        if (frac == 0) {
            return sb.append('0').toString();
        }
        String f = Integer.toString(frac + 10_000).substring(1);
        int end = f.length();
        while (f.charAt(end - 1) == '0') {
            end--;
        }
        return sb.append(f, 0, end).toString();
    }
}
