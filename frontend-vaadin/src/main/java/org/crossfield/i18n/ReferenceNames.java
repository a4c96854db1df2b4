package org.crossfield.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The names of reference data in a person's language: competencies and their groups, course areas, KPIs, outcome types
 * and dissemination codes, shipped in English in {@code db/data/*.csv} and stored with that English text. Their
 * translations live in the {@code reference} bundle, keyed by code ({@code reference.competency.DSDA01},
 * {@code reference.dissemination.activity.OTHER}, a group by its English name in lower case with dashes:
 * {@code reference.competency-group.health-data-science}).
 * <p>
 * A translation is used only while the stored English text is the one it was translated from (the English bundle's
 * text): a code an administrator imported with a new framework version has no key, and a code whose title was
 * reworded may no longer mean what its translation says; both show their stored English text, never a {@code !key!}
 * marker. English screens always show the stored text. (IP regimes and proficiency levels were translated before,
 * in the marketplace and competency bundles; {@link #ipRegime} reads the former.)
 */
public final class ReferenceNames {

    static final String PREFIX = "reference.";

    private ReferenceNames() {
    }

    /** A competency's title, e.g. DSDA01 → "Maschinelles Lernen, Data Mining, …" in German. */
    public static String competency(String code, String englishTitle, Locale locale) {
        return name(code == null ? null : "competency." + code, englishTitle, code, locale);
    }

    /** A competency group (area) by its stored English name, e.g. "Health data science". */
    public static String competencyGroup(String englishName, Locale locale) {
        return englishName == null ? "" : name("competency-group." + slug(englishName), englishName, englishName, locale);
    }

    /** A course area's title, e.g. DL → "Data literacy". */
    public static String courseArea(String code, String englishTitle, Locale locale) {
        return name(code == null ? null : "course-area." + code, englishTitle, code, locale);
    }

    /** A KPI's title, e.g. COLLABORATIONS_STARTED → "Collaborations started". */
    public static String kpi(String code, String englishTitle, Locale locale) {
        return name(code == null ? null : "kpi." + code, englishTitle, code, locale);
    }

    /** A KPI's unit ("count", "days", "EUR", "people"). */
    public static String kpiUnit(String code, String englishUnit, Locale locale) {
        return name(code == null ? null : "kpi." + code + ".unit", englishUnit, "", locale);
    }

    /** How a KPI is counted (kpis.csv {@code how_counted}). */
    public static String kpiHowCounted(String code, String englishHowCounted, Locale locale) {
        return name(code == null ? null : "kpi." + code + ".how", englishHowCounted, "", locale);
    }

    /** An outcome type's title, e.g. PUBLICATION → "Publications". */
    public static String outcomeType(String code, String englishTitle, Locale locale) {
        return name(code == null ? null : "outcome-type." + code, englishTitle, code, locale);
    }

    /** An outcome type's examples ("journal article, conference paper, …"); empty when it has none. */
    public static String outcomeTypeExamples(String code, String englishExamples, Locale locale) {
        return name(code == null ? null : "outcome-type." + code + ".examples", englishExamples, "", locale);
    }

    /**
     * A dissemination code's title; {@code kind} is the CSV's kind ({@code activity}, {@code audience}, {@code size},
     * {@code reach}, {@code status}), needed because a code such as {@code OTHER} exists in more than one kind.
     */
    public static String dissemination(String kind, String code, String englishTitle, Locale locale) {
        return name(kind == null || code == null ? null : "dissemination." + kind + "." + code, englishTitle, code, locale);
    }

    /**
     * An IP regime's name ("Lambert 1: university owns; …"), translated in the marketplace bundle where regimes were
     * named first ({@code marketplace.ip-regime.LAMBERT_1}); a regime without a key keeps its stored title. Those names
     * are not the CSV's titles ("Model 1: …"), so they are shown whatever the stored title says.
     */
    public static String ipRegime(String code, String storedTitle, Locale locale) {
        if (code == null) {
            return "";
        }
        return Translations.find("marketplace.ip-regime." + code, locale)
                .orElse(storedTitle == null || storedTitle.isBlank() ? code : storedTitle);
    }

    /** The bundle key's last part for a competency group: its English name in lower case, words joined by dashes. */
    static String slug(String englishName) {
        return englishName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String name(String key, String stored, String fallback, Locale locale) {
        String shown = stored == null || stored.isBlank() ? fallback : stored;
        if (shown == null) {
            shown = "";
        }
        if (key == null) {
            return shown;
        }
        Optional<String> reference = Translations.find(PREFIX + key, Locale.ENGLISH);
        if (reference.isEmpty() || stored != null && !same(reference.get(), stored)) {
            return shown;
        }
        return Translations.find(PREFIX + key, locale).orElse(shown);
    }

    private static boolean same(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").equals(b.strip().replaceAll("\\s+", " "));
    }
}
