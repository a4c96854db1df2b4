package org.crossfield.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Reference data in a person's language: a shipped code reads in German, French or Dutch, English stays the stored text,
 * and a code an administrator imported (or reworded) keeps its stored English title instead of a key marker. The
 * English bundle is the shipped CSV files' text, row by row.
 */
class ReferenceNamesTest {

    private static final Locale DUTCH = Locale.of("nl");
    private static final String DSDA01 =
            "Machine learning, data mining, predictive and prescriptive analytics across the data lifecycle";

    @Test
    void aShippedCompetencyReadsInThePersonsLanguage() {
        assertThat(ReferenceNames.competency("DSDA01", DSDA01, Locale.GERMAN))
                .isEqualTo("Maschinelles Lernen, Data Mining, prädiktive und präskriptive Analytik über den gesamten Datenlebenszyklus");
        assertThat(ReferenceNames.competency("DSDA01", DSDA01, Locale.FRENCH)).startsWith("Apprentissage automatique");
        assertThat(ReferenceNames.competency("DSDA01", DSDA01, DUTCH)).startsWith("Machine learning, datamining");
        assertThat(ReferenceNames.competency("HDS-09", "GDPR for health data, ethics approval, consent", Locale.GERMAN))
                .startsWith("DSGVO");
        assertThat(ReferenceNames.competencyGroup("Health data science", Locale.GERMAN)).isEqualTo("Data Science im Gesundheitswesen");
        assertThat(ReferenceNames.competencyGroup("Data management and stewardship", Locale.FRENCH))
                .isEqualTo("Gestion et intendance des données");
    }

    @Test
    void englishIsTheStoredTextUnchanged() {
        assertThat(ReferenceNames.competency("DSDA01", DSDA01, Locale.ENGLISH)).isEqualTo(DSDA01);
        assertThat(ReferenceNames.competencyGroup("Health data science", Locale.ENGLISH)).isEqualTo("Health data science");
        assertThat(ReferenceNames.outcomeType("PUBLICATION", "Publications", Locale.UK)).isEqualTo("Publications");
        assertThat(ReferenceNames.competency("DSDA01", DSDA01, Locale.of("sv"))).as("a language not shipped").isEqualTo(DSDA01);
        assertThat(ReferenceNames.competency("DSDA01", DSDA01, null)).isEqualTo(DSDA01);
    }

    @Test
    void aCodeWithoutATranslationShowsItsStoredTitleNeverAKeyMarker() {
        assertThat(ReferenceNames.competency("HDS-97", "Clinical text mining", Locale.GERMAN)).isEqualTo("Clinical text mining");
        assertThat(ReferenceNames.competencyGroup("Clinical informatics", Locale.GERMAN)).isEqualTo("Clinical informatics");
        assertThat(ReferenceNames.kpi("LOCAL_KPI", "Hackathons held", Locale.FRENCH)).isEqualTo("Hackathons held");
        assertThat(ReferenceNames.kpiUnit("LOCAL_KPI", "count", Locale.FRENCH)).isEqualTo("count");
        assertThat(ReferenceNames.competency("HDS-97", null, Locale.GERMAN)).as("nothing stored: the code").isEqualTo("HDS-97");
        assertThat(ReferenceNames.competency(null, null, Locale.GERMAN)).isEmpty();
        assertThat(ReferenceNames.outcomeTypeExamples("OTHER", "", Locale.GERMAN)).as("a type without examples").isEmpty();
    }

    @Test
    void aRewordedTitleIsNotReplacedByTheTranslationOfTheOldOne() {
        assertThat(ReferenceNames.competency("DSDA01", "Deep learning for clinical images", Locale.GERMAN))
                .isEqualTo("Deep learning for clinical images");
        assertThat(ReferenceNames.competency("DSDA01", "  Machine learning, data mining, predictive and prescriptive analytics"
                + "\nacross the data lifecycle ", Locale.GERMAN)).as("white space aside, the same text").startsWith("Maschinelles Lernen");
    }

