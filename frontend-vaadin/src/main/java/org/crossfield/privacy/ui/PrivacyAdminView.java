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
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.Messages;
import org.crossfield.i18n.Text;
import org.crossfield.i18n.Translations;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Notices;
import org.crossfield.privacy.ConsentService;
import org.crossfield.privacy.ErasureRequestSummary;
import org.crossfield.privacy.ErasureReview;
import org.crossfield.privacy.ErasureService;
import org.crossfield.privacy.ErasureStatus;
import org.crossfield.privacy.ErasureStep;
import org.crossfield.privacy.InvalidPrivacyRequestException;
import org.crossfield.privacy.PrivacyNotice;
import org.crossfield.privacy.RetentionReport;
import org.crossfield.privacy.RetentionService;

/**
 * Administrators: the privacy notice and terms of use (publishing a new version), requests for erasure (what will be
 * erased and kept, carrying out or declining, and what was done) and the retention job's report. What the features say
 * about an erasure arrives as keyed texts and is said here in the administrator's language; requests carried out before
 * the keys were stored show their English note.
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
    private final Div decision = new Div();
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
        open.addColumn(r -> when(r.requestedAt())).setHeader(t("asked")).setAutoWidth(true).setFlexGrow(0);
        open.addColumn(ErasureRequestSummary::personName).setHeader(t("person"));
        open.addColumn(ErasureRequestSummary::personEmail).setHeader(t("email"));
        open.addThemeVariants(GridVariant.LUMO_COMPACT);
        open.setAllRowsVisible(true);
        open.setEmptyStateText(t("no-requests"));
        open.asSingleSelect().addValueChangeListener(e -> showReview(e.getValue()));
        review.setId("erasure-review");
        review.setWidthFull();

        decided.setId("decided-requests");
        decided.addColumn(r -> when(r.requestedAt())).setHeader(t("asked")).setAutoWidth(true).setFlexGrow(0);
        decided.addColumn(r -> r.decidedAt() == null ? "" : when(r.decidedAt())).setHeader(t("decided"))
                .setAutoWidth(true).setFlexGrow(0);
        decided.addColumn(ErasureRequestSummary::personName).setHeader(t("person-now"));
        decided.addColumn(r -> getTranslation("privacy.erasure-status." + r.status().name())).setHeader(t("decision"))
                .setAutoWidth(true);
        decided.addThemeVariants(GridVariant.LUMO_COMPACT);
        decided.setAllRowsVisible(true);
        decided.setEmptyStateText(t("none-decided"));
        decided.asSingleSelect().addValueChangeListener(e -> showDecision(e.getValue()));
        decision.setId("erasure-decision");
        decision.setWidthFull();

        // ---- notice
        noticeState.setId("notice-state");
        TextArea notice = new TextArea(t("notice"));
        notice.setId("notice-text");
        notice.setWidthFull();
        notice.setMinHeight("10rem");
        TextArea terms = new TextArea(t("terms"));
        terms.setId("terms-text");
        terms.setWidthFull();
        terms.setMinHeight("8rem");
        Optional<PrivacyNotice> current = consents.currentNotice();
        current.ifPresent(n -> {
            notice.setValue(n.noticeText());
            terms.setValue(n.termsText());
        });
        Button publish = new Button(t("publish"), e -> confirmPublish(notice.getValue(), terms.getValue()));
        publish.setId("publish-notice");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        // ---- retention
        retentionReport.setId("retention-report");
        Button runRetention = new Button(t("run-retention"), e -> {
            showRetention(retention.runNow());
            Notices.success(t("retention-ran"));
        });
        runRetention.setId("run-retention");

        add(new H3(t("requests-heading")), open, review, new H4(t("decided-heading")), decided, decision,
                new H3(t("notice-heading")), noticeState, notice, terms, publish,
                new H3(t("retention-heading")), new Paragraph(t("retention-help")), retentionReport, runRetention);
        refresh();
        showNotice(current);
        retention.lastRun().ifPresent(this::showRetention);
    }

    private void refresh() {
        open.setItems(erasures.openRequests());
        decided.setItems(erasures.decidedRequests().reversed());
        showReview(null);
        showDecision(null);
    }

    private void showNotice(Optional<PrivacyNotice> current) {
        noticeState.setText(current.map(n -> t("notice-state", n.version(), when(n.publishedAt())))
                .orElse(t("no-notice")));
    }

    private void showRetention(RetentionReport report) {
        retentionReport.removeAll();
        retentionReport.add(new Paragraph(t("retention-last", when(report.ranAt()), report.total())));
        UnorderedList lines = new UnorderedList();
        lines.setId("retention-lines");
        report.removed().forEach((rule, n) -> lines.add(new ListItem(
                getTranslation("privacy.retention-line", named("privacy.retention-rule." + rule, rule), n))));
        retentionReport.add(lines);
    }

    private void showReview(ErasureRequestSummary request) {
        review.removeAll();
        if (request == null) {
            return;
        }
        ErasureReview plan = erasures.review(request.id());
        review.add(new H4(t("review-heading", request.personName(), request.personEmail())));
        UnorderedList erased = new UnorderedList();
        erased.setId("review-erased");
        UnorderedList kept = new UnorderedList();
        kept.setId("review-kept");
        for (ErasureReview.Section section : plan.sections()) {
            String kind = named("privacy.data-kind." + section.kind(), section.kind());
            section.erased().forEach(line -> erased.add(new ListItem(getTranslation("privacy.retention-line", kind, say(line)))));
            section.kept().forEach(line -> kept.add(new ListItem(getTranslation("privacy.retention-line", kind, say(line)))));
        }
        Button carryOut = new Button(t("carry-out"), e -> confirmErasure(request));
        carryOut.setId("carry-out-erasure");
        carryOut.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        TextArea reason = new TextArea(t("decline-reason"));
        reason.setId("decline-reason");
        reason.setWidthFull();
        Button decline = new Button(t("decline"), e -> {
            try {
                erasures.decline(request.id(), reason.getValue());
                Notices.success(t("declined"));
                refresh();
            } catch (InvalidPrivacyRequestException ex) {
                Notices.error(Messages.of(ex));
            }
        });
        decline.setId("decline-erasure");
        review.add(new Paragraph(t("will-erase")), erased, new Paragraph(t("will-keep")), kept,
                new HorizontalLayout(carryOut), reason, decline);
    }

    /** What was done about a decided request: the steps carried out, or the reason it was declined. */
    private void showDecision(ErasureRequestSummary request) {
        decision.removeAll();
        if (request == null) {
            return;
        }
        if (request.status() == ErasureStatus.DECLINED && request.outcome() != null) {
            Paragraph reason = new Paragraph(t("declined-because", request.outcome()));
            reason.setId("erasure-declined-reason");
            decision.add(reason);
        } else if (!request.done().isEmpty()) {
            UnorderedList done = new UnorderedList();
            done.setId("erasure-done");
            request.done().forEach(step -> done.add(new ListItem(getTranslation("privacy.retention-line",
                    named("privacy.data-kind." + step.kind(), step.kind()), say(step.text())))));
            decision.add(new Paragraph(t("done-heading", request.personName())), done);
        }
    }

    /** A feature's sentence in the screen's language; its English when it has no key (a request carried out earlier). */
    private static String say(Text text) {
        return Optional.ofNullable(Messages.text(text)).orElse(text.english());
    }

    private void confirmErasure(ErasureRequestSummary request) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-erasure-dialog");
        dialog.setHeader(t("erase-question", request.personName()));
        dialog.setText(t("erase-happens"));
        dialog.setCancelable(true);
        dialog.setCancelText(t("cancel"));
        Button confirm = new Button(t("erase"), e -> {
            dialog.close();
            try {
                List<ErasureStep> done = erasures.carryOut(request.id());
                Notices.success(t("erased", done.size()));
                refresh();
                decided.getListDataView().getItems().filter(r -> r.id() == request.id()).findFirst().ifPresent(decided::select);
            } catch (InvalidPrivacyRequestException ex) {
                Notices.error(Messages.of(ex));
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
        dialog.setHeader(t("publish-question"));
        dialog.setText(t("publish-happens"));
        dialog.setCancelable(true);
        dialog.setCancelText(t("cancel"));
        Button confirm = new Button(t("publish-confirm"), e -> {
            dialog.close();
            try {
                PrivacyNotice published = consents.publish(notice, terms);
                showNotice(Optional.of(published));
                Notices.success(t("published", published.version()));
            } catch (InvalidPrivacyRequestException ex) {
                Notices.error(Messages.of(ex));
            }
        });
        confirm.setId("confirm-publish-notice");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(confirm);
        dialog.open();
    }

    /** The name of a code (a retention rule, a kind of data) in the screen's language; the code if it has none yet. */
    private String named(String key, String code) {
        return Translations.has(key) ? getTranslation(key) : code;
    }

    private String t(String key, Object... arguments) {
        return getTranslation("privacy.admin." + key, arguments);
    }

    private String when(java.time.Instant instant) {
        return Dates.when(instant, getLocale());
    }
}
