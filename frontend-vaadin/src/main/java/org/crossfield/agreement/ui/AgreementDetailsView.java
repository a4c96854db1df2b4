package org.crossfield.agreement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.crossfield.i18n.ReferenceNames;
import org.crossfield.agreement.AgreementDetails;
import org.crossfield.agreement.AgreementDocuments;
import org.crossfield.agreement.AgreementPartySummary;
import org.crossfield.agreement.AgreementService;
import org.crossfield.agreement.AgreementStatus;
import org.crossfield.agreement.ClauseComment;
import org.crossfield.agreement.InvalidAgreementException;
import org.crossfield.agreement.PublicationReviewService;
import org.crossfield.agreement.ReviewStatus;
import org.crossfield.agreement.PublicationReviewSummary;
import org.crossfield.agreement.TermsDiff;
import org.crossfield.agreement.TextDiff;
import org.crossfield.agreement.TrailEntry;
import org.crossfield.agreement.VersionDiff;
import org.crossfield.agreement.VersionSummary;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Confirmation;
import org.crossfield.platform.ui.Downloads;
import org.crossfield.platform.ui.Notices;
import org.crossfield.platform.ui.Uploads;
import org.springframework.security.access.AccessDeniedException;

/**
 * One agreement: its terms (a form to propose changes), the rendered text with its fingerprint, the versions and the
 * difference between any two, comments per clause, the approvals (approve or reject exactly the version shown), the
 * PDF, and publication reviews once signed.
 */
@Route("agreements/:agreementId")
@PageTitle("Agreement")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
public class AgreementDetailsView extends VerticalLayout implements BeforeEnterObserver {

    private final AgreementService agreements;
    private final AgreementDocuments documents;
    private final PublicationReviewService reviews;
    private long agreementId;
    private String selectedTab;

