package org.crossfield.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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

    private static Properties load(String suffix) throws IOException {
        try (InputStream in = TranslationFilesTest.class.getResourceAsStream("/vaadin-i18n/translations" + suffix + ".properties")) {
            assertThat(in).as("translations" + suffix + ".properties").isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"_de", "_fr", "_nl"})
    void everyLanguageHasExactlyTheEnglishKeys(String suffix) throws IOException {
        Set<String> english = new TreeSet<>(load("").stringPropertyNames());
        Properties other = load(suffix);
        assertThat(new TreeSet<>(other.stringPropertyNames())).as("keys of translations" + suffix).isEqualTo(english);
        english.forEach(key -> assertThat(other.getProperty(key)).as(suffix + " " + key).isNotBlank());
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
