package org.crossfield.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.crossfield.identity.IdentityService;
import org.crossfield.identity.OrganisationBrief;
import org.crossfield.identity.Roles;
import org.crossfield.matching.DeclaredConflict;
import org.crossfield.matching.DeclareConflictCmd;
import org.crossfield.matching.InvalidMatchingRequestException;
import org.crossfield.matching.MatchingService;
import org.crossfield.matching.MentorSettings;
import org.crossfield.matching.MentorSettingsService;
import org.crossfield.matching.ProjectRecommendation;
import org.crossfield.platform.ui.Notices;

/** A mentor's capacity, declared conflicts of interest, and the open projects that fit them best. */
@Route("mentoring")
@PageTitle("Mentoring")
@Menu(order = 30, icon = "vaadin:handshake", title = "Mentoring")
@RolesAllowed(Roles.MENTOR)
public class MentoringView extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final MentorSettingsService settings;
    private final IntegerField capacity = new IntegerField("Mentees I can take at once");
    private final Paragraph load = new Paragraph();
    private final Grid<DeclaredConflict> conflicts = new Grid<>();

    public MentoringView(MentorSettingsService settings, MatchingService matching, IdentityService identity,
                         org.crossfield.competency.CompetencyFrameworkService framework) {
        this.settings = settings;
        setId("mentoring");

        capacity.setId("capacity");
        capacity.setMin(0);
        capacity.setMax(MentorSettingsService.MAX_CAPACITY);
        capacity.setStepButtonsVisible(true);
        capacity.setHelperText("0 pauses new matches; matching never gives you more than this.");
        Button saveCapacity = new Button("Save capacity", e -> guarded(() -> show(settings.setCapacity(capacity.getValue() == null ? -1 : capacity.getValue())), "Capacity saved."));
        saveCapacity.setId("save-capacity");
        HorizontalLayout capacityRow = new HorizontalLayout(capacity, saveCapacity);
        capacityRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        load.addClassName("cf-muted");
        load.setId("mentor-load");

        conflicts.setId("conflicts");
        conflicts.addColumn(c -> c.kind() == DeclaredConflict.Kind.ORGANISATION ? "Organisation" : "Person").setHeader("With").setAutoWidth(true);
        conflicts.addColumn(DeclaredConflict::targetName).setHeader("Who").setAutoWidth(true);
        conflicts.addColumn(DeclaredConflict::reason).setHeader("Reason").setFlexGrow(2);
        conflicts.addColumn(c -> DATE.format(c.declaredAt())).setHeader("Declared").setAutoWidth(true);
        conflicts.addColumn(new ComponentRenderer<>(c -> {
            Button withdraw = new Button("Withdraw", e -> guarded(() -> show(settings.withdrawConflict(c.id())), "Conflict withdrawn."));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return withdraw;
        })).setAutoWidth(true);
        conflicts.setAllRowsVisible(true);
        conflicts.setEmptyStateText("No conflicts of interest declared.");
        conflicts.addThemeVariants(GridVariant.LUMO_COMPACT);

        RadioButtonGroup<String> kind = new RadioButtonGroup<>("Conflict with");
        kind.setItems("An organisation", "A person");
        kind.setValue("An organisation");
        ComboBox<OrganisationBrief> organisation = new ComboBox<>("Organisation");
        organisation.setId("conflict-organisation");
        organisation.setItemLabelGenerator(o -> o.name() + " (" + o.country() + ")");
        organisation.setItems(query -> identity.findOrganisations(query.getFilter().orElse(""))
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        organisation.setWidth("24rem");
        TextField person = new TextField("Person's e-mail");
        person.setId("conflict-person");
        person.setVisible(false);
        person.setWidth("24rem");
        kind.addValueChangeListener(e -> {
            organisation.setVisible(e.getValue().startsWith("An org"));
            person.setVisible(!organisation.isVisible());
        });
        TextField reason = new TextField("Reason");
        reason.setId("conflict-reason");
        reason.setMaxLength(MentorSettingsService.MAX_REASON);
        reason.setPlaceholder("e.g. former employer, co-author, relative");
        reason.setWidth("24rem");
        Button declare = new Button("Declare conflict", e -> {
            Long orgId = organisation.isVisible() && organisation.getValue() != null ? organisation.getValue().id() : null;
            Long personId = null;
            if (person.isVisible()) {
                var found = identity.findPersonByEmail(person.getValue());
                if (found.isEmpty()) {
                    Notices.error("No one on Crossfield has the e-mail address \"" + person.getValue() + "\".");
                    return;
                }
                personId = found.get().id();
            }
            Long p = personId;
            guarded(() -> {
                show(settings.declareConflict(new DeclareConflictCmd(orgId, p, reason.getValue())));
                reason.clear();
                person.clear();
                organisation.clear();
            }, "Conflict of interest declared: you will not be matched with it.");
        });
        declare.setId("declare-conflict");
        HorizontalLayout declareRow = new HorizontalLayout(kind, organisation, person, reason, declare);
        declareRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        declareRow.setWrap(true);

        Grid<ProjectRecommendation> projects = new Grid<>();
        projects.setId("project-recommendations");
        Map<String, String> names = Explanations.names(framework.activeFramework());
        projects.addComponentColumn(r -> new Anchor("projects/" + r.project().id(), r.project().title())).setHeader("Project")
                .setFlexGrow(2).setWidth("14rem");
        projects.addColumn(r -> r.project().organisationName() + " (" + r.project().country() + ")").setHeader("Institution")
                .setFlexGrow(1).setWidth("10rem");
        projects.addColumn(r -> Explanations.score(r.score())).setHeader("Score").setAutoWidth(true).setFlexGrow(0);
        projects.addColumn(new ComponentRenderer<>(r -> Explanations.of(r.lines(), names))).setHeader("Why").setFlexGrow(3)
                .setWidth("22rem");
        // a project this mentor meets nothing of is no fit at all, however few projects there are
        projects.setItems(matching.recommendProjectsForMe(MatchingService.DEFAULT_K).stream().filter(r -> r.score() > 0).toList());
        projects.setAllRowsVisible(true);
        projects.setEmptyStateText("No open project fits your profile yet: add competencies to your profile.");
        projects.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);

        add(new H3("Capacity"), capacityRow, load, new H3("Conflicts of interest"),
                new Paragraph("Declare organisations or people you must not be matched with. Matching respects them everywhere."),
                conflicts, declareRow, new H3("Projects that fit you best"), projects);
        show(settings.mySettings());
    }

    private void show(MentorSettings s) {
        capacity.setValue(s.capacity());
        load.setText(getTranslation("matching.mentoring.load", s.menteesNow(), s.capacity(), s.acceptedMatches()));
        conflicts.setItems(s.conflicts());
    }

    private void guarded(Runnable action, String success) {
        try {
            action.run();
            Notices.success(success);
        } catch (InvalidMatchingRequestException e) {
            Notices.error(e.getMessage());
        }
    }

}
