package org.crossfield.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import com.vaadin.flow.router.Menu;
import org.crossfield.i18n.Translations;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every shipped language has exactly the keys of the English reference file, and no text is left empty. */
class TranslationFilesTest {

    private static Properties load(String bundle, String suffix) throws IOException {
        String file = "/vaadin-i18n/" + bundle + suffix + ".properties";
        try (InputStream in = TranslationFilesTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static Properties load(String suffix) throws IOException {
        return load("translations", suffix);
    }

    static List<String> bundles() {
        return Translations.bundles();
    }

    @ParameterizedTest
    @ValueSource(strings = {"_de", "_fr", "_nl"})
    void everyLanguageHasExactlyTheEnglishKeysInEveryBundle(String suffix) throws IOException {
        assertThat(bundles()).contains("translations");
        for (String bundle : bundles()) {
            Set<String> english = new TreeSet<>(load(bundle, "").stringPropertyNames());
            Properties other = load(bundle, suffix);
            assertThat(new TreeSet<>(other.stringPropertyNames())).as("keys of " + bundle + suffix).isEqualTo(english);
            english.forEach(key -> assertThat(other.getProperty(key)).as(bundle + suffix + " " + key).isNotBlank());
        }
    }

    @Test
    void aFeatureBundleHoldsOnlyItsOwnKeysAndNoKeyIsDefinedTwice() throws IOException {
        Map<String, String> ownerOfKey = new HashMap<>();
        for (String bundle : bundles()) {
            for (String key : load(bundle, "").stringPropertyNames()) {
                if (!bundle.equals("translations")) {
                    assertThat(key).as("a key of " + bundle + ".properties").startsWith(bundle + ".");
                }
                String before = ownerOfKey.put(key, bundle);
                assertThat(before).as("the key " + key + " is in " + before + " and " + bundle).isNull();
            }
        }
    }

    @Test
    void everyShippedLanguageHasAFileAndTheProviderNeverFallsBackToTheMachineLocale() {
        Translations translations = new Translations();
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertThat(translations.getTranslation("layout.logout", Locale.ENGLISH)).isEqualTo("Log out");
            assertThat(translations.getTranslation("layout.logout", Locale.GERMAN)).isEqualTo("Abmelden");
            assertThat(translations.getTranslation("layout.logout", Locale.FRENCH)).isEqualTo("Se déconnecter");
            assertThat(translations.getTranslation("layout.logout", Locale.of("nl"))).isEqualTo("Afmelden");
            assertThat(translations.getTranslation("layout.logout", Locale.of("sv"))).isEqualTo("Log out");
            assertThat(translations.getTranslation("dates.unparseable", Locale.FRENCH, "31/03/2027"))
                    .isEqualTo("Saisissez une date au format 31/03/2027 ou 2027-03-31.");
            assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void everyMenuEntryHasAText() throws IOException, ClassNotFoundException {
        Properties english = load("");
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        Set<String> menuViews = new TreeSet<>();
        for (BeanDefinition view : scanner.findCandidateComponents("org.crossfield")) {
            String path = Class.forName(view.getBeanClassName()).getAnnotation(Route.class).value();
            menuViews.add(path);
            assertThat(english.getProperty(MainLayout.menuKey(path))).as("menu text of /" + path).isNotBlank();
        }
        assertThat(menuViews).hasSizeGreaterThan(25);
    }
}