    @Test
    void theOtherReferenceDataReadsInThePersonsLanguageToo() {
        assertThat(ReferenceNames.courseArea("DL", "Data literacy", Locale.GERMAN)).isEqualTo("Datenkompetenz");
        assertThat(ReferenceNames.kpi("COLLABORATIONS_STARTED", "Collaborations started", DUTCH)).isEqualTo("Gestarte samenwerkingen");
        assertThat(ReferenceNames.kpiUnit("TIME_TO_MATCH", "days", Locale.GERMAN)).isEqualTo("Tage");
        assertThat(ReferenceNames.kpiHowCounted("IP_DISCLOSURES", "outcomes of type IP_LICENSING in the period", Locale.GERMAN))
                .as("no internal code in the translation").doesNotContain("IP_LICENSING").contains("Geistiges Eigentum");
        assertThat(ReferenceNames.outcomeType("IP_LICENSING", "Intellectual property and licensing", Locale.FRENCH))
                .isEqualTo("Propriété intellectuelle et licences");
        assertThat(ReferenceNames.outcomeTypeExamples("SPIN_OUT", "new company", Locale.GERMAN)).isEqualTo("neues Unternehmen");
        assertThat(ReferenceNames.ipRegime("LAMBERT_1", "Model 1: university owns; sponsor non-exclusive licence", Locale.GERMAN))
                .startsWith("Lambert 1: Eigentum der Universität");
        assertThat(ReferenceNames.ipRegime("LOCAL_TERMS", "Our own terms", Locale.GERMAN)).isEqualTo("Our own terms");
        assertThat(ReferenceNames.dissemination("activity", "OTHER", "Other", Locale.GERMAN)).isEqualTo("Sonstiges");
        assertThat(ReferenceNames.dissemination("audience", "OTHER", "Other", Locale.GERMAN)).isEqualTo("Sonstige");
        assertThat(ReferenceNames.dissemination("audience", "PATIENTS", "Patients, carers and patient organisations", DUTCH))
                .isEqualTo("Patiënten, mantelzorgers en patiëntenorganisaties");
    }

    @Test
    void theEnglishBundleIsTheShippedCsvFilesText() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (CSVRecord r : csv("competencies.csv")) {
            expected.put("reference.competency." + r.get("code"), r.get("title"));
            expected.put("reference.competency-group." + ReferenceNames.slug(r.get("group")), r.get("group"));
        }
        for (CSVRecord r : csv("course-areas.csv")) {
            expected.put("reference.course-area." + r.get("code"), r.get("title"));
        }
        for (CSVRecord r : csv("kpis.csv")) {
            expected.put("reference.kpi." + r.get("code"), r.get("title"));
            expected.put("reference.kpi." + r.get("code") + ".unit", r.get("unit"));
            expected.put("reference.kpi." + r.get("code") + ".how", r.get("how_counted"));
        }
        for (CSVRecord r : csv("outcome-types.csv")) {
            expected.put("reference.outcome-type." + r.get("code"), r.get("title"));
            if (!r.get("examples").isBlank()) {
                expected.put("reference.outcome-type." + r.get("code") + ".examples", r.get("examples"));
            }
        }
        Set<String> dissemination = new TreeSet<>();
        for (CSVRecord r : csv("dissemination.csv")) {
            String key = "reference.dissemination." + r.get("kind") + "." + r.get("code");
            assertThat(dissemination.add(key)).as("kind and code name one row: " + key).isTrue();
            expected.put(key, r.get("title"));
        }
        Properties english = new Properties();
        try (InputStream in = ReferenceNamesTest.class.getResourceAsStream("/vaadin-i18n/reference.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> bundle = new LinkedHashMap<>();
        english.stringPropertyNames().forEach(k -> bundle.put(k, english.getProperty(k)));
        assertThat(bundle).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(expected).hasSizeGreaterThan(47 + 7 + 4 + 16 * 3 + 16 + 45);
    }

    private static List<CSVRecord> csv(String file) throws IOException {
        try (InputStream in = ReferenceNamesTest.class.getResourceAsStream("/db/data/" + file)) {
            assertThat(in).as(file).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords());
            }
        }
    }
}
