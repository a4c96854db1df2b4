package org.crossfield.agreement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.crossfield.i18n.ReferenceNames;
import org.crossfield.agreement.AgreementService;
import org.crossfield.agreement.AgreementStatus;
import org.crossfield.agreement.AgreementSummary;
import org.crossfield.agreement.InvalidAgreementException;
import org.crossfield.agreement.IpRegime;
import org.crossfield.agreement.StartAgreementCmd;
import org.crossfield.agreement.StartableCollaboration;
import org.crossfield.agreement.WaitingAgreement;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Notices;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The agreements I am party to; for coordinators also every agreement of their programmes by status, with how long
 * each has waited and on whom; coordinators and partners start an agreement for a collaboration from an IP regime.
 */
@Route("agreements")
@PageTitle("Agreements")
@Menu(order = 47, icon = "vaadin:file-text", title = "Agreements")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR})
public class AgreementsView extends VerticalLayout {

    private final AgreementService agreements;
    private final Grid<AgreementSummary> mine = new Grid<>();

    public AgreementsView(AgreementService agreements) {
        this.agreements = agreements;
        setId("agreements");
        boolean coordinator = CurrentUser.get().map(u -> u.hasRole(Roles.COORDINATOR)).orElse(false);
        boolean partner = CurrentUser.get().map(u -> u.hasRole(Roles.PARTNER)).orElse(false);
        // the agreements one already has come first; starting one is the rarer task
        H3 mineTitle = new H3(getTranslation("agreement.list.mine"));
        mine.setId("my-agreements-grid");
        mine.addColumn(AgreementSummary::title).setHeader(getTranslation("agreement.list.collaboration")).setFlexGrow(1);
        mine.addColumn(AgreementSummary::regimeCode).setHeader(getTranslation("agreement.list.regime")).setAutoWidth(true).setFlexGrow(0);
        mine.addColumn(a -> AgreementUi.status(this, a.status())).setHeader(getTranslation("agreement.list.status")).setAutoWidth(true).setFlexGrow(0);
        mine.addColumn(a -> "v" + a.currentVersion()).setHeader(getTranslation("agreement.list.version")).setAutoWidth(true).setFlexGrow(0);
        mine.addColumn(a -> AgreementUi.day(a.statusChangedAt(), getLocale())).setHeader(getTranslation("agreement.list.since")).setAutoWidth(true).setFlexGrow(0);
        mine.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        mine.addItemClickListener(e -> UI.getCurrent().navigate("agreements/" + e.getItem().id()));
        mine.setAllRowsVisible(true);
        List<AgreementSummary> myAgreements = agreements.myAgreements();
        mine.setItems(myAgreements);
        if (!myAgreements.isEmpty()) {
            add(mineTitle, mine);
        } else if (!coordinator) {
            Paragraph none = new Paragraph(getTranslation("agreement.list.none"));
            none.setId("no-agreements");
            none.addClassName("cf-muted");
            add(mineTitle, none);
        }
        if (coordinator || partner) {
            add(startForm());
        }
        if (coordinator) {
            add(programmeOverview());
        }
    }

    private VerticalLayout startForm() {
        ComboBox<StartableCollaboration> collaboration = new ComboBox<>(getTranslation("agreement.list.collaboration"));
        collaboration.setId("start-collaboration");
        collaboration.setWidth("40rem");
        collaboration.setMaxWidth("100%");
        collaboration.setItems(agreements.startableCollaborations());
        collaboration.setItemLabelGenerator(c -> c.title() + (c.studentName() == null ? "" : " — " + c.studentName())
                + (c.partnerOrganisationName() == null ? "" : " — " + c.partnerOrganisationName()));
        Select<IpRegime> regime = new Select<>();
        regime.setLabel(getTranslation("agreement.start.regime"));
        regime.setId("start-regime");
        regime.setItems(agreements.regimes());
        regime.setItemLabelGenerator(r -> ReferenceNames.ipRegime(r.code(), r.title(), getLocale()));
        regime.setWidth("40rem");
        regime.setMaxWidth("100%");
        regime.addValueChangeListener(e -> regime.setHelperText(e.getValue() == null ? null : AgreementUi.regimeSummary(this, e.getValue())));
        Button start = new Button(getTranslation("agreement.start.button"), e -> {
            if (collaboration.getValue() == null || regime.getValue() == null) {
                Notices.error(getTranslation("agreement.start.choose"));
                return;
            }
            try {
                long id = agreements.start(new StartAgreementCmd(collaboration.getValue().id(), regime.getValue().code()));
                Notices.success(getTranslation("agreement.start.drafted"));
                UI.getCurrent().navigate("agreements/" + id);
            } catch (InvalidAgreementException | AccessDeniedException ex) {
                Notices.error(ex instanceof InvalidAgreementException refusal ? AgreementUi.refusal(this, refusal)
                        : getTranslation("agreement.start.denied"));
            }
        });
        start.setId("start-agreement");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // one field under the other: the regime's terms show under its field once chosen
        VerticalLayout row = new VerticalLayout(collaboration, regime, start);
        row.setPadding(false);
        Paragraph hint = new Paragraph(getTranslation("agreement.start.hint"));
        hint.addClassName("cf-muted");
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("agreement.start.heading")), hint, row);
        form.setPadding(false);
        return form;
    }

    private VerticalLayout programmeOverview() {
        Select<AgreementStatus> status = new Select<>();
        status.setLabel(getTranslation("agreement.list.status"));
        status.setId("overview-status");
        status.setItems(AgreementStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("agreement.overview.all") : AgreementUi.status(this, s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("agreement.overview.all"));
        Grid<WaitingAgreement> grid = new Grid<>();
        grid.setId("programme-agreements-grid");
        grid.addColumn(WaitingAgreement::title).setHeader(getTranslation("agreement.list.collaboration")).setFlexGrow(3);
        grid.addColumn(WaitingAgreement::programmeName).setHeader(getTranslation("agreement.overview.programme")).setFlexGrow(2);
        grid.addColumn(w -> AgreementUi.status(this, w.status())).setHeader(getTranslation("agreement.list.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(w -> getTranslation("agreement.overview.days", w.waitingDays())).setHeader(getTranslation("agreement.overview.waiting")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WaitingAgreement::waitingOn).setHeader(getTranslation("agreement.overview.waiting-on")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> UI.getCurrent().navigate("agreements/" + e.getItem().id()));
        grid.setHeight("28rem");
        grid.setItemsPageable(page -> agreements.programmeAgreements(status.getValue(),
                PageRequest.of(page.getPageNumber(), page.getPageSize())).getContent());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Paragraph hint = new Paragraph(getTranslation("agreement.overview.hint"));
        hint.addClassName("cf-muted");
        VerticalLayout overview = new VerticalLayout(new H3(getTranslation("agreement.overview.heading")), hint, status, grid);
        overview.setPadding(false);
        return overview;
    }
}
