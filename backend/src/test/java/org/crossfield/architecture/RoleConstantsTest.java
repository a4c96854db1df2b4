package org.crossfield.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Roles in security annotations are named through {@code org.crossfield.identity.Roles}, never as string literals: a
 * misspelt {@code hasRole('COORDINATR')} compiles and quietly refuses everyone, and renaming a role must be a change the
 * compiler (or the SpEL type lookup at the first call) sees. {@code @PreAuthorize} and {@code @PostAuthorize} use
 * {@code hasRole(T(org.crossfield.identity.Roles).ADMIN)}; {@code @RolesAllowed} and {@code @Secured} use
 * {@code Roles.ADMIN}. Checks the main code of the backend and of the front end.
 */
class RoleConstantsTest {

    static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../frontend-vaadin/src/main/java"));

    /** A security annotation with its arguments, up to the closing parenthesis that ends the line. */
    private static final Pattern ANNOTATION = Pattern.compile(
            "@(PreAuthorize|PostAuthorize|RolesAllowed|Secured)\\s*\\((.*?)\\)\\s*$", Pattern.DOTALL | Pattern.MULTILINE);
    /** hasRole / hasAnyRole with a quoted argument inside an expression. */
    private static final Pattern SPEL_ROLE_LITERAL = Pattern.compile("has(?:Any)?Role\\s*\\([^)]*'[^']*'");
    /** A Java string literal given as a role. */
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"[^\"]*\"");

    @Test
    void securityAnnotationsNameRolesThroughTheRolesConstants() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    problems.addAll(literalRoles(file, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        assertThat(problems).as("Name the role through org.crossfield.identity.Roles:\n" + String.join("\n", problems)).isEmpty();
    }

    @Test
    void theCheckSeesLiteralsAndLetsConstantsPass() {
        assertThat(literalRoles(Path.of("A.java"), "@PreAuthorize(\"hasRole('ADMIN')\")\n")).hasSize(1);
        assertThat(literalRoles(Path.of("A.java"), "@PreAuthorize(\"@x.y(#id) or hasAnyRole('COORDINATOR',\"\n"
                + "        + \"'ADMIN')\")\n")).hasSize(1);
        assertThat(literalRoles(Path.of("A.java"), "@RolesAllowed({\"ADMIN\", Roles.COORDINATOR})\n")).hasSize(1);
        assertThat(literalRoles(Path.of("A.java"),
                "@PreAuthorize(\"hasRole(T(org.crossfield.identity.Roles).ADMIN) and @access.coordinates(#id)\")\n"
                        + "@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})\n")).isEmpty();
    }

    static List<String> literalRoles(Path file, String source) {
        List<String> problems = new ArrayList<>();
        Matcher m = ANNOTATION.matcher(source);
        while (m.find()) {
            String kind = m.group(1);
            String arguments = m.group(2);
            boolean spel = kind.endsWith("Authorize");
            String expression = spel ? arguments.replaceAll("\"\\s*\\+\\s*\"", "") : arguments;
            if (spel ? SPEL_ROLE_LITERAL.matcher(expression).find() : JAVA_LITERAL.matcher(arguments).find()) {
                int line = source.substring(0, m.start()).split("\n", -1).length;
                problems.add(file + ":" + line + ": @" + kind + "(" + arguments.strip() + ")");
            }
        }
        return problems;
    }
}
