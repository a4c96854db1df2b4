package org.crossfield.competency.ui;

import com.vaadin.flow.component.UI;
import org.crossfield.competency.Assessment;
import org.crossfield.competency.LevelDescriptor;

/**
 * The five proficiency levels and the assessment badge in the person's language. The levels are reference data (the
 * same for every framework version, {@code proficiency-levels.csv}); their names and descriptors are translated by level
 * number in the {@code competency} bundle ({@code competency.level.3.name}), and a level without a translation keeps its
 * stored English text.
 */
public final class Levels {

    private Levels() {
    }

    /** "Senior professional", "Senior Professional" in German, … */
    public static String name(LevelDescriptor level) {
        return translated("competency.level." + level.level() + ".name", level.name());
    }

    /** "3 · Senior professional (Competent): Solves major tasks independently and chooses methods". */
    static String line(LevelDescriptor level) {
        return level.level() + " · " + name(level) + " (" + translated("competency.level." + level.level() + ".dreyfus", level.dreyfus())
                + "): " + translated("competency.level." + level.level() + ".descriptor", level.descriptor());
    }

    static String assessment(Assessment assessment) {
        return translated("competency.assessment." + assessment.name(), assessment.label());
    }

    private static String translated(String key, String stored) {
        String text = UI.getCurrent().getTranslation(key);
        return text.equals("!" + key + "!") ? stored : text;
    }
}
