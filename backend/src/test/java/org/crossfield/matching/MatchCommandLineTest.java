package org.crossfield.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MatchCommandLineTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path EXAMPLES = Path.of("../docs/examples");

    @TempDir
    Path dir;

    record Outcome(int code, String stderr) {
        List<String> lines() {
            return stderr.lines().toList();
        }
    }

    static Outcome run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MatchCommandLine.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    // ------------------------------------------------------------------ examples and output shape

    @Test
    void optimalExampleFromDocs() throws Exception {
        Path out = dir.resolve("result.json");
        Outcome o = run("match", "--mode", "optimal", "--in", EXAMPLES.resolve("assignment-instance.json").toString(),
                "--out", out.toString());
        assertThat(o.code()).isZero();
        assertThat(o.stderr()).isEmpty();
        JsonNode r = JSON.readTree(out.toFile());
        assertThat(fieldNames(r)).containsExactly("mode", "assignments", "unfilled", "objective");
        assertThat(r.get("mode").asString()).isEqualTo("optimal");
        assertThat(fieldNames(r.get("assignments").get(0))).containsExactly("project", "mentor", "score");
        assertThat(fieldNames(r.get("objective"))).containsExactly("filledSlots", "totalScore");
        assertThat(r.get("objective").get("filledSlots").asInt()).isEqualTo(4);
        assertThat(r.get("objective").get("totalScore").asDouble()).isEqualTo(2.925);
        assertThat(r.get("assignments").toString()).isEqualTo(JSON.readTree("""
                [ {"project":"p1","mentor":"m1","score":1.0}, {"project":"p2","mentor":"m2","score":0.75},
                  {"project":"p2","mentor":"m4","score":0.875}, {"project":"p3","mentor":"m1","score":0.3} ]
                """).toString());
        assertThat(r.get("unfilled").size()).isZero();
    }

    @Test
    void topkExampleFromDocs() throws Exception {
        Path out = dir.resolve("result.json");
        Outcome o = run("--mode", "topk", "--in", EXAMPLES.resolve("assignment-instance.json").toString(),
                "--out", out.toString(), "--k", "2");
        assertThat(o.code()).isZero();
        assertThat(o.stderr()).isEmpty();
        JsonNode r = JSON.readTree(out.toFile());
        assertThat(fieldNames(r)).containsExactly("mode", "recommendations");
        JsonNode p1 = r.get("recommendations").get("p1");
        // m2 is forbidden for p1, m3 misses the must-have, so only m1 is left
        assertThat(p1.size()).isEqualTo(1);
        assertThat(fieldNames(p1.get(0))).containsExactly("mentor", "score", "unmet", "contributions");
        assertThat(p1.get(0).get("contributions").toString()).isEqualTo("{\"DSDA01\":0.6667,\"HDS-03\":0.3333}");
        JsonNode p3 = r.get("recommendations").get("p3");
        assertThat(p3.size()).isEqualTo(2);
        assertThat(p3.get(0).get("mentor").asString()).isEqualTo("m4");
        assertThat(p3.get(0).get("score").asDouble()).isEqualTo(0.5);
        assertThat(p3.get(0).get("unmet").asInt()).isEqualTo(1);
    }

    @Test
    void stableExampleFromDocs() throws Exception {
        Path out = dir.resolve("result.json");
        Outcome o = run("--mode=stable", "--in=" + EXAMPLES.resolve("stable-instance.json"), "--out=" + out);
        assertThat(o.code()).isZero();
        assertThat(o.stderr()).isEmpty();
        JsonNode r = JSON.readTree(out.toFile());
        assertThat(fieldNames(r)).containsExactly("mode", "assignments", "unfilled", "objective", "profile");
        assertThat(r.get("assignments").toString()).isEqualTo(
                "[{\"project\":\"p1\",\"student\":\"s1\"},{\"project\":\"p3\",\"student\":\"s2\"},"
                        + "{\"project\":\"p2\",\"student\":\"s3\"}]");
        assertThat(r.get("unfilled").toString()).isEqualTo("[{\"project\":\"p3\",\"slots\":1}]");
        assertThat(r.get("objective").toString()).isEqualTo("{\"assignedStudents\":3}");
        // s1 and s3 on their first choice, s2 on its second; the longest list has three entries
        assertThat(r.get("profile").toString()).isEqualTo("[2,1,0]");
    }

    /** The worked example of docs/matching.md: the three allocation modes give three different allocations. */
    @ParameterizedTest
    @MethodSource("allocationExample")
    void allocationModesOnTheWorkedExample(String mode, String assignments, String profile) throws Exception {
        Path out = dir.resolve("result-" + mode + ".json");
        Outcome o = run("--mode", mode, "--in", EXAMPLES.resolve("allocation-instance.json").toString(), "--out", out.toString());
        assertThat(o.code()).as(o.stderr()).isZero();
        assertThat(o.stderr()).isEmpty();
        JsonNode r = JSON.readTree(out.toFile());
        assertThat(fieldNames(r)).containsExactly("mode", "assignments", "unfilled", "objective", "profile");
        assertThat(r.get("mode").asString()).isEqualTo(mode);
        assertThat(r.get("assignments").toString()).isEqualTo(assignments);
        assertThat(r.get("profile").toString()).isEqualTo(profile);
    }

    static Stream<Arguments> allocationExample() {
        return Stream.of(
                Arguments.of("stable", "[{\"project\":\"p1\",\"student\":\"s1\"},{\"project\":\"p3\",\"student\":\"s3\"},"
                        + "{\"project\":\"p3\",\"student\":\"s4\"}]", "[3,0,0,0]"),
                Arguments.of("greedy", "[{\"project\":\"p2\",\"student\":\"s1\"},{\"project\":\"p1\",\"student\":\"s2\"},"
                        + "{\"project\":\"p3\",\"student\":\"s3\"},{\"project\":\"p3\",\"student\":\"s4\"}]", "[3,0,0,1]"),
                Arguments.of("generous", "[{\"project\":\"p1\",\"student\":\"s1\"},{\"project\":\"p3\",\"student\":\"s2\"},"
                        + "{\"project\":\"p3\",\"student\":\"s3\"},{\"project\":\"p2\",\"student\":\"s4\"}]", "[2,2,0,0]"));
    }

    @Test
    void defaultKIsTen() throws Exception {
        StringBuilder mentors = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            mentors.append(i == 0 ? "" : ",").append("{\"id\":\"m").append(i).append("\",\"capacity\":1}");
        }
        Path in = write("{\"projects\":[{\"id\":\"p\",\"slots\":1}],\"mentors\":[" + mentors + "]}");
        Path out = dir.resolve("r.json");
        assertThat(run("--mode", "topk", "--in", in.toString(), "--out", out.toString()).code()).isZero();
        JsonNode p = JSON.readTree(out.toFile()).get("recommendations").get("p");
        assertThat(p.size()).isEqualTo(10);
        // all score 1.0 with 0 unmet: ordered by id
        assertThat(p.get(0).get("mentor").asString()).isEqualTo("m0");
        assertThat(p.get(1).get("mentor").asString()).isEqualTo("m1");
        assertThat(p.get(2).get("mentor").asString()).isEqualTo("m10");
    }

    @Test
    void roundsToFourDecimals() {
        assertThat(MatchJson.round4(2.5 / 3)).isEqualTo("0.8333");
        assertThat(MatchJson.round4(1.0)).isEqualTo("1.0");
        assertThat(MatchJson.round4(0.0)).isEqualTo("0.0");
        assertThat(MatchJson.round4(0.00005)).isIn("0.0001", "0.0");
        assertThat(MatchJson.round4(12.25)).isEqualTo("12.25");
        assertThat(MatchJson.round4(11805.48513)).isEqualTo("11805.4851");
    }

    // ------------------------------------------------------------------ bad input: exit 2, one line

    private Path write(String json) throws Exception {
        Path f = Files.createTempFile(dir, "in", ".json");
        Files.writeString(f, json);
        return f;
    }

    static final String MENTOR = "{\"id\":\"m1\",\"organisation\":\"acme\",\"capacity\":1,\"levels\":{\"DSDA01\":4}}";
    static final String REQ = "{\"competency\":\"DSDA01\",\"level\":3,\"weight\":2.0,\"mustHave\":false}";
    static final String PROJECT = "{\"id\":\"p1\",\"organisation\":\"uni\",\"slots\":1,\"requirements\":[" + REQ + "]}";

    static String assignment(String projects, String mentors, String extra) {
        return "{\"projects\":[" + projects + "],\"mentors\":[" + mentors + "]" + extra + "}";
    }

    static String stable(String students, String projects, String supervisors) {
        return "{\"students\":[" + students + "],\"projects\":[" + projects + "],\"supervisors\":[" + supervisors + "]}";
    }

    static final String STUDENT = "{\"id\":\"s1\",\"preferences\":[\"p1\"]}";
    static final String SPROJECT = "{\"id\":\"p1\",\"supervisor\":\"l1\",\"capacity\":1}";
    static final String SUPERVISOR = "{\"id\":\"l1\",\"capacity\":1,\"ranking\":[\"s1\"]}";

    static Stream<Arguments> badInstances() {
        return Stream.of(
                Arguments.of("optimal", "{\"projects\": [", "invalid JSON"),
                Arguments.of("optimal", "not json", "invalid JSON"),
                Arguments.of("optimal", "[]", "instance must be an object"),
                Arguments.of("optimal", "{\"projects\":[]}", "missing field mentors"),
                Arguments.of("optimal", assignment("{\"slots\":1}", MENTOR, ""), "missing field projects[0].id"),
                Arguments.of("optimal", assignment(PROJECT, "{\"id\":\"m1\"}", ""), "missing field mentors[0].capacity"),
                Arguments.of("optimal", assignment(PROJECT.replace("\"weight\":2.0,", ""), MENTOR, ""),
                        "missing field projects[0].requirements[0].weight"),
                Arguments.of("optimal", assignment(PROJECT, MENTOR, ",\"conflicts\":[{\"project\":\"p1\",\"mentor\":\"m9\"}]"),
                        "conflicts[0]: unknown mentor 'm9'"),
                Arguments.of("optimal", assignment(PROJECT, MENTOR, ",\"pins\":[{\"project\":\"p9\",\"mentor\":\"m1\"}]"),
                        "pins[0]: unknown project 'p9'"),
                Arguments.of("topk", assignment(PROJECT, MENTOR, ",\"forbids\":[{\"project\":\"p1\",\"mentor\":\"m2\"}]"),
                        "forbids[0]: unknown mentor 'm2'"),
                Arguments.of("optimal", assignment(PROJECT + "," + PROJECT, MENTOR, ""), "duplicate project id 'p1'"),
                Arguments.of("optimal", assignment(PROJECT, MENTOR + "," + MENTOR, ""), "duplicate mentor id 'm1'"),
                Arguments.of("optimal", assignment(PROJECT.replace("\"slots\":1", "\"slots\":-1"), MENTOR, ""),
                        "projects[0].slots must be >= 0, was -1"),
                Arguments.of("optimal", assignment(PROJECT, MENTOR.replace("\"capacity\":1", "\"capacity\":-2"), ""),
                        "mentors[0].capacity must be >= 0, was -2"),
                Arguments.of("optimal", assignment(PROJECT, MENTOR.replace("4}", "6}"), ""),
                        "mentors[0].levels.DSDA01 must be 0-5, was 6"),
                Arguments.of("optimal", assignment(PROJECT, MENTOR.replace("4}", "-1}"), ""),
                        "mentors[0].levels.DSDA01 must be 0-5, was -1"),
                Arguments.of("optimal", assignment(PROJECT.replace("\"level\":3", "\"level\":0"), MENTOR, ""),
                        "projects[0].requirements[0].level must be 1-5, was 0"),
                Arguments.of("optimal", assignment(PROJECT.replace("\"level\":3", "\"level\":6"), MENTOR, ""),
                        "projects[0].requirements[0].level must be 1-5, was 6"),
                Arguments.of("optimal", assignment(PROJECT.replace("2.0", "0"), MENTOR, ""),
                        "projects[0].requirements[0].weight must be positive, was 0.0"),
                Arguments.of("optimal", assignment(PROJECT.replace("2.0", "-1.5"), MENTOR, ""),
                        "weight must be positive, was -1.5"),
                Arguments.of("optimal", assignment(PROJECT.replace("\"slots\":1", "\"slots\":1.5"), MENTOR, ""),
                        "projects[0].slots must be an integer"),
                Arguments.of("optimal", assignment(PROJECT.replace("\"slots\":1", "\"slots\":1,\"colour\":1"), MENTOR, ""),
                        "unknown field 'colour' in projects[0]"),
                Arguments.of("optimal", assignment(PROJECT, MENTOR.replace("\"DSDA01\":4", "\"DSDA01\":4,\"DSDA01\":3"), ""),
                        "Duplicate"),
                Arguments.of("optimal", assignment(PROJECT.replace("\"organisation\":\"uni\"", "\"organisation\":\"acme\""),
                        MENTOR, ",\"pins\":[{\"project\":\"p1\",\"mentor\":\"m1\"}]"), "not eligible"),
                Arguments.of("optimal", assignment(PROJECT.replace("\"slots\":1", "\"slots\":0"), MENTOR,
                        ",\"pins\":[{\"project\":\"p1\",\"mentor\":\"m1\"}]"), "pins exceed the slots of project 'p1'"),
                Arguments.of("stable", stable("{\"id\":\"s1\",\"preferences\":[\"p9\"]}", SPROJECT, SUPERVISOR),
                        "student 's1' prefers unknown project 'p9'"),
                Arguments.of("stable", stable(STUDENT, SPROJECT, SUPERVISOR.replace("[\"s1\"]", "[\"s7\"]")),
                        "supervisor 'l1' ranks unknown student 's7'"),
                Arguments.of("stable", stable(STUDENT, SPROJECT.replace("\"l1\"", "\"l9\""), SUPERVISOR),
                        "project 'p1' refers to unknown supervisor 'l9'"),
                Arguments.of("stable", stable(STUDENT + "," + STUDENT, SPROJECT, SUPERVISOR), "duplicate student id 's1'"),
                Arguments.of("stable", stable(STUDENT, SPROJECT + "," + SPROJECT, SUPERVISOR), "duplicate project id 'p1'"),
                Arguments.of("stable", stable(STUDENT, SPROJECT, SUPERVISOR + "," + SUPERVISOR), "duplicate supervisor id 'l1'"),
                Arguments.of("stable", stable(STUDENT, SPROJECT.replace("\"capacity\":1", "\"capacity\":-1"), SUPERVISOR),
                        "projects[0].capacity must be >= 0, was -1"),
                Arguments.of("stable", stable(STUDENT, SPROJECT, SUPERVISOR.replace("\"capacity\":1", "\"capacity\":-3")),
                        "supervisors[0].capacity must be >= 0, was -3"),
                Arguments.of("stable", stable("{\"id\":\"s1\"}", SPROJECT, SUPERVISOR), "missing field students[0].preferences"),
                Arguments.of("stable", assignment(PROJECT, MENTOR, ""), "unknown field 'organisation' in projects[0]"));
    }

    @ParameterizedTest
    @MethodSource("badInstances")
    void badInstanceExitsWithTwoAndOneLine(String mode, String json, String expected) throws Exception {
        Path in = write(json);
        Path out = dir.resolve("out.json");
        Outcome o = run("match", "--mode", mode, "--in", in.toString(), "--out", out.toString());
        assertThat(o.code()).as(o.stderr()).isEqualTo(MatchCommandLine.BAD_INPUT);
        assertThat(o.lines()).hasSize(1);
        assertThat(o.stderr()).contains(expected).startsWith("match: ");
        assertThat(out).doesNotExist();
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of(List.of("--mode", "fair", "--in", "IN", "--out", "OUT"), "unknown mode 'fair'"),
                Arguments.of(List.of("--in", "IN", "--out", "OUT"), "missing --mode"),
                Arguments.of(List.of("--mode", "optimal", "--out", "OUT"), "missing --in"),
                Arguments.of(List.of("--mode", "optimal", "--in", "IN"), "missing --out"),
                Arguments.of(List.of("--mode", "topk", "--in", "IN", "--out", "OUT", "--k", "0"), "--k must be >= 1"),
                Arguments.of(List.of("--mode", "topk", "--in", "IN", "--out", "OUT", "--k", "-3"), "--k must be >= 1"),
                Arguments.of(List.of("--mode", "topk", "--in", "IN", "--out", "OUT", "--k", "ten"), "--k must be an integer"),
                Arguments.of(List.of("--mode", "topk", "--in", "IN", "--out", "OUT", "--verbose", "x"), "unknown argument"),
                Arguments.of(List.of("--mode", "topk", "--in", "IN", "--in", "IN", "--out", "OUT"), "given twice"),
                Arguments.of(List.of("--mode", "topk", "--in", "--out", "OUT"), "needs a value"),
                Arguments.of(List.of("--mode"), "needs a value"),
                Arguments.of(List.of(), "missing --mode"));
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void badArgumentsExitWithTwoAndOneLine(List<String> args, String expected) throws Exception {
        Path in = write(assignment(PROJECT, MENTOR, ""));
        List<String> real = args.stream().map(a -> a.equals("IN") ? in.toString()
                : a.equals("OUT") ? dir.resolve("o.json").toString() : a).toList();
        Outcome o = run(real.toArray(String[]::new));
        assertThat(o.code()).as(o.stderr()).isEqualTo(MatchCommandLine.BAD_INPUT);
        assertThat(o.lines()).hasSize(1);
        assertThat(o.stderr()).contains(expected);
    }

    // ------------------------------------------------------------------ I/O errors: exit 1

    @Test
    void missingInputFileIsAnIoError() {
        Outcome o = run("--mode", "optimal", "--in", dir.resolve("nope.json").toString(), "--out",
                dir.resolve("o.json").toString());
        assertThat(o.code()).isEqualTo(MatchCommandLine.IO_ERROR);
        assertThat(o.lines()).hasSize(1);
        assertThat(o.stderr()).contains("no such file");
    }

    @Test
    void unwritableOutputIsAnIoError() throws Exception {
        Path in = write(assignment(PROJECT, MENTOR, ""));
        Outcome o = run("--mode", "topk", "--in", in.toString(), "--out", dir.resolve("no/such/dir/o.json").toString());
        assertThat(o.code()).isEqualTo(MatchCommandLine.IO_ERROR);
        assertThat(o.lines()).hasSize(1);
    }
}
