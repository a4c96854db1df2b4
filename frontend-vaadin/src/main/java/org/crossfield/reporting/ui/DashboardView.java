package org.crossfield.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.crossfield.collaboration.CollaborationService;
import org.crossfield.collaboration.CollaborationStatus;
import org.crossfield.collaboration.CollaborationSummary;
import org.crossfield.collaboration.ConfirmationDue;
import org.crossfield.collaboration.ConfirmationsDue;
import org.crossfield.collaboration.ReportingService;
import org.crossfield.competency.CompetencyFrameworkService;
import org.crossfield.competency.CompetencyProfile;
import org.crossfield.competency.CompetencySummary;
import org.crossfield.competency.FrameworkDetails;
import org.crossfield.competency.ProfileLevel;
import org.crossfield.competency.ProfileService;
import org.crossfield.competency.Assessment;
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.ReferenceNames;
import org.crossfield.i18n.Numbers;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.IdentityService;
import org.crossfield.identity.PeopleByCountry;
import org.crossfield.identity.PlatformFigures;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.PendingWork;
import org.crossfield.reporting.SvgCharts;
import org.springframework.beans.factory.ObjectProvider;

/** Each role's start page: a few real figures from the database, and the next thing to do. */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Dashboard")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    /** The roles that take part in collaborations (as student, supervisor, mentor or the partner's manager). */
    private static final List<String> PARTIES = List.of(Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER);
    /** The most confirmations listed; the rest are a click away in the workspaces. */
    private static final int CONFIRMATIONS_LISTED = 5;

    private final Clock clock;

    public DashboardView(AuthenticationContext authentication, IdentityService identity, ProfileService profiles,
                         CompetencyFrameworkService framework, CollaborationService collaborations,
                         ReportingService reporting, Clock clock, ObjectProvider<PendingWork> pendingWork) {
        this.clock = clock;
        setId("dashboard");
        CrossfieldUser me = authentication.getAuthenticatedUser(CrossfieldUser.class).orElseThrow();
        Paragraph greeting = new Paragraph(getTranslation("reporting.dashboard.welcome", me.getDisplayName()));
        greeting.setId("greeting");
        add(greeting);
        add(pendingSection(pendingWork.orderedStream().flatMap(work -> work.tasksFor(me).stream()).toList()));

        if (me.getRoles().stream().anyMatch(PARTIES::contains)) {
            add(collaborationSection(collaborations.myCollaborations(), reporting.myConfirmationsDue(CONFIRMATIONS_LISTED)));
        }
        if (me.getRoles().stream().anyMatch(Roles.WITH_PROFILE::contains)) {
            add(profileSection(profiles.profileOf(me.getId()), framework.activeFramework()));
        }
        if (me.hasRole(Roles.ADMIN)) {
            add(adminSection(identity.platformFigures(), framework.activeFramework()));
        }
        if (me.hasRole(Roles.PARTNER)) {
            add(section(getTranslation("reporting.dashboard.organisation"), "partner-figures",
                    figure(me.getOrganisationName() == null ? getTranslation("reporting.dashboard.mentors-here")
                                    : getTranslation("reporting.dashboard.mentors-from", me.getOrganisationName()),
                            identity.mentorsInMyOrganisation())));
        }
        if (me.hasRole(Roles.COORDINATOR) || me.hasRole(Roles.ADMIN)) {
            Anchor reports = new Anchor("reports", getTranslation("reporting.dashboard.open-reports"));
            reports.setId("open-reports");
            add(section(getTranslation("reporting.dashboard.reports"), "reports-link", reports));
        }
        if (me.hasRole(Roles.COORDINATOR) || me.hasRole(Roles.ADMIN) || me.hasRole(Roles.PARTNER)) {
            add(peopleByCountry(identity.peopleByCountry()));
        }
    }

    /**
     * "Waiting for you": what the person must do next in every feature (each feature's {@link PendingWork}), with how
     * many and the link to the screen where it is done; first on the page, because it is why most people come here.
     */
    private Component pendingSection(List<PendingWork.Task> tasks) {
        VerticalLayout section = section(getTranslation("reporting.todo.title"), "pending-work");
        if (tasks.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("reporting.todo.none"));
            none.setId("todo-none");
            none.addClassName("cf-muted");
            section.add(none);
            return section;
        }
        for (PendingWork.Task task : tasks) {
            Span count = new Span(String.valueOf(task.count()));
            count.addClassName("cf-todo-count");
            Anchor link = new Anchor(task.route(), getTranslation(task.textKey(), task.count()));
            link.setId("todo-" + task.id());
            FlexLayout line = new FlexLayout(count, link);
            line.setAlignItems(FlexLayout.Alignment.CENTER);
            line.getStyle().set("gap", "var(--lumo-space-s)").set("padding", "var(--lumo-space-xs) 0");
            section.add(line);
        }
        return section;
    }

    private Component collaborationSection(List<CollaborationSummary> mine, ConfirmationsDue due) {
        long active = mine.stream().filter(c -> c.status() == CollaborationStatus.ACTIVE).count();
        VerticalLayout section = section(getTranslation("reporting.dashboard.collaborations"), "collaboration-figures",
                row(figure(getTranslation("reporting.dashboard.active-collaborations"), active),
                        figure(getTranslation("reporting.dashboard.confirmations-due"), due.total())));
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("reporting.dashboard.no-collaboration"));
            none.addClassName("cf-muted");
            section.add(none);
            return section;
        }
        LocalDate today = LocalDate.now(clock);
        for (ConfirmationDue d : due.soonest()) {
            Anchor confirm = new Anchor("collaborations/" + d.collaborationId(), getTranslation(
                    d.dueOn().isBefore(today) ? "reporting.dashboard.confirm-overdue" : "reporting.dashboard.confirm-due",
                    d.collaborationTitle(), d.windowTitle(), Dates.day(d.dueOn(), getLocale())));
            confirm.setId("confirmation-due-" + d.windowId() + "-" + d.collaborationId());
            section.add(new Div(confirm));
        }
        Anchor open = new Anchor("collaborations", getTranslation("reporting.dashboard.open-collaborations"));
        open.setId("open-collaborations");
        section.add(open);
        return section;
    }

    private Component profileSection(CompetencyProfile profile, FrameworkDetails framework) {
        List<ProfileLevel> entries = profile.entries();
        long verified = entries.stream().filter(e -> e.assessment() == Assessment.VERIFIED).count();
        double average = entries.stream().mapToInt(ProfileLevel::level).average().orElse(0);
        Map<String, ProfileLevel> byCode = profile.byCode();
        List<String> unrated = framework.competencies().stream().map(CompetencySummary::code)
                .filter(code -> !byCode.containsKey(code)).toList();
        String courses = framework.courseAreas().stream()
                .filter(area -> area.covers().stream().anyMatch(unrated::contains))
                .map(area -> ReferenceNames.courseArea(area.code(), area.title(), getLocale())).collect(Collectors.joining(", "));
        Div figures = row(
                figure(getTranslation("reporting.dashboard.rated"), entries.size()),
                figure(getTranslation("reporting.dashboard.verified"), verified),
                figure(getTranslation("reporting.dashboard.average-level"), Math.round(average * 10) / 10.0),
                figure(getTranslation("reporting.dashboard.not-rated"), unrated.size()));
        Paragraph next = new Paragraph(entries.isEmpty()
                ? getTranslation("reporting.dashboard.profile-start")
                : getTranslation("reporting.dashboard.profile-keep"));
        next.addClassName("cf-muted");
        VerticalLayout section = section(getTranslation("reporting.dashboard.profile"), "profile-figures", figures, next,
                profileLink());
        if (!courses.isEmpty()) {
            Paragraph gap = new Paragraph(getTranslation("reporting.dashboard.course-areas", courses));
            gap.addClassName("cf-muted");
            section.add(gap);
        }
        return section;
    }

    private Component adminSection(PlatformFigures figures, FrameworkDetails framework) {
        List<Component> cards = new ArrayList<>();
        cards.add(figure(getTranslation("reporting.dashboard.organisations"), figures.organisations()));
        cards.add(figure(getTranslation("reporting.dashboard.people"), figures.users()));
        figures.usersByRole().forEach((role, count) -> cards.add(figure(getTranslation("reporting.dashboard.role-plural." + role), count)));
        Paragraph frameworkLine = new Paragraph(getTranslation("reporting.dashboard.framework", framework.versionLabel(),
                framework.competencies().size()));
        frameworkLine.addClassName("cf-muted");
        return section(getTranslation("reporting.dashboard.platform"), "admin-figures", row(cards.toArray(Component[]::new)), frameworkLine);
    }

    private Component peopleByCountry(List<PeopleByCountry> rows) {
        List<String> roles = List.of(Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR);
        Map<String, long[]> byCountry = new TreeMap<>();
        for (PeopleByCountry row : rows) {
            byCountry.computeIfAbsent(row.country(), c -> new long[roles.size()])[roles.indexOf(row.role())] = row.people();
        }
        TranslatedReportLabels countries = new TranslatedReportLabels(getLocale());
        List<SvgCharts.BarGroup> groups = byCountry.entrySet().stream()
                .map(e -> new SvgCharts.BarGroup(countries.country(e.getKey()),
                        java.util.Arrays.stream(e.getValue()).boxed().toList()))
                .toList();
        if (groups.stream().allMatch(g -> g.values().stream().allMatch(v -> v == 0))) {
            // an installation with nobody in an organisation yet: say so, rather than draw a legend over empty axes
            return section(getTranslation("reporting.dashboard.people-per-country"), "people-by-country",
                    ChartCard.empty("people-chart", getTranslation("reporting.chart.people.title"),
                            getTranslation("reporting.chart.people.none")));
        }
        List<String> series = roles.stream().map(r -> getTranslation("reporting.dashboard.role-plural." + r)).toList();
        String svg = SvgCharts.groupedBars(getTranslation("reporting.chart.people.title"), series, groups);
        List<String> headers = new ArrayList<>(List.of(getTranslation("reporting.chart.country")));
        headers.addAll(series);
        Component chart = new ChartCard("people-chart", svg, getTranslation("reporting.chart.people.description", groups.size()),
                headers, groups.stream().map(g -> {
                    List<String> row = new ArrayList<>(List.of(g.label()));
                    g.values().forEach(v -> row.add(Numbers.whole(v, getLocale())));
                    return row;
                }).toList());
        return section(getTranslation("reporting.dashboard.people-per-country"), "people-by-country", chart);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard");
    }

    private Anchor profileLink() {
        Anchor link = new Anchor("profile", getTranslation("reporting.dashboard.open-profile"));
        link.setId("open-profile");
        return link;
    }

    private static VerticalLayout section(String title, String id, Component... content) {
        VerticalLayout section = new VerticalLayout();
        section.setId(id);
        section.addClassName("cf-card");
        section.setWidthFull();
        section.setSpacing(false);
        section.add(new H3(title));
        section.add(content);
        return section;
    }

    private static Div row(Component... figures) {
        FlexLayout row = new FlexLayout(figures);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-xl)");
        Div wrapper = new Div(row);
        wrapper.setWidthFull();
        return wrapper;
    }

    private Component figure(String label, Number value) {
        Span number = new Span(value instanceof Double d ? Numbers.figure(java.math.BigDecimal.valueOf(d), getLocale())
                : Numbers.whole(value.longValue(), getLocale()));
        number.addClassName("cf-figure");
        Span caption = new Span(label);
        caption.addClassName("cf-muted");
        VerticalLayout figure = new VerticalLayout(number, caption);
        figure.setPadding(false);
        figure.setSpacing(false);
        figure.setWidth("auto");
        return figure;
    }
}
