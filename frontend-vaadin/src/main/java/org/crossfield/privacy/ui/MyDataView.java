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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.crossfield.i18n.Dates;
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

        Paragraph intro = new Paragraph(t("intro"));
        Button prepare = new Button(t("prepare"), new Icon(VaadinIcon.ARCHIVE));
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
        Checkbox showcase = new Checkbox(t("optin-showcase"));
        showcase.setId("optin-showcase");
        showcase.setValue(choices.showcase());
        showcase.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                consents.setOptIn(ConsentKind.SHOWCASE, e.getValue());
                Notices.success(t(e.getValue() ? "showcase-on" : "showcase-off"));
                refreshHistory();
            }
        });
        Checkbox mail = new Checkbox(t("optin-mail"));
        mail.setId("optin-mail");
        mail.setValue(choices.optionalMail());
        mail.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                consents.setOptIn(ConsentKind.OPTIONAL_MAIL, e.getValue());
                Notices.success(t(e.getValue() ? "mail-on" : "mail-off"));
                refreshHistory();
            }
        });
        Paragraph essential = new Paragraph(t("essential"));
        essential.addClassName("cf-muted");

        Optional<PrivacyNotice> notice = consents.currentNotice();
        VerticalLayout noticeBox = new VerticalLayout();
        noticeBox.setPadding(false);
        if (notice.isPresent()) {
            Paragraph accepted = new Paragraph(choices.acceptedVersion() == null ? t("not-accepted")
                    : t("accepted", choices.acceptedVersion(), when(choices.acceptedAt())));
            accepted.setId("accepted-version");
            Div text = new Div();
            text.setText(notice.get().noticeText() + "\n\n" + notice.get().termsText());
            text.getStyle().set("white-space", "pre-wrap");
            noticeBox.add(accepted, new Details(t("read-version", notice.get().version()), text));
        } else {
            noticeBox.add(new Paragraph(t("no-notice")));
        }

        history.setId("consent-history");
        history.addColumn(c -> when(c.recordedAt())).setHeader(t("when")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(this::describe).setHeader(t("what"));
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        refreshHistory();

        erasure.setId("erasure-section");
        showErasure();

        add(new H3(t("download-heading")), intro, prepare, progress, ready,
                new H3(t("choices-heading")), showcase, mail, essential,
                new H3(t("notice-heading")), noticeBox,
                new H3(t("consents-heading")), history,
                new H3(t("erase-heading")), erasure);
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
                        Notices.error(t("export-failed"));
                        return;
                    }
                    Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                            new ByteArrayInputStream(export.zip()), export.fileName(), "application/zip", export.zip().length)), "");
                    Button downloadButton = new Button(t("download", export.fileName(), kilobytes(export.zip().length)),
                            new Icon(VaadinIcon.DOWNLOAD));
                    downloadButton.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                    download.add(downloadButton);
                    download.setId("download-my-data");
                    download.getElement().setAttribute("download", true);
                    ready.add(download);
                    Notices.success(t("export-ready"));
                }));
    }

    private String kilobytes(int bytes) {
        return bytes < 1024 ? t("bytes", bytes) : t("kilobytes", (bytes + 1023) / 1024);
    }

    private String describe(ConsentEntry c) {
        return switch (c.kind()) {
            case PRIVACY_NOTICE -> t("consent.notice", c.noticeVersion());
            case SHOWCASE -> t(c.granted() ? "consent.showcase-on" : "consent.showcase-off");
            case OPTIONAL_MAIL -> t(c.granted() ? "consent.mail-on" : "consent.mail-off");
        };
    }

    private String t(String key, Object... arguments) {
        return getTranslation("privacy.my-data." + key, arguments);
    }

    private String when(java.time.Instant instant) {
        return Dates.when(instant, getLocale());
    }

    private void refreshHistory() {
        history.setItems(consents.myConsents().reversed());
    }

    private void showErasure() {
        erasure.removeAll();
        Optional<ErasureRequestSummary> open = erasures.myOpenRequest();
        if (open.isPresent()) {
            Paragraph waiting = new Paragraph(t("erasure.waiting", when(open.get().requestedAt())));
            waiting.setId("erasure-waiting");
            Button withdraw = new Button(t("erasure.withdraw"), e -> {
                erasures.cancelMyRequest();
                Notices.success(t("erasure.withdrawn"));
                showErasure();
            });
            withdraw.setId("withdraw-erasure");
            erasure.add(waiting, withdraw);
            return;
        }
        erasures.myRequests().stream().findFirst().filter(r -> r.status() == ErasureStatus.DECLINED).ifPresent(r -> {
            Paragraph declined = new Paragraph(t("erasure.declined", when(r.requestedAt()), r.outcome()));
            declined.setId("erasure-declined");
            erasure.add(declined);
        });
        Paragraph explain = new Paragraph(t("erasure.explain"));
        Button ask = new Button(t("erasure.ask"), new Icon(VaadinIcon.TRASH));
        ask.setId("request-erasure");
        ask.addThemeVariants(ButtonVariant.LUMO_ERROR);
        ask.addClickListener(e -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setId("erasure-dialog");
            dialog.setHeader(t("erasure.question"));
            dialog.setText(t("erasure.happens"));
            dialog.setCancelable(true);
            dialog.setCancelText(t("erasure.cancel"));
            Button confirm = new Button(t("erasure.confirm"), c -> {
                dialog.close();
                erasures.request();
                Notices.success(t("erasure.sent"));
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
