package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import org.crossfield.competency.CompetencyProfile;
import org.crossfield.competency.ProfileLevel;
import org.crossfield.marketplace.RequiredCompetency;

/**
 * How well a person's competency profile meets a posting's requirements, in words, before they apply: "You meet 2 of 3
 * required competencies. Data stewardship (must-have): asked level 4, you have 2."
 */
final class Fit {

    private Fit() {
    }

    static String inWords(List<RequiredCompetency> requirements, CompetencyProfile profile, Map<String, String> names) {
        if (requirements.isEmpty()) {
            return Labels.text("marketplace.fit.no-requirements");
        }
        Map<String, ProfileLevel> mine = profile.byCode();
        long met = requirements.stream().filter(r -> level(mine, r) >= r.level()).count();
        StringBuilder text = new StringBuilder(met == requirements.size()
                ? Labels.text("marketplace.fit.all-met")
                : Labels.text("marketplace.fit.some-met", met, requirements.size()));
        for (RequiredCompetency r : requirements) {
            int has = level(mine, r);
            if (has < r.level()) {
                String name = names.getOrDefault(r.competencyCode(), r.competencyCode());
                String must = r.mustHave() ? "-must-have" : "";
                text.append(' ').append(has == 0
                        ? Labels.text("marketplace.fit.you-missing" + must, name, r.level())
                        : Labels.text("marketplace.fit.you-below" + must, name, r.level(), has));
            }
        }
        return text.toString();
    }

    static Paragraph paragraph(List<RequiredCompetency> requirements, CompetencyProfile profile, Map<String, String> names) {
        Paragraph p = new Paragraph(Labels.text("marketplace.fit.from-profile", inWords(requirements, profile, names)));
        p.setId("your-fit");
        return p;
    }

    private static int level(Map<String, ProfileLevel> mine, RequiredCompetency r) {
        ProfileLevel l = mine.get(r.competencyCode());
        return l == null ? 0 : l.level();
    }
}
