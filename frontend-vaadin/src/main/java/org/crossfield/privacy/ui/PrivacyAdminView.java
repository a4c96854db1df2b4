package org.crossfield.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Notices;
import org.crossfield.privacy.ConsentService;
import org.crossfield.privacy.ErasureRequestSummary;
import org.crossfield.privacy.ErasureReview;
import org.crossfield.privacy.ErasureService;
import org.crossfield.privacy.InvalidPrivacyRequestException;
import org.crossfield.privacy.PrivacyNotice;
import org.crossfield.privacy.RetentionReport;
import org.crossfield.privacy.RetentionService;

/**
 * Administrators: the privacy notice and terms of use (publishing a new version), requests for erasure (what will be
 * erased and kept, carrying out or declining) and the retention job's report.
 */
@Route("admin/privacy")
@PageTitle("Privacy")
@Menu(order = 97, icon = "vaadin:safe", title = "Privacy")
@RolesAllowed(Roles.ADMIN)
public class PrivacyAdminView extends VerticalLayout {

    private final ConsentService consents;
    private final ErasureService erasures;
    private final RetentionService retention;
    private final Grid<ErasureRequestSummary> open = new Grid<>();
    private final Grid<ErasureRequestSummary> decided = new Grid<>();
    private final Div review = new Div();
    private final Paragraph noticeState = new Paragraph();
    private final Div retentionReport = new Div();

    public PrivacyAdminView(ConsentService consents, ErasureService erasures, RetentionService retention) {
        this.consents = consents;
        this.erasures = erasures;
        this.retention = retention;
        setId("privacy-admin");
        setWidthFull();
        setMaxWidth("72rem");

        // ---- erasure requests
        open.setId("erasure-requests");
        open.addColumn(r -> MyDataView.WHEN.format(r.requestedAt())).setHeader("Asked").setAutoWidth(true).setFlexGrow(0);
        open.addColumn(ErasureRequestSummary::personName).setHeader("Person");
        open.addColumn(ErasureRequestSummary::personEmail).setHeader("E-mail");
        open.addThemeVariants(GridVariant.LUMO_COMPACT);
        open.setAllRowsVisible(true);
        open.setEmptyStateText("No request is waiting.");
        open.asSingleSelect().addValueChangeListener(e -> showReview(e.getValue()));
        review.setId("erasure-review");
        review.setWidthFull();

        decided.setId("decided-requests");
        decided.addColumn(r -> MyDataView.WHEN.format(r.requestedAt())).setHeader("Asked").setAutoWidth(true).setFlexGrow(0);
        decided.addColumn(r -> r.decidedAt() == null ? "" : MyDataView.WHEN.format(r.decidedAt())).setHeader("Decided")
                .setAutoWidth(true).setFlexGrow(0);
        decided.addColumn(ErasureRequestSummary::personName).setHeader("Person (now)");
        decided.addColumn(r -> r.status().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)).setHeader("Decision")
                .setAutoWidth(true);
        decided.addThemeVariants(GridVariant.LUMO_COMPACT);
        decided.setAllRowsVisible(true);
        decided.setEmptyStateText("No request has been decided yet.");

        // ---- notice
        noticeState.setId("notice-state");
        TextArea notice = new TextArea("Privacy notice");
        notice.setId("notice-text");
        notice.setWidthFull();
        notice.setMinHeight("10rem");
        TextArea terms = new TextArea("Terms of use");
        terms.setId("terms-text");
        terms.setWidthFull();
        terms.setMinHeight("8rem");
        Optional<PrivacyNotice> current = consents.currentNotice();
        current.ifPresent(n -> {
            notice.setValue(n.noticeText());
            terms.setValue(n.termsText());
        });
        Button publish = new Button("Publish as a new version", e -> confirmPublish(notice.getValue(), terms.getValue()));
        publish.setId("publish-notice");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        // ---- retention
        retentionReport.setId("retention-report");
        Button runRetention = new Button("Run the retention job now", e -> {
            showRetention(retention.runNow());
            Notices.success("The retention job ran.");
        });
        runRetention.setId("run-retention");

