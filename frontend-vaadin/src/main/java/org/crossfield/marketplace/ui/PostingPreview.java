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
import org.crossfield.competency.CompetencySummary;
import org.crossfield.competency.FrameworkDetails;
import org.crossfield.competency.LevelDescriptor;
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
        competencyNames = framework.competencies().stream()
                .collect(Collectors.toMap(CompetencySummary::code, CompetencySummary::title, (a, b) -> a));
        levelNames = framework.levels().stream().collect(Collectors.toMap(LevelDescriptor::level, LevelDescriptor::name));
        regimeNames = regimes.stream().collect(Collectors.toMap(IpRegimeSummary::code, IpRegimeSummary::title, (a, b) -> a));
    }

    void clear() {
        removeAll();
    }

    void showChallenge(PostingSummary line, ChallengeDetails details) {
        removeAll();
        ChallengeDraft c = details.content();
        heading(c.title(), "Challenge by " + details.organisationName() + " (" + details.country() + ") · " + details.programmeName()
                + " · visibility: " + Labels.of(c.visibility()).toLowerCase());
        text("Summary", c.summary());
        text("Description", c.description());
        text("Deliverables", c.deliverables());
        text("Timeline", c.timeline());
        facts(List.of(
                "Deadline for applications: " + (c.deadline() == null ? "none given" : c.deadline().toString()),
                "Compensation: " + orNone(c.compensation()),
                "Preferred IP regime: " + regime(c.ipRegimeCode())));
        requirements(c.requirements());
        governance(c.governance());
    }

    void showProject(PostingSummary line, ProjectPosting posting) {
        removeAll();
        ProjectDraft p = posting.content();
        heading(p.title(), "PhD project at " + posting.institution() + " · " + posting.programmeName());
        text("Research question", p.researchQuestion());
        facts(List.of(
                "Mentor slots: " + p.mentorSlots(),
                "Preferred IP regime: " + regime(p.ipRegimeCode()),
                "Challenges it takes up: " + (posting.linkedChallenges().isEmpty() ? "none"
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
        add(new H4("Competencies asked for"));
        if (requirements.isEmpty()) {
            add(new Paragraph("None given."));
            return;
        }
        Grid<RequiredCompetency> grid = new Grid<>();
        grid.setId("preview-requirements");
        grid.addColumn(r -> competencyNames.getOrDefault(r.competencyCode(), r.competencyCode()) + " (" + r.competencyCode() + ")")
                .setHeader("Competency").setFlexGrow(3);
        grid.addColumn(r -> r.level() + " – " + levelNames.getOrDefault(r.level(), "")).setHeader("Level asked").setAutoWidth(true);
        grid.addColumn(r -> r.weight() == Math.rint(r.weight()) ? String.valueOf((long) r.weight()) : String.valueOf(r.weight()))
                .setHeader("Weight").setAutoWidth(true);
        grid.addColumn(r -> r.mustHave() ? "Must-have" : "").setHeader("").setAutoWidth(true);
        grid.setItems(requirements);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }

    private void governance(GovernanceTerms g) {
        add(new H4("Health-data governance and FAIR metadata"));
        Function<Boolean, String> yesNo = b -> b ? "yes" : "no";
        UnorderedList list = new UnorderedList(
                new ListItem("Data tier: " + Labels.of(g.dataTier())),
                new ListItem("Access model: " + Labels.of(g.accessModel())),
                new ListItem("Ethics approval needed: " + yesNo.apply(g.ethicsApprovalNeeded())),
                new ListItem("DPIA needed: " + yesNo.apply(g.dpiaNeeded())),
                new ListItem("Data-sharing agreement needed: " + yesNo.apply(g.dataSharingAgreementNeeded())),
                new ListItem("GDPR legal basis: " + orNone(g.gdprLegalBasis())),
                new ListItem("Persistent identifier: " + orNone(g.fairIdentifier())),
                new ListItem("Licence: " + orNone(g.fairLicence())),
                new ListItem("Metadata standard: " + orNone(g.fairMetadataStandard())));
        list.setId("preview-governance");
        add(list);
    }

    private String regime(String code) {
        return code == null || code.isBlank() ? "no preference" : regimeNames.getOrDefault(code, code);
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? "not given" : s;
    }
}
