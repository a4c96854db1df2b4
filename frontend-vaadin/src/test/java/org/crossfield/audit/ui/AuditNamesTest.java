package org.crossfield.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crossfield.agreement.TrailEntry;
import org.crossfield.identity.AccountAction;
import org.crossfield.identity.Roles;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditDetail;
import org.crossfield.platform.audit.AuditEvent;
import org.junit.jupiter.api.Test;

/**
 * Every action code, kind of object and outcome the code base records in the audit log has a name in every language of
 * the audit bundle, so that the log never shows a code to an administrator. Actions are
 * {@link AuditActions}' constants, plus its two families: {@code ACCOUNT_} + identity's {@link AccountAction} and
 * {@code AGREEMENT_} + the agreement trail's {@link TrailEntry#KINDS}. Kinds of object are the literals the backend
 * publishes (read from its sources). Every short text an entry may carry ({@link AuditDetail}) has its wording, with
 * the same arguments, in every language, and so has every code such a text names.
 */
class AuditNamesTest {

    private static final List<String> LANGUAGES = List.of("", "_de", "_fr", "_nl");
    private static final Path BACKEND_SOURCES = Path.of("../backend/src/main/java");

    static Set<String> actionCodes() throws IllegalAccessException {
        Set<String> codes = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (Field field : AuditActions.class.getDeclaredFields()) {
            int m = field.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && field.getType() == String.class) {
                String value = (String) field.get(null);
                (value.endsWith("_") ? prefixes : codes).add(value);
            }
        }
        assertThat(prefixes).as("families of actions this test knows; a new one needs its codes listed here")
                .containsExactlyInAnyOrder(AuditActions.ACCOUNT_PREFIX, AuditActions.AGREEMENT_PREFIX);
        Stream.of(AccountAction.values()).forEach(a -> codes.add(AuditActions.ACCOUNT_PREFIX + a.name()));
        TrailEntry.KINDS.forEach(kind -> codes.add(AuditActions.AGREEMENT_PREFIX + kind));
        return codes;
    }

    /** The kinds of object written as literals where the backend publishes audit events or appends entries. */
    static Set<String> objectTypes() throws IOException {
        Pattern published = Pattern.compile("AuditEvent\\.of\\([^,;]+,\\s*\"([A-Z_]+)\"");
        Pattern kpi = Pattern.compile("\\baudit\\(\"([A-Z_]+)\"");
        Pattern appended = Pattern.compile("AuditAppender\\.Draft\\([^;]*?\"([A-Z_]+)\",", Pattern.DOTALL);
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(BACKEND_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern p : List.of(published, kpi, appended)) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        types.add(m.group(1));
                    }
                }
            }
        }
        return types;
    }

    private static Properties bundle(String suffix) {
        return bundle("audit", suffix);
    }

    private static Properties bundle(String name, String suffix) {
        String file = "/vaadin-i18n/" + name + suffix + ".properties";
        try (InputStream in = AuditNamesTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void everyLanguageNames(String prefix, Set<String> codes) {
        for (String language : LANGUAGES) {
            Properties texts = bundle(language);
            assertThat(codes).as("codes without a name in audit" + language + ".properties")
                    .allSatisfy(code -> assertThat(texts.getProperty(prefix + code)).as(prefix + code).isNotBlank());
        }
    }

    /** The decisions on an application the audit log records (application's {@code ApplicationRecords.DECISIONS}). */
    static Set<String> decisions() throws IOException {
        String source = Files.readString(BACKEND_SOURCES.resolve("org/crossfield/application/ApplicationRecords.java"));
        Matcher set = Pattern.compile("DECISIONS = Set\\.of\\(([^;]*)\\);").matcher(source);
        assertThat(set.find()).as("ApplicationRecords.DECISIONS (the pattern still finds it)").isTrue();
        Set<String> codes = new TreeSet<>();
        Matcher code = Pattern.compile("\"([A-Z_]+)\"").matcher(set.group(1));
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }

    /** The arguments {0}, {1}, … a wording uses. */
    private static Set<Integer> placeholders(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)[},]").matcher(text);
        while (m.find()) {
            found.add(Integer.valueOf(m.group(1)));
        }
        return found;
    }

    @Test
    void everyDetailHasAWordingWithItsArgumentsInEveryLanguage() {
        for (String language : LANGUAGES) {
            Properties texts = bundle(language);
            for (AuditDetail detail : AuditDetail.values()) {
                String text = texts.getProperty(detail.key());
                assertThat(text).as(detail.key() + " in audit" + language + ".properties").isNotBlank();
                Set<Integer> expected = new TreeSet<>();
                for (int i = 0; i < detail.arguments().size(); i++) {
                    expected.add(i);
                }
                assertThat(placeholders(text)).as("the arguments " + detail.key() + language + " says").isEqualTo(expected);
                if (!expected.isEmpty()) {
                    assertThat(new MessageFormat(text, Locale.ROOT).format(detail.arguments().stream().map(a -> "x").toArray()))
                            .as("a pattern that formats (apostrophes written twice): " + detail.key() + language)
                            .doesNotContain("{");
                } else {
                    assertThat(text).as("a text without arguments is shown as it is (single apostrophes): " + detail.key() + language)
                            .doesNotContain("''");
                }
            }
            assertThat(texts.getProperty(AuditDetail.NO_ROLES)).as(AuditDetail.NO_ROLES + language).isNotBlank();
            assertThat(texts.getProperty(AuditDetail.NO_ORGANISATION)).as(AuditDetail.NO_ORGANISATION + language).isNotBlank();
        }
        assertThat(AuditDetail.values()).extracting(AuditDetail::key).doesNotHaveDuplicates()
                .contains("audit.detail.version", "audit.detail.sent-back");
    }

    @Test
    void everyCodeADetailNamesHasANameInEveryLanguage() throws IOException {
        Set<String> decisions = decisions();
        assertThat(decisions).contains("SHORTLISTED", "OFFER_ACCEPTED", "WITHDRAWN");
        everyLanguageNames(AuditDetail.APPLICATION_DECISION.key() + ".", decisions);
        everyLanguageNames(AuditDetail.SIGN_IN_REFUSED.key() + ".", Set.of("BadCredentialsException", "LockedException",
                "DisabledException", "other"));
        everyLanguageNames(AuditDetail.SIGN_IN_UNKNOWN_ADDRESS.key() + ".", Set.of("BadCredentialsException", "other"));
        for (String language : LANGUAGES) {
            Properties roles = bundle("identity", language);
            assertThat(Roles.ALL).as("roles without a name in identity" + language + ".properties")
                    .allSatisfy(role -> assertThat(roles.getProperty("identity.role." + role)).as(role).isNotBlank());
        }
    }

    @Test
    void noDetailWordingIsLeftOverFromADetailNoLongerRecorded() throws IOException {
        Set<String> keys = new TreeSet<>();
        Stream.of(AuditDetail.values()).forEach(d -> keys.add(d.key()));
        keys.add(AuditDetail.NO_ROLES);
        keys.add(AuditDetail.NO_ORGANISATION);
        Set<String> decisions = decisions();
        for (String key : bundle("").stringPropertyNames()) {
            if (!key.startsWith("audit.detail.") || keys.contains(key)) {
                continue;
            }
            String owner = key.substring(0, key.lastIndexOf('.'));
            AuditDetail detail = AuditDetail.forKey(owner).orElse(null);
            assertThat(detail).as("the detail " + key + " names a code of").isNotNull();
            assertThat(detail.arguments()).as(key + ": a detail that names codes").contains(AuditDetail.Argument.CODE);
            if (detail == AuditDetail.APPLICATION_DECISION) {
                assertThat(decisions).as("decision named by " + key).contains(key.substring(owner.length() + 1));
            }
        }
    }

    @Test
    void everyActionHasANameInEveryLanguage() throws IllegalAccessException {
        Set<String> codes = actionCodes();
        assertThat(codes).contains(AuditActions.SIGN_IN, "ACCOUNT_ROLES_CHANGED", "AGREEMENT_SIGNED").hasSizeGreaterThan(40);
        everyLanguageNames("audit.action.", codes);
    }

    @Test
    void everyKindOfObjectHasANameInEveryLanguage() throws IOException {
        Set<String> types = objectTypes();
        assertThat(types).as("what the sources publish (the patterns still find them)")
                .contains("PERSON", "PROJECT", "AGREEMENT", "KPI_MEASUREMENT", "ERASURE_REQUEST", "AUDIT_LOG")
                .hasSizeGreaterThan(12);
        everyLanguageNames("audit.object-type.", types);
    }

    @Test
    void everyOutcomeHasANameInEveryLanguage() {
        Set<String> outcomes = new TreeSet<>();
        Stream.of(AuditEvent.Outcome.values()).forEach(o -> outcomes.add(o.name()));
        everyLanguageNames("audit.outcome.", outcomes);
    }

    @Test
    void noNameIsLeftOverFromACodeNoLongerRecorded() throws IllegalAccessException, IOException {
        Set<String> actions = actionCodes();
        Set<String> types = objectTypes();
        for (String key : bundle("").stringPropertyNames()) {
            if (key.startsWith("audit.action.")) {
                assertThat(actions).as("action named by " + key).contains(key.substring("audit.action.".length()));
            } else if (key.startsWith("audit.object-type.")) {
                assertThat(types).as("kind of object named by " + key).contains(key.substring("audit.object-type.".length()));
            }
        }
    }
}
