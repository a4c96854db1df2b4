package org.crossfield.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import liquibase.change.Change;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.CreateViewChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.DropViewChange;
import liquibase.change.core.RawSQLChange;
import liquibase.change.core.RenameTableChange;
import liquibase.changelog.ChangeSet;
import org.crossfield.testsupport.Changelog;
import org.junit.jupiter.api.Test;

/**
 * Every table has one owner, the feature module whose changelog creates it (the committed list
 * {@code src/test/resources/architecture/table-owners.txt}, checked here against the changelogs). A module's main code
 * (backend and its {@code ui} package in the front end) may name in SQL or JPQL only its own tables and the published
 * read models of others: views named {@code pub_<table>}, created by the table's owner, read and never written.
 * See docs/adr/0037-table-ownership.md.
 *
 * <p>{@code ownership-exceptions.txt} lists the crossings not removed yet; it may only shrink: a new crossing fails,
 * and so does a listed one that is gone (delete its line).
 */
class TableOwnershipTest {

    static final Path OWNERS = Path.of("src/test/resources/architecture/table-owners.txt");
    static final Path EXCEPTIONS = Path.of("src/test/resources/architecture/ownership-exceptions.txt");
    static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../frontend-vaadin/src/main/java"));
    static final String READ_MODEL = "pub_";