    public AgreementDetailsView(AgreementService agreements, AgreementDocuments documents, PublicationReviewService reviews) {
        this.agreements = agreements;
        this.documents = documents;
        this.reviews = reviews;
        setId("agreement-details");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            agreementId = Long.parseLong(event.getRouteParameters().get("agreementId").orElse(""));
        } catch (NumberFormatException e) {
            agreementId = -1;
        }
        selectedTab = null;
        show();
    }

    private void show() {
        removeAll();
        AgreementDetails d;
        try {
            d = agreements.agreement(agreementId);
        } catch (InvalidAgreementException | AccessDeniedException e) {
            // an agreement one may not see is answered like one that does not exist
            add(new H2(t("missing")), new Paragraph(t("missing-text")), new Anchor("agreements", t("mine")));
            return;
        }
        H2 title = new H2(d.title());
        title.setId("agreement-title");
        Span status = new Span(AgreementUi.status(this, d.status()));
        status.setId("agreement-status");
        status.getElement().getThemeList().add("badge" + (d.status().isSigned() ? " success" : ""));
        Paragraph meta = new Paragraph(d.programmeName() + " · " + ReferenceNames.ipRegime(d.regimeCode(), d.regimeTitle(), getLocale()) + " · "
                + t("version", d.currentVersion()));
        meta.addClassName("cf-muted");
        Span sha = new Span(d.currentSha256());
        sha.setId("current-sha");
        sha.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-s)");
        Paragraph fingerprint = new Paragraph(new Span(t("fingerprint", d.currentVersion())), sha);
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        heading.setFlexGrow(1, title);
        heading.setWidthFull();
        add(heading, meta, fingerprint, actions(d));

        TabSheet tabs = new TabSheet();
        tabs.setId("agreement-tabs");
        tabs.setWidthFull();
        java.util.Map<String, com.vaadin.flow.component.tabs.Tab> byId = new java.util.HashMap<>();
        java.util.function.BiConsumer<com.vaadin.flow.component.tabs.Tab, Component> put = (t, c) -> {
            tabs.add(t, c);
            byId.put(t.getId().orElseThrow(), t);
        };
        put.accept(tab(t("tab.terms"), "tab-terms"), termsTab(d));
        put.accept(tab(t("tab.text"), "tab-text"), textTab(d));
        put.accept(tab(t("tab.versions"), "tab-versions"), versionsTab(d));
        put.accept(tab(t("tab.comments"), "tab-comments"), commentsTab(d));
        put.accept(tab(t("tab.approvals"), "tab-approvals"), approvalsTab(d));
        if (d.status().isSigned()) {
            put.accept(tab(t("tab.reviews"), "tab-reviews"), reviewsTab(d));
        }
        put.accept(tab(t("tab.trail"), "tab-trail"), trailTab());
        if (selectedTab != null && byId.containsKey(selectedTab)) {
            tabs.setSelectedTab(byId.get(selectedTab));
        }
        tabs.addSelectedChangeListener(e -> selectedTab = e.getSelectedTab().getId().orElse(null));
        add(tabs);
    }

    private static com.vaadin.flow.component.tabs.Tab tab(String label, String id) {
        com.vaadin.flow.component.tabs.Tab tab = new com.vaadin.flow.component.tabs.Tab(label);
        tab.setId(id);
        return tab;
    }

    private HorizontalLayout actions(AgreementDetails d) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("agreement-actions");
        bar.setWrap(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        String others = otherParties(d);
        if (d.mayNegotiate() && (d.status() == AgreementStatus.DRAFT || d.status() == AgreementStatus.NEGOTIATION)) {
            bar.add(confirmed(t("request.button"), "request-approvals", ButtonVariant.LUMO_PRIMARY,
                    Confirmation.of(t("request.question", d.currentVersion()))
                            .happens(t("request.happens", d.currentVersion()))
                            .concerns(t("concerns-version", d.title(), d.currentVersion()))
                            .told(t("request.told", others)),
                    t("request.confirm"), "confirm-request-approvals", () -> {
                        agreements.requestApprovals(agreementId);
                        Notices.success(t("request.done", d.currentVersion()));
                    }));
        }
        if (d.mayDecide()) {
            int version = d.currentVersion();
            String shaSeen = d.currentSha256();
            long waiting = d.parties().stream().filter(p -> p.decision() == null).count();
            boolean last = waiting <= 1;
            bar.add(confirmed(t("approve.button", version), "approve", ButtonVariant.LUMO_SUCCESS,
                    Confirmation.of(t("approve.question", version))
                            .happens(t("approve.happens", version, AgreementUi.shortSha(shaSeen)) + " "
                                    + t(last ? "approve.happens-last" : "approve.happens-not-last"))
                            .concerns(t("approve.concerns", d.title(), ReferenceNames.ipRegime(d.regimeCode(), d.regimeTitle(), getLocale())))
                            .told(t(last ? "approve.told-last" : "approve.told-not-last", others)),
                    t("approve.confirm"), "confirm-approve", () -> {
                        boolean signed = agreements.approve(agreementId, version, shaSeen);
                        Notices.success(signed ? t("approve.signed") : t("approve.done", version));
                    }));
            Button reject = new Button(t("reject.button"), e -> rejectDialog(version, shaSeen, d.title(), others));
            reject.setId("reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(reject);
        }
        Anchor pdf = new Anchor(Downloads.of(() -> new Downloads.File("agreement-" + agreementId + ".pdf", "application/pdf",
                documents.pdf(agreementId, null))), t(d.signature() != null ? "pdf.signed" : "pdf.draft"));
        pdf.setId("pdf-download");
        pdf.getElement().setAttribute("download", true);
        bar.add(pdf);
        if (d.mayManage() && d.status() == AgreementStatus.SIGNED) {
            bar.add(button(t("activate"), "activate", ButtonVariant.LUMO_CONTRAST, () -> {
                agreements.activate(agreementId);
                Notices.success(t("activated"));
            }));
        }
        if (d.mayManage() && d.status() == AgreementStatus.ACTIVE) {
            bar.add(confirmed(t("end.button"), "end", ButtonVariant.LUMO_ERROR,
                    Confirmation.of(t("end.question", d.title()))
                            .happens(t("end.happens"))
                            .concerns(t("end.concerns", d.title(), others))
                            .told(t("end.told"))
                            .danger(),
                    t("end.confirm"), "confirm-end", () -> {
                        agreements.end(agreementId);
                        Notices.success(t("end.done"));
                    }));
        }
        if (d.mayAddOfficer()) {
            EmailField email = new EmailField();
            email.setPlaceholder(t("officer.placeholder"));
            email.setLabel(t("officer.label"));
            email.setId("officer-email");
            email.setWidth("18rem");
            Button add = button(t("officer.add"), "add-officer", ButtonVariant.LUMO_TERTIARY, () -> {
                agreements.addOfficer(agreementId, email.getValue());
                Notices.success(t("officer.added"));
            });
            bar.add(email, add);
        }
        return bar;
    }

    private void rejectDialog(int version, String shaSeen, String title, String others) {
        TextArea reason = new TextArea(t("reject.reason"));
        reason.setId("reject-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        Confirmation.of(t("reject.question", version))
                .happens(t("reject.happens", version))
                .concerns(t("concerns-version", title, version))
                .told(t("reject.told", others))
                .with(reason)
                .danger()
                .openChecked(t("reject.confirm", version), "confirm-reject", () -> attempt(() -> {
                    agreements.reject(agreementId, version, shaSeen, reason.getValue());
                    Notices.success(t("reject.done"));
                }));
    }

    private String otherParties(AgreementDetails d) {
        long me = org.crossfield.identity.CurrentUser.require().getId();
        String names = d.parties().stream().filter(p -> p.userId() != me).map(p -> p.name() + " (" + p.organisationName() + ")")
                .distinct().collect(java.util.stream.Collectors.joining(", "));
        return names.isEmpty() ? t("the-parties") : names;
    }

    private Component termsTab(AgreementDetails d) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        TermsForm form = new TermsForm(d.terms(), d.mayNegotiate());
        layout.add(form);
        if (d.mayNegotiate()) {
            TextField note = new TextField(t("propose.note"));
            note.setId("proposal-note");
            note.setWidth("36rem");
            note.setMaxLength(1000);
            Button propose = button(t("propose.button"), "propose", ButtonVariant.LUMO_PRIMARY, () -> {
                var terms = form.value();
                if (terms.isEmpty()) {
                    Notices.error(t("propose.invalid"));
                    return;
                }
                int v = agreements.propose(agreementId, terms.get(), note.getValue());
                Notices.success(t(d.status() == AgreementStatus.AWAITING_APPROVALS ? "propose.done-restart" : "propose.done", v));
            });
            HorizontalLayout row = new HorizontalLayout(note, propose);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            layout.add(row);
        } else {
            Paragraph hint = new Paragraph(t(d.status().isSigned() ? "terms.signed" : "terms.read-only"));
            hint.addClassName("cf-muted");
            layout.add(hint);
        }
        return layout;
    }

    private Component textTab(AgreementDetails d) {
        Pre text = new Pre(d.renderedText());
        text.setId("rendered-text");
        text.getStyle().set("white-space", "pre-wrap").set("font-family", "var(--lumo-font-family)").set("max-width", "60rem");
        return text;
    }

    private Component versionsTab(AgreementDetails d) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        List<VersionSummary> versions = agreements.versions(agreementId);
        Grid<VersionSummary> grid = new Grid<>();
        grid.setId("versions-grid");
        grid.addColumn(v -> "v" + v.versionNo()).setHeader(t("col.version")).setAutoWidth(true);
        grid.addColumn(VersionSummary::proposedByName).setHeader(t("col.proposed-by")).setAutoWidth(true);
        grid.addColumn(v -> AgreementUi.when(v.createdAt(), getLocale())).setHeader(t("col.when")).setAutoWidth(true);
        grid.addColumn(v -> v.note() == null ? "" : v.note()).setHeader(t("col.note")).setFlexGrow(3);
        grid.addColumn(v -> AgreementUi.shortSha(v.sha256())).setHeader("SHA-256").setAutoWidth(true);
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        List<Integer> numbers = versions.stream().map(VersionSummary::versionNo).sorted().toList();
        Select<Integer> from = new Select<>();
        from.setLabel(t("diff.from"));
        from.setId("diff-from");
        from.setItems(numbers);
        from.setItemLabelGenerator(n -> "v" + n);
        Select<Integer> to = new Select<>();
        to.setLabel(t("diff.to"));
        to.setId("diff-to");
        to.setItems(numbers);
        to.setItemLabelGenerator(n -> "v" + n);
        Div diff = new Div();
        diff.setId("diff");
        diff.setWidthFull();
        Runnable refresh = () -> {
            diff.removeAll();
            if (from.getValue() != null && to.getValue() != null) {
                diff.add(diffView(agreements.diff(agreementId, from.getValue(), to.getValue())));
            }
        };
        from.addValueChangeListener(e -> refresh.run());
        to.addValueChangeListener(e -> refresh.run());
        if (numbers.size() > 1) {
            from.setValue(numbers.get(numbers.size() - 2));
            to.setValue(numbers.getLast());
        }
        HorizontalLayout pick = new HorizontalLayout(from, to);
        layout.add(grid, new H4(t("diff.heading")), pick, diff);
        return layout;
    }

    private Component diffView(VersionDiff diff) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        if (diff.terms().isEmpty()) {
            layout.add(new Paragraph(t("diff.none", diff.from(), diff.to())));
        } else {
            Grid<TermsDiff.Change> terms = new Grid<>();
            terms.setId("diff-terms");
            terms.addColumn(c -> getTranslation(c.termKey())).setHeader(t("diff.term")).setAutoWidth(true);
            terms.addColumn(c -> AgreementUi.say(this, c.before())).setHeader("v" + diff.from()).setFlexGrow(2);
            terms.addColumn(c -> AgreementUi.say(this, c.after())).setHeader("v" + diff.to()).setFlexGrow(2);
            terms.setItems(diff.terms());
            terms.setAllRowsVisible(true);
            layout.add(terms);
        }
        Div text = new Div();
        text.setId("diff-text");
        text.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-s)").set("max-width", "70rem");
        List<TextDiff.Line> lines = diff.lines();
        for (int i = 0; i < lines.size(); i++) {
            TextDiff.Line line = lines.get(i);
            boolean near = false;
            for (int j = Math.max(0, i - 2); j <= Math.min(lines.size() - 1, i + 2); j++) {
                near |= lines.get(j).kind() != TextDiff.Kind.SAME;
            }
            if (!near) {
                continue; // only the changed lines and two lines of context around them
            }
            Div row = new Div();
            row.getStyle().set("white-space", "pre-wrap").set("padding", "0 0.5em");
            switch (line.kind()) {
                case REMOVED -> {
                    row.setText("− " + line.text());
                    row.addClassName("diff-removed");
                    row.getStyle().set("background", "#fde8e8").set("text-decoration", "line-through");
                }
                case ADDED -> {
                    row.setText("+ " + line.text());
                    row.addClassName("diff-added");
                    row.getStyle().set("background", "#e6f6ea");
                }
                default -> row.setText("  " + line.text());
            }
            text.add(row);
        }
        layout.add(new H4(t("diff.text")), text);
        return layout;
    }

    private Component commentsTab(AgreementDetails d) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        List<ClauseComment> comments = agreements.comments(agreementId);
        Grid<ClauseComment> grid = new Grid<>();
        grid.setId("comments-grid");
        grid.addColumn(c -> clause(c.clause())).setHeader(t("col.clause")).setAutoWidth(true);
        grid.addColumn(c -> "v" + c.versionNo()).setHeader(t("col.on")).setAutoWidth(true);
        grid.addColumn(ClauseComment::authorName).setHeader(t("col.by")).setAutoWidth(true);
        grid.addColumn(c -> AgreementUi.when(c.createdAt(), getLocale())).setHeader(t("col.when")).setAutoWidth(true);
        grid.addColumn(ClauseComment::body).setHeader(t("col.comment")).setFlexGrow(4);
        grid.setItems(comments);
        grid.setAllRowsVisible(true);
        layout.add(grid);
        if (d.mayNegotiate()) {
            List<String> clauses = new ArrayList<>(List.of("general"));
            clauses.addAll(agreements.clauses(agreementId, d.currentVersion()));
            Select<String> clause = new Select<>();
            clause.setLabel(t("col.clause"));
            clause.setId("comment-clause");
            clause.setItems(clauses);
            clause.setItemLabelGenerator(this::clause);
            clause.setValue("general");
            TextArea body = new TextArea(t("col.comment"));
            body.setId("comment-body");
            body.setWidth("36rem");
            body.setMaxLength(2000);
            Button post = button(t("comment.button"), "post-comment", ButtonVariant.LUMO_PRIMARY, () -> {
                agreements.comment(agreementId, clause.getValue(), body.getValue());
                Notices.success(t("comment.added"));
            });
            HorizontalLayout row = new HorizontalLayout(clause, body, post);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            layout.add(row);
        }
        return layout;
    }

    private Component approvalsTab(AgreementDetails d) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        Grid<AgreementPartySummary> parties = new Grid<>();
        parties.setId("parties-grid");
        parties.addColumn(AgreementPartySummary::name).setHeader(t("col.party")).setAutoWidth(true);
        parties.addColumn(p -> AgreementUi.role(this, p.role())).setHeader(t("col.as")).setAutoWidth(true);
        parties.addColumn(p -> p.organisationName() == null ? "" : p.organisationName()).setHeader(t("col.organisation")).setFlexGrow(2);
        parties.addColumn(p -> p.decision() == null ? (d.status() == AgreementStatus.AWAITING_APPROVALS ? t("decision.waiting") : "")
                : t("decision." + p.decision()))
                .setHeader(t("col.decision", d.signature() != null ? d.signature().versionNo() : d.currentVersion()))
                .setAutoWidth(true);
        parties.setItems(d.parties());
        parties.setAllRowsVisible(true);
        Paragraph rule = new Paragraph(t("approvals.rule"));
        rule.addClassName("cf-muted");
        layout.add(rule, parties);
        if (d.signature() != null) {
            Div record = new Div();
            record.setId("signature-record");
            record.add(new H4(t("signature.heading")), new Paragraph(t("signature.version", d.signature().versionNo(),
                    AgreementUi.when(d.signature().signedAt(), getLocale()))));
            Span sha = new Span(d.signature().sha256());
            sha.setId("signed-sha");
            sha.getStyle().set("font-family", "monospace");
            record.add(new Paragraph(new Span(t("signature.sha")), sha));
            d.signature().approvals().forEach(a -> record.add(new Paragraph(t("signature.approval", a.userName(),
                    AgreementUi.when(a.decidedAt(), getLocale()), AgreementUi.shortSha(a.sha256())))));
            layout.add(record);
        }
        return layout;
    }

    private Component reviewsTab(AgreementDetails d) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        Paragraph rule = new Paragraph(d.terms().publicationMaxDelayDays() == null
                ? t("reviews.rule", d.terms().publicationNoticeDays())
                : t("reviews.rule-delay", d.terms().publicationNoticeDays(), d.terms().publicationMaxDelayDays()));
        rule.addClassName("cf-muted");
        layout.add(rule);
        if (d.mayRequestReview()) {
            TextField title = new TextField(t("reviews.manuscript-title"));
            title.setId("review-title");
            title.setWidth("min(24rem, 100%)");
            byte[][] pdf = new byte[1][];
            String[] name = new String[1];
            Span manuscript = new Span(t("reviews.no-manuscript"));
            manuscript.setId("review-upload-state");
            Upload upload = Uploads.oneFile("review-upload", t("reviews.upload-rule",
                    PublicationReviewService.MAX_MANUSCRIPT_BYTES / 1024 / 1024),
                    PublicationReviewService.MAX_MANUSCRIPT_BYTES, (fileName, bytes) -> {
                        pdf[0] = bytes;
                        name[0] = fileName;
                        manuscript.setText(t("reviews.attached", fileName));
                    }, "application/pdf", ".pdf");
            Button request = button(t("reviews.request"), "request-review", ButtonVariant.LUMO_PRIMARY, () -> {
                reviews.request(agreementId, title.getValue(), name[0], pdf[0]);
                Notices.success(t("reviews.requested"));
            });
            VerticalLayout file = new VerticalLayout(upload, manuscript);
            file.setPadding(false);
            file.setSpacing(false);
            HorizontalLayout row = new HorizontalLayout(title, file, request);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            layout.add(row);
        }
        Grid<PublicationReviewSummary> grid = new Grid<>();
        grid.setId("reviews-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PublicationReviewSummary::title).setHeader(t("col.manuscript")).setFlexGrow(3).setWidth("12rem");
        grid.addColumn(PublicationReviewSummary::requestedByName).setHeader(t("col.asked-by")).setFlexGrow(1).setWidth("8rem");
        grid.addColumn(r -> r.status() == ReviewStatus.DELAYED ? t("reviews.held-until", AgreementUi.when(r.deadlineAt(), getLocale()))
                        : AgreementUi.when(r.deadlineAt(), getLocale()))
                .setHeader(t("col.deadline")).setFlexGrow(0).setWidth("10rem");
        grid.addColumn(r -> AgreementUi.reviewStatus(this, r.status()) + (r.delayDays() == null ? "" : " " + t("reviews.days", r.delayDays()))
                + (r.reason() == null ? "" : ": " + r.reason())).setHeader(t("col.answer")).setFlexGrow(2).setWidth("10rem");
        List<PublicationReviewSummary> items = reviews.reviews(agreementId);
        grid.addComponentColumn(this::reviewActions).setHeader("").setFlexGrow(0)
                .setWidth(items.stream().anyMatch(PublicationReviewSummary::mayAnswer) ? "19rem" : "8rem");
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        layout.add(grid);
        return layout;
    }

    /** The manuscript link for everyone; consent, delay and objection only for the partner's side, while pending. */
    private Component reviewActions(PublicationReviewSummary r) {
        VerticalLayout actions = new VerticalLayout();
        actions.setPadding(false);
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        if (r.manuscriptName() != null) {
            Anchor pdf = new Anchor(Downloads.of(() -> new Downloads.File(r.manuscriptName(), "application/pdf",
                    reviews.manuscript(r.id()))), t("col.manuscript"));
            actions.add(pdf);
        }
        if (r.mayAnswer()) {
            IntegerField days = new IntegerField();
            days.setPlaceholder(t("reviews.days-placeholder"));
            days.setAriaLabel(t("reviews.days-label"));
            days.setId("delay-days-" + r.id());
            days.setWidth("5.5rem");
            TextField why = new TextField();
            why.setPlaceholder(t("reviews.reason-placeholder"));
            why.setAriaLabel(t("reviews.reason-label"));
            why.setId("review-reason-" + r.id());
            why.setWidth("12rem");
            HorizontalLayout fields = new HorizontalLayout(days, why);
            fields.setSpacing(false);
            fields.getStyle().set("gap", "var(--lumo-space-xs)");
            HorizontalLayout buttons = new HorizontalLayout(
                    button(t("reviews.consent"), "consent-" + r.id(), ButtonVariant.LUMO_SUCCESS, () -> {
                        reviews.consent(r.id());
                        Notices.success(t("reviews.consented"));
                    }),
                    button(t("reviews.delay"), "delay-" + r.id(), ButtonVariant.LUMO_CONTRAST, () -> {
                        reviews.delay(r.id(), days.getValue() == null ? 0 : days.getValue(), why.getValue());
                        Notices.success(t("reviews.delayed"));
                    }),
                    button(t("reviews.object"), "object-" + r.id(), ButtonVariant.LUMO_ERROR, () -> {
                        reviews.object(r.id(), why.getValue());
                        Notices.success(t("reviews.objected"));
                    }));
            buttons.setSpacing(false);
            buttons.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
            buttons.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_SMALL));
            actions.add(fields, buttons);
        }
        return actions;
    }

    private Component trailTab() {
        Grid<TrailEntry> grid = new Grid<>();
        grid.setId("trail-grid");
        grid.addColumn(e -> AgreementUi.when(e.occurredAt(), getLocale())).setHeader(t("col.when")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("agreement.trail.kind." + e.kind())).setHeader(t("col.what")).setAutoWidth(true);
        grid.addColumn(e -> e.versionNo() == null ? "" : "v" + e.versionNo()).setHeader(t("col.version")).setAutoWidth(true);
        grid.addColumn(TrailEntry::actorName).setHeader(t("col.who")).setAutoWidth(true);
        grid.addColumn(e -> String.join(" · ", e.details().stream().map(d -> AgreementUi.say(this, d)).toList()))
                .setHeader(t("col.detail")).setFlexGrow(3);
        grid.addColumn(e -> AgreementUi.shortSha(e.sha256())).setHeader("SHA-256").setAutoWidth(true);
        grid.setItems(agreements.trail(agreementId));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String t(String key, Object... arguments) {
        return getTranslation("agreement.details." + key, arguments);
    }

    /** A clause's name: "General" or "Clause 7". */
    private String clause(String clause) {
        return clause.equals("general") ? t("clause.general") : t("clause.numbered", clause);
    }

    /** A button that runs a service call, shows the refusal as a notification, and redraws the agreement. */
    private Button button(String label, String id, ButtonVariant variant, Runnable action) {
        Button b = new Button(label, e -> attempt(action));
        b.setId(id);
        b.addThemeVariants(variant);
        return b;
    }

    /** A button that first asks (what happens, to whom, who is told), then runs the call like {@link #button}. */
    private Button confirmed(String label, String id, ButtonVariant variant, Confirmation confirmation, String actionLabel,
                             String confirmId, Runnable action) {
        Button b = new Button(label, e -> confirmation.openChecked(actionLabel, confirmId, () -> attempt(action)));
        b.setId(id);
        b.addThemeVariants(variant);
        return b;
    }

    /** Runs a service call; a refusal is shown and answered with {@code false}, success redraws the agreement. */
    private boolean attempt(Runnable action) {
        try {
            action.run();
        } catch (InvalidAgreementException ex) {
            Notices.error(AgreementUi.refusal(this, ex));
            return false;
        } catch (AccessDeniedException ex) {
            Notices.error(t("denied"));
            return false;
        }
        show();
        return true;
    }
}
