package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crossfield.competency.FrameworkDetails;
import org.crossfield.competency.LevelDescriptor;
import org.crossfield.i18n.Dates;
import org.crossfield.marketplace.ChallengeDetails;
import org.crossfield.marketplace.ChallengeDraft;
import org.crossfield.marketplace.GovernanceTerms;
import org.crossfield.marketplace.IpRegimeSummary;
import org.crossfield.marketplace.PostingSummary;
import org.crossfield.marketplace.ProjectDraft;
import org.crossfield.marketplace.ProjectPosting;
import org.crossfield.marketplace.RequiredCompetency;

/**
 * A whole posting as a reviewer reads it before deciding: the text, the competencies asked for with their names and
 * levels in words, deadline and compensation, the IP regime by name, the data tier, access model, ethics checklist and
 * FAIR metadata. Read-only; it never calls a service.
 */
final class PostingPreview extends VerticalLayout {

    private final Map<String, String> competencyNames;
    private final Map<Integer, String> levelNames;
    private final Map<String, String> regimeNames;

    PostingPreview(FrameworkDetails framework, List<IpRegimeSummary> regimes) {
        setId("posting-preview");
        setPadding(false);
        competencyNames = RequirementsTable.competencyNames(framework.competencies(), getLocale());
        // the proficiency levels are reference data, translated by number in the competency bundle
        levelNames = framework.levels().stream().collect(Collectors.toMap(LevelDescriptor::level, l -> {
            String key = "competency.level." + l.level() + ".name";
            String name = getTranslation(key);
            return name.equals("!" + key + "!") ? l.name() : name;
        }));
        regimeNames = regimes.stream().collect(Collectors.toMap(IpRegimeSummary::code, r -> Labels.ipRegime(r.code(), r.title()), (a, b) -> a));
    }

    void clear() {
        removeAll();
    }

    void showChallenge(PostingSummary line, ChallengeDetails details) {
        removeAll();
        ChallengeDraft c = details.content();
        heading(c.title(), getTranslation("marketplace.preview.challenge-meta", details.organisationName(), details.country(),
                details.programmeName(), Labels.of(c.visibility())));
        text(getTranslation("marketplace.preview.summary"), c.summary());
        text(getTranslation("marketplace.preview.description"), c.description());
        text(getTranslation("marketplace.challenge.deliverables"), c.deliverables());
        text(getTranslation("marketplace.challenge.timeline"), c.timeline());
        facts(List.of(
                getTranslation("marketplace.preview.deadline", c.deadline() == null
                        ? getTranslation("marketplace.preview.none-given") : Dates.day(c.deadline(), getLocale())),
                getTranslation("marketplace.preview.compensation", orNone(c.compensation())),
                getTranslation("marketplace.preview.ip-regime", regime(c.ipRegimeCode()))));
        requirements(c.requirements());
        governance(c.governance());
    }

    void showProject(PostingSummary line, ProjectPosting posting) {
        removeAll();
        ProjectDraft p = posting.content();
        heading(p.title(), getTranslation("marketplace.preview.project-meta", posting.institution(), posting.programmeName()));
        text(getTranslation("marketplace.project.research-question"), p.researchQuestion());
        facts(List.of(
                getTranslation("marketplace.preview.mentor-slots", p.mentorSlots()),
                getTranslation("marketplace.preview.ip-regime", regime(p.ipRegimeCode())),
                getTranslation("marketplace.preview.challenges", posting.linkedChallenges().isEmpty()
                        ? getTranslation("marketplace.preview.no-challenges")
                        : posting.linkedChallenges().stream().map(PostingSummary::title).collect(Collectors.joining("; ")))));
        requirements(p.requirements());
        governance(p.governance());
    }

    private void heading(String title, String meta) {
        H3 h = new H3(title);
        h.setId("preview-title");
        Paragraph m = new Paragraph(meta);
        m.addClassName("cf-muted");
        add(h, m);
    }

    private void text(String heading, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Paragraph p = new Paragraph(value);
        p.getStyle().set("white-space", "pre-wrap").set("margin-top", "0");
        add(new H4(heading), p);
    }

    private void facts(List<String> lines) {
        UnorderedList list = new UnorderedList(lines.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.setId("preview-facts");
        add(list);
    }

    private void requirements(List<RequiredCompetency> requirements) {
        add(new H4(getTranslation("marketplace.preview.competencies")));
        if (requirements.isEmpty()) {
            add(new Paragraph(getTranslation("marketplace.preview.no-competencies")));
            return;
        }
        Grid<RequiredCompetency> grid = new Grid<>();
        grid.setId("preview-requirements");
        grid.addColumn(r -> competencyNames.getOrDefault(r.competencyCode(), r.competencyCode()) + " (" + r.competencyCode() + ")")
                .setHeader(getTranslation("marketplace.column.competency")).setFlexGrow(3);
        grid.addColumn(r -> r.level() + " – " + levelNames.getOrDefault(r.level(), "")).setHeader(getTranslation("marketplace.preview.level-asked")).setAutoWidth(true);
        grid.addColumn(r -> r.weight() == Math.rint(r.weight()) ? String.valueOf((long) r.weight()) : String.valueOf(r.weight()))
                .setHeader(getTranslation("marketplace.column.weight")).setAutoWidth(true);
        grid.addColumn(r -> r.mustHave() ? getTranslation("marketplace.must-have") : "").setHeader("").setAutoWidth(true);
        grid.setItems(requirements);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }

    private void governance(GovernanceTerms g) {
        add(new H4(getTranslation("marketplace.governance.heading")));
        Function<Boolean, String> yesNo = b -> getTranslation(b ? "marketplace.yes" : "marketplace.no");
        UnorderedList list = new UnorderedList(
                new ListItem(getTranslation("marketplace.governance.line.data-tier", Labels.of(g.dataTier()))),
                new ListItem(getTranslation("marketplace.governance.line.access-model", Labels.of(g.accessModel()))),
                new ListItem(getTranslation("marketplace.governance.line.ethics", yesNo.apply(g.ethicsApprovalNeeded()))),
                new ListItem(getTranslation("marketplace.governance.line.dpia", yesNo.apply(g.dpiaNeeded()))),
                new ListItem(getTranslation("marketplace.governance.line.dsa", yesNo.apply(g.dataSharingAgreementNeeded()))),
                new ListItem(getTranslation("marketplace.governance.line.legal-basis", orNone(g.gdprLegalBasis()))),
                new ListItem(getTranslation("marketplace.governance.line.identifier", orNone(g.fairIdentifier()))),
                new ListItem(getTranslation("marketplace.governance.line.licence", orNone(g.fairLicence()))),
                new ListItem(getTranslation("marketplace.governance.line.standard", orNone(g.fairMetadataStandard()))));
        list.setId("preview-governance");
        add(list);
    }

    private String regime(String code) {
        return code == null || code.isBlank() ? getTranslation("marketplace.preview.no-preference") : regimeNames.getOrDefault(code, Labels.ipRegime(code, null));
    }

    private String orNone(String s) {
        return s == null || s.isBlank() ? getTranslation("marketplace.preview.not-given") : s;
    }
}
