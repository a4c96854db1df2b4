package org.crossfield.privacy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Notices;
import org.crossfield.privacy.ConsentEntry;
import org.crossfield.privacy.ConsentKind;
import org.crossfield.privacy.ConsentService;
import org.crossfield.privacy.ErasureRequestSummary;
import org.crossfield.privacy.ErasureService;
import org.crossfield.privacy.ErasureStatus;
import org.crossfield.privacy.PersonalDataService;
import org.crossfield.privacy.PrivacyChoices;
import org.crossfield.privacy.PrivacyNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.ObjectProvider;

/**
 * "My data": download everything Crossfield holds about me (one ZIP), my opt-ins (withdrawable at any time), the
 * consents I gave, and asking for erasure of my account.
 */
@Route("my-data")
@PageTitle("My data")
@Menu(order = 201, icon = "vaadin:archive", title = "My data")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
public class MyDataView extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private static final Logger log = LoggerFactory.getLogger(MyDataView.class);

    private final ConsentService consents;
    private final ErasureService erasures;
    private final TaskExecutor executor;
    private final SecurityContextHolderStrategy securityContexts;
    private final Grid<ConsentEntry> history = new Grid<>();
    private final Div erasure = new Div();

    public MyDataView(PersonalDataService data, ConsentService consents, ErasureService erasures,
                      @Qualifier("applicationTaskExecutor") TaskExecutor executor,
                      ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        // the strategy method security reads (a bean when Vaadin provides one), so the background thread carries the
        // login exactly where the services' checks look for it
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.consents = consents;
        this.erasures = erasures;
        this.executor = executor;
        setId("my-data");
        setMaxWidth("56rem");
        long me = CurrentUser.require().getId();

        Paragraph intro = new Paragraph("Everything Crossfield holds about you, in one ZIP file: a JSON document per kind of"
                + " data (your account and roles, profile, applications, agreements, collaborations and outcomes, notifications,"
                + " consents), the files you uploaded and a short summary (README.txt).");
        Button prepare = new Button("Prepare my data", new Icon(VaadinIcon.ARCHIVE));
        prepare.setId("prepare-my-data");
        prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.setVisible(false);
        progress.setWidth("20rem");
        Div ready = new Div();
        ready.setId("export-ready");
        prepare.addClickListener(e -> prepareInBackground(data, me, prepare, progress, ready));

        PrivacyChoices choices = consents.myChoices();
        Checkbox showcase = new Checkbox("Show the outcomes I record (marked public) on the public showcase");
        showcase.setId("optin-showcase");
        showcase.setValue(choices.showcase());
        showcase.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                consents.setOptIn(ConsentKind.SHOWCASE, e.getValue());
                Notices.success(e.getValue() ? "Your public outcomes are shown on the showcase."
                        : "Your outcomes are no longer shown on the showcase.");
                refreshHistory();
            }
        });
        Checkbox mail = new Checkbox("Send me optional e-mails (news about Crossfield and its programmes)");
        mail.setId("optin-mail");
        mail.setValue(choices.optionalMail());
        mail.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                consents.setOptIn(ConsentKind.OPTIONAL_MAIL, e.getValue());
                Notices.success(e.getValue() ? "You will receive optional e-mails." : "You will receive no optional e-mails.");
                refreshHistory();
            }
        });
        Paragraph essential = new Paragraph("E-mails about your own applications, agreements, collaborations and account are"
                + " needed for the service and are always sent.");
        essential.addClassName("cf-muted");

        Optional<PrivacyNotice> notice = consents.currentNotice();
        VerticalLayout noticeBox = new VerticalLayout();
        noticeBox.setPadding(false);
        if (notice.isPresent()) {
            Paragraph accepted = new Paragraph(choices.acceptedVersion() == null ? "You have not accepted a version yet."
                    : "You accepted version " + choices.acceptedVersion() + " on " + WHEN.format(choices.acceptedAt()) + ".");
            accepted.setId("accepted-version");
            Div text = new Div();
            text.setText(notice.get().noticeText() + "\n\n" + notice.get().termsText());
            text.getStyle().set("white-space", "pre-wrap");
            noticeBox.add(accepted, new Details("Read version " + notice.get().version(), text));
        } else {
            noticeBox.add(new Paragraph("The operator has not published a privacy notice."));
        }

        history.setId("consent-history");
        history.addColumn(c -> WHEN.format(c.recordedAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(MyDataView::describe).setHeader("What");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        refreshHistory();

        erasure.setId("erasure-section");
        showErasure();

        add(new H3("Download your data"), intro, prepare, progress, ready,
                new H3("Your choices"), showcase, mail, essential,
                new H3("Privacy notice and terms of use"), noticeBox,
                new H3("Your consents and withdrawals"), history,
                new H3("Erase my account"), erasure);
    }

    /**
     * Prepares the ZIP on a background thread (as this person), showing how far it has come, then offers it for download
     * and says so; the screen stays usable meanwhile.
     */
    private void prepareInBackground(PersonalDataService data, long me, Button prepare, ProgressBar progress, Div ready) {
        UI ui = UI.getCurrent();
        prepare.setEnabled(false);
        ready.removeAll();
        progress.setValue(0);
        progress.setVisible(true);
        ui.setPollInterval(300);
        var context = securityContexts.getContext();
        // the person's login goes with the work: into the strategy method security reads and the global holder
        java.util.concurrent.Executor asThisPerson = task -> executor.execute(() -> {
            SecurityContextHolderStrategy global = SecurityContextHolder.getContextHolderStrategy();
            global.setContext(context);
            securityContexts.setContext(context);
            try {
                task.run();
            } finally {
                securityContexts.clearContext();
                global.clearContext();
            }
        });
        CompletableFuture.supplyAsync(() -> data.export(me, (done, total) -> ui.access(() -> progress.setValue((double) done / total))),
                        asThisPerson)
                .whenComplete((export, failure) -> ui.access(() -> {
                    ui.setPollInterval(-1);
                    progress.setVisible(false);
                    prepare.setEnabled(true);
                    if (failure != null) {
                        log.error("Preparing the data of person {} failed", me, failure);
                        Notices.error("Your data could not be prepared. Please try again; if it fails again, tell an administrator.");
                        return;
                    }
                    Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                            new ByteArrayInputStream(export.zip()), export.fileName(), "application/zip", export.zip().length)), "");
                    Button downloadButton = new Button("Download " + export.fileName() + " (" + kilobytes(export.zip().length) + ")",
                            new Icon(VaadinIcon.DOWNLOAD));
                    downloadButton.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                    download.add(downloadButton);
                    download.setId("download-my-data");
                    download.getElement().setAttribute("download", true);
                    ready.add(download);
                    Notices.success("Your data is ready to download.");
                }));
    }

    static String kilobytes(int bytes) {
        return bytes < 1024 ? bytes + " bytes" : (bytes + 1023) / 1024 + " KB";
    }

    static String describe(ConsentEntry c) {
        return switch (c.kind()) {
            case PRIVACY_NOTICE -> "Accepted the privacy notice and terms of use, version " + c.noticeVersion();
            case SHOWCASE -> c.granted() ? "Agreed to show outcomes on the public showcase" : "Withdrew the showcase opt-in";
            case OPTIONAL_MAIL -> c.granted() ? "Agreed to optional e-mails" : "Withdrew the optional e-mails opt-in";
        };
    }

    private void refreshHistory() {
        history.setItems(consents.myConsents().reversed());
    }

    private void showErasure() {
        erasure.removeAll();
        Optional<ErasureRequestSummary> open = erasures.myOpenRequest();
        if (open.isPresent()) {
            Paragraph waiting = new Paragraph("You asked for erasure on " + WHEN.format(open.get().requestedAt())
                    + ". An administrator reviews the request and carries it out; you can still withdraw it until then.");
            waiting.setId("erasure-waiting");
            Button withdraw = new Button("Withdraw my request", e -> {
                erasures.cancelMyRequest();
                Notices.success("Your request for erasure was withdrawn.");
                showErasure();
            });
            withdraw.setId("withdraw-erasure");
            erasure.add(waiting, withdraw);
            return;
        }
        erasures.myRequests().stream().findFirst().filter(r -> r.status() == ErasureStatus.DECLINED).ifPresent(r -> {
            Paragraph declined = new Paragraph("Your request of " + WHEN.format(r.requestedAt()) + " was declined: " + r.outcome());
            declined.setId("erasure-declined");
            erasure.add(declined);
        });
        Paragraph explain = new Paragraph("An administrator erases your name, e-mail address, competency profile, CVs, draft"
                + " applications, notes about you and your notifications, and you can no longer log in. What must be kept is"
                + " kept under a pseudonym (\"Former user …\"): agreements that were signed (they are contracts) and outcomes"
                + " already reported to a funder. Download your data first if you want a copy.");
        Button ask = new Button("Ask for erasure of my account", new Icon(VaadinIcon.TRASH));
        ask.setId("request-erasure");
        ask.addThemeVariants(ButtonVariant.LUMO_ERROR);
        ask.addClickListener(e -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setId("erasure-dialog");
            dialog.setHeader("Ask for erasure of your account?");
            dialog.setText("An administrator will review the request and carry it out. After that you cannot log in, and what"
                    + " is erased cannot be restored.");
            dialog.setCancelable(true);
            dialog.setCancelText("Cancel");
            Button confirm = new Button("Ask for erasure", c -> {
                dialog.close();
                erasures.request();
                Notices.success("Your request was sent to the administrators.");
                showErasure();
            });
            confirm.setId("confirm-erasure-request");
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            dialog.setConfirmButton(confirm);
            dialog.open();
        });
        erasure.add(explain, ask);
    }
}