        add(new H3("Requests for erasure"), open, review, new H4("Decided requests"), decided,
                new H3("Privacy notice and terms of use"), noticeState, notice, terms, publish,
                new H3("Retention"), new Paragraph("Once a day Crossfield removes personal data whose retention period is over."
                        + " The periods are set by your operator; the record of processing lists them."), retentionReport, runRetention);
        refresh();
        showNotice(current);
        retention.lastRun().ifPresent(this::showRetention);
    }

    private void refresh() {
        open.setItems(erasures.openRequests());
        decided.setItems(erasures.decidedRequests().reversed());
        showReview(null);
    }

    private void showNotice(Optional<PrivacyNotice> current) {
        noticeState.setText(current.map(n -> "Version " + n.version() + " was published on " + MyDataView.WHEN.format(n.publishedAt())
                        + ". Everyone accepts the current version at their next login.")
                .orElse("No version is published: nobody is asked to accept anything."));
    }

    private void showRetention(RetentionReport report) {
        retentionReport.removeAll();
        retentionReport.add(new Paragraph("Last run on this server: " + MyDataView.WHEN.format(report.ranAt()) + ", "
                + report.total() + " items removed."));
        UnorderedList lines = new UnorderedList();
        report.removed().forEach((rule, n) -> lines.add(new ListItem(rule + ": " + n)));
        retentionReport.add(lines);
    }

    private void showReview(ErasureRequestSummary request) {
        review.removeAll();
        if (request == null) {
            return;
        }
        ErasureReview plan = erasures.review(request.id());
        review.add(new H4("Erasure of " + request.personName() + " (" + request.personEmail() + ")"));
        UnorderedList erased = new UnorderedList();
        erased.setId("review-erased");
        UnorderedList kept = new UnorderedList();
        kept.setId("review-kept");
        for (ErasureReview.Section section : plan.sections()) {
            section.erased().forEach(line -> erased.add(new ListItem(section.kind() + ": " + line)));
            section.kept().forEach(line -> kept.add(new ListItem(section.kind() + ": " + line)));
        }
        Button carryOut = new Button("Carry out the erasure", e -> confirmErasure(request));
        carryOut.setId("carry-out-erasure");
        carryOut.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        TextArea reason = new TextArea("Reason for declining (told to the person)");
        reason.setId("decline-reason");
        reason.setWidthFull();
        Button decline = new Button("Decline", e -> {
            try {
                erasures.decline(request.id(), reason.getValue());
                Notices.success("The request was declined.");
                refresh();
            } catch (InvalidPrivacyRequestException ex) {
                Notices.error(ex.getMessage());
            }
        });
        decline.setId("decline-erasure");
        review.add(new Paragraph("Will be erased:"), erased, new Paragraph("Will be kept, and why:"), kept,
                new HorizontalLayout(carryOut), reason, decline);
    }

    private void confirmErasure(ErasureRequestSummary request) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-erasure-dialog");
        dialog.setHeader("Erase " + request.personName() + "?");
        dialog.setText("Their personal data is erased as listed, what must be kept stays under a pseudonym, and they can no"
                + " longer log in. This cannot be undone.");
        dialog.setCancelable(true);
        dialog.setCancelText("Cancel");
        Button confirm = new Button("Erase", e -> {
            dialog.close();
            try {
                List<String> done = erasures.carryOut(request.id());
                Notices.success("Erased: " + done.size() + " steps carried out.");
                refresh();
            } catch (InvalidPrivacyRequestException ex) {
                Notices.error(ex.getMessage());
                refresh();
            }
        });
        confirm.setId("confirm-erasure");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(confirm);
        dialog.open();
    }

    private void confirmPublish(String notice, String terms) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("publish-notice-dialog");
        dialog.setHeader("Publish a new version?");
        dialog.setText("Everyone will be asked to read and accept the new version at their next login.");
        dialog.setCancelable(true);
        dialog.setCancelText("Cancel");
        Button confirm = new Button("Publish", e -> {
            dialog.close();
            try {
                PrivacyNotice published = consents.publish(notice, terms);
                showNotice(Optional.of(published));
                Notices.success("Version " + published.version() + " is published.");
            } catch (InvalidPrivacyRequestException ex) {
                Notices.error(ex.getMessage());
            }
        });
        confirm.setId("confirm-publish-notice");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(confirm);
        dialog.open();
    }
}
