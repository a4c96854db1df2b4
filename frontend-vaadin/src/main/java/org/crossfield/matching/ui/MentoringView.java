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
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.Messages;
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

    private final MentorSettingsService settings;
    private final IntegerField capacity = new IntegerField(getTranslation("matching.mentoring.capacity"));
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
        capacity.setHelperText(getTranslation("matching.mentoring.capacity-help"));
        Button saveCapacity = new Button(getTranslation("matching.mentoring.save-capacity"), e -> guarded(() -> show(settings.setCapacity(
                capacity.getValue() == null ? -1 : capacity.getValue())), getTranslation("matching.mentoring.capacity-saved")));
        saveCapacity.setId("save-capacity");
        HorizontalLayout capacityRow = new HorizontalLayout(capacity, saveCapacity);
        capacityRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        load.addClassName("cf-muted");
        load.setId("mentor-load");

        conflicts.setId("conflicts");
        conflicts.addColumn(c -> getTranslation(c.kind() == DeclaredConflict.Kind.ORGANISATION ? "matching.mentoring.organisation"
                : "matching.mentoring.person")).setHeader(getTranslation("matching.mentoring.with")).setAutoWidth(true);
        conflicts.addColumn(DeclaredConflict::targetName).setHeader(getTranslation("matching.mentoring.who")).setAutoWidth(true);
        conflicts.addColumn(DeclaredConflict::reason).setHeader(getTranslation("matching.mentoring.reason")).setFlexGrow(2);
        conflicts.addColumn(c -> Dates.day(c.declaredAt().atZone(Dates.zone()).toLocalDate(), getLocale()))
                .setHeader(getTranslation("matching.mentoring.declared")).setAutoWidth(true);
        conflicts.addColumn(new ComponentRenderer<>(c -> {
            Button withdraw = new Button(getTranslation("matching.mentoring.withdraw"), e -> guarded(() -> show(settings.withdrawConflict(c.id())),
                    getTranslation("matching.mentoring.withdrawn")));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return withdraw;
        })).setAutoWidth(true);
        conflicts.setAllRowsVisible(true);
        conflicts.setEmptyStateText(getTranslation("matching.mentoring.no-conflicts"));
        conflicts.addThemeVariants(GridVariant.LUMO_COMPACT);

        RadioButtonGroup<DeclaredConflict.Kind> kind = new RadioButtonGroup<>(getTranslation("matching.mentoring.conflict-with"));
        kind.setItems(DeclaredConflict.Kind.ORGANISATION, DeclaredConflict.Kind.PERSON);
        kind.setItemLabelGenerator(k -> getTranslation(k == DeclaredConflict.Kind.ORGANISATION ? "matching.mentoring.an-organisation"
                : "matching.mentoring.a-person"));
        kind.setValue(DeclaredConflict.Kind.ORGANISATION);
        ComboBox<OrganisationBrief> organisation = new ComboBox<>(getTranslation("matching.mentoring.organisation"));
        organisation.setId("conflict-organisation");
        organisation.setItemLabelGenerator(o -> o.name() + " (" + o.country() + ")");
        organisation.setItems(query -> identity.findOrganisations(query.getFilter().orElse(""))
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        organisation.setWidth("24rem");
        TextField person = new TextField(getTranslation("matching.mentoring.person-email"));
        person.setId("conflict-person");
        person.setVisible(false);
        person.setWidth("24rem");
        kind.addValueChangeListener(e -> {
            organisation.setVisible(e.getValue() == DeclaredConflict.Kind.ORGANISATION);
            person.setVisible(!organisation.isVisible());
        });
        TextField reason = new TextField(getTranslation("matching.mentoring.reason"));
        reason.setId("conflict-reason");
        reason.setMaxLength(MentorSettingsService.MAX_REASON);
        reason.setPlaceholder(getTranslation("matching.mentoring.reason-placeholder"));
        reason.setWidth("24rem");
        Button declare = new Button(getTranslation("matching.mentoring.declare"), e -> {
            Long orgId = organisation.isVisible() && organisation.getValue() != null ? organisation.getValue().id() : null;
            Long personId = null;
            if (person.isVisible()) {
                var found = identity.findPersonByEmail(person.getValue());
                if (found.isEmpty()) {
                    Notices.error(getTranslation("matching.no-such-email", person.getValue()));
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
            }, getTranslation("matching.mentoring.declared-notice"));
        });
        declare.setId("declare-conflict");
        HorizontalLayout declareRow = new HorizontalLayout(kind, organisation, person, reason, declare);
        declareRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        declareRow.setWrap(true);

        Grid<ProjectRecommendation> projects = new Grid<>();
        projects.setId("project-recommendations");
        Map<String, String> names = Explanations.names(framework.activeFramework(), getLocale());
        projects.addComponentColumn(r -> new Anchor("projects/" + r.project().id(), r.project().title()))
                .setHeader(getTranslation("matching.mentoring.project"))
                .setFlexGrow(2).setWidth("14rem");
        projects.addColumn(r -> r.project().organisationName() + " (" + r.project().country() + ")").setHeader(getTranslation("matching.mentoring.institution"))
                .setFlexGrow(1).setWidth("10rem");
        projects.addColumn(r -> Explanations.score(r.score(), getLocale())).setHeader(getTranslation("matching.mentoring.score")).setAutoWidth(true).setFlexGrow(0);
        projects.addColumn(new ComponentRenderer<>(r -> Explanations.of(r.lines(), names, this))).setHeader(getTranslation("matching.mentoring.why")).setFlexGrow(3)
                .setWidth("22rem");
        // a project this mentor meets nothing of is no fit at all, however few projects there are
        projects.setItems(matching.recommendProjectsForMe(MatchingService.DEFAULT_K).stream().filter(r -> r.score() > 0).toList());
        projects.setAllRowsVisible(true);
        projects.setEmptyStateText(getTranslation("matching.mentoring.no-projects"));
        projects.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);

        add(new H3(getTranslation("matching.mentoring.capacity-heading")), capacityRow, load,
                new H3(getTranslation("matching.mentoring.conflicts-heading")), new Paragraph(getTranslation("matching.mentoring.conflicts-help")),
                conflicts, declareRow, new H3(getTranslation("matching.mentoring.projects-heading")), projects);
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
            Notices.error(Messages.of(e));
        }
    }

}