    private static final Pattern CREATE = Pattern.compile("(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(?:algorithm\\s*=\\s*\\w+\\s+)?"
            + "(?:definer\\s*=\\s*\\S+\\s+)?(?:sql\\s+security\\s+\\w+\\s+)?(table|view)\\s+(?:if\\s+not\\s+exists\\s+)?`?(\\w+)");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern CHAR_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)'");
    private static final Pattern SQL_NAME = Pattern.compile(
            "(?i)(\\bdelete\\s+from|\\bfrom|\\bjoin|\\bstraight_join|\\binto|\\bupdate|\\btable|,)\\s+`?([a-z_][a-z0-9_]*)");
    private static final Pattern SQL_WORDS = Pattern.compile("(?i)\\b(select|insert|update|delete|from|join)\\b");
    private static final Pattern ENTITY = Pattern.compile(
            "@Entity(?:\\(name\\s*=\\s*\"(\\w+)\"\\))?\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*(?:\\w+\\s+)*class\\s+(\\w+)");
    private static final Pattern TABLE_ANNOTATION = Pattern.compile("@Table\\(name\\s*=\\s*\"(\\w+)\"");

    @Test
    void everyTableHasOneOwnerAndEveryReadModelBelongsToItsTable() throws Exception {
        Schema schema = schema();
        Map<String, String> owners = owners();
        List<String> problems = new ArrayList<>();
        schema.tables.forEach((table, file) -> {
            if (!owners.containsKey(table)) {
                problems.add("Table " + table + " (created in " + file + ") has no owner: add the line \"" + table
                        + " = <the module whose changelog creates it>\" to backend/" + OWNERS);
            }
        });
        owners.keySet().stream().filter(table -> !schema.tables.containsKey(table)).forEach(table -> problems.add(
                "backend/" + OWNERS + " names " + table + ", which no changelog creates: delete its line"));
        schema.views.forEach((view, file) -> {
            if (!view.startsWith(READ_MODEL) || !schema.tables.containsKey(view.substring(READ_MODEL.length()))) {
                problems.add("View " + view + " (" + file + ") is no published read model: name it " + READ_MODEL
                        + "<table> after the table it publishes");
            }
        });
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void modulesNameOnlyTheirOwnTablesAndPublishedReadModels() throws Exception {
        Schema schema = schema();
        Map<String, String> owners = owners();
        Map<String, String> entityOwners = entityOwners(owners);
        Set<String> found = new TreeSet<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    found.addAll(crossings(root, file, owners, schema.views.keySet(), entityOwners));
                }
            }
        }
        Set<String> allowed = new TreeSet<>(lines(EXCEPTIONS));
        List<String> problems = new ArrayList<>();
        found.stream().filter(c -> !allowed.contains(c)).forEach(c -> problems.add("New crossing: " + c
                + ". Read another feature's data through its service (a query method returning records) or its"
                + " published read model (" + READ_MODEL + "<table>); never write another feature's tables."));
        allowed.stream().filter(c -> !found.contains(c)).forEach(c -> problems.add(
                "Crossing removed, well done: delete the line \"" + c + "\" from backend/" + EXCEPTIONS));
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** "module file table read|write" for every name of another module's table (or a write to a read model). */
    private static List<String> crossings(Path root, Path file, Map<String, String> owners, Set<String> views,
            Map<String, String> entityOwners) throws IOException {
        String path = root.relativize(file).toString().replace('\\', '/');
        if (!path.startsWith("org/crossfield/")) {
            return List.of();
        }
        String module = path.substring("org/crossfield/".length()).split("/")[0];
        String source = CHAR_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("' '");
        List<String> crossings = new ArrayList<>();
        Matcher literal = LITERAL.matcher(source);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            String where = module + " " + file.getFileName();
            String bare = text.strip().toLowerCase(Locale.ROOT);
            // A literal that is just a table name is handed to code that builds SQL (words such as "programme" are
            // also component ids and labels, so only names no sentence uses count: with an underscore).
            if (bare.contains("_") && owners.containsKey(bare) && !owners.get(bare).equals(module)) {
                crossings.add(where + " " + bare + " names");
                continue;
            }
            if (!SQL_WORDS.matcher(text).find()) {
                continue;
            }
            Matcher name = SQL_NAME.matcher(text);
            while (name.find()) {
                String keyword = name.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                String table = name.group(2).toLowerCase(Locale.ROOT);
                boolean write = keyword.equals("into") || keyword.equals("update") || keyword.equals("delete from")
                        || keyword.equals("table");
                if (views.contains(table)) {
                    if (write) {
                        crossings.add(where + " " + table + " write");
                    }
                } else if (owners.containsKey(table) && !owners.get(table).equals(module)) {
                    crossings.add(where + " " + table + (write ? " write" : " read"));
                }
            }
            entityOwners.forEach((entity, owner) -> {
                if (!owner.equals(module) && Pattern.compile("\\b(from|join)\\s+" + entity + "\\b").matcher(text).find()) {
                    crossings.add(where + " " + entity + " jpql");
                }
            });
        }
        return crossings;
    }

    /** JPQL names entities: each entity belongs to the owner of its table. */
    private static Map<String, String> entityOwners(Map<String, String> owners) throws IOException {
        Map<String, String> entities = new HashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES.getFirst())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher entity = ENTITY.matcher(source);
                Matcher table = TABLE_ANNOTATION.matcher(source);
                if (entity.find() && table.find() && owners.containsKey(table.group(1))) {
                    entities.put(entity.group(1) != null ? entity.group(1) : entity.group(2), owners.get(table.group(1)));
                }
            }
        }
        return entities;
    }

    record Schema(Map<String, String> tables, Map<String, String> views) {
    }

    /** Tables and views the changelogs leave behind, with the changelog file that created each. */
    static Schema schema() throws Exception {
        Map<String, String> tables = new TreeMap<>();
        Map<String, String> views = new TreeMap<>();
        for (ChangeSet changeSet : Changelog.changeSets()) {
            for (Change change : changeSet.getChanges()) {
                String file = changeSet.getFilePath();
                switch (change) {
                    case CreateTableChange c -> tables.put(c.getTableName(), file);
                    case CreateViewChange c -> views.put(c.getViewName(), file);
                    case DropTableChange c -> tables.remove(c.getTableName());
                    case DropViewChange c -> views.remove(c.getViewName());
                    case RenameTableChange c -> tables.put(c.getNewTableName(), tables.remove(c.getOldTableName()));
                    case RawSQLChange c -> {
                        Matcher created = CREATE.matcher(c.getSql());
                        while (created.find()) {
                            (created.group(1).equalsIgnoreCase("view") ? views : tables)
                                    .put(created.group(2).toLowerCase(Locale.ROOT), file);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return new Schema(tables, views);
    }

    static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new LinkedHashMap<>();
        for (String line : lines(OWNERS)) {
            String[] parts = line.split("=");
            owners.put(parts[0].strip(), parts[1].strip());
        }
        return owners;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }
}
