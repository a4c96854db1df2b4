package org.crossfield.agreement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
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
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.crossfield.agreement.AgreementDetails;
import org.crossfield.agreement.AgreementDocuments;
import org.crossfield.agreement.AgreementPartySummary;
import org.crossfield.agreement.AgreementService;
import org.crossfield.agreement.AgreementStatus;
import org.crossfield.agreement.ClauseComment;
import org.crossfield.agreement.InvalidAgreementException;
import org.crossfield.agreement.PublicationReviewService;
import org.crossfield.agreement.ReviewStatus;
import org.crossfield.agreement.ReviewView;
import org.crossfield.agreement.TermsDiff;
import org.crossfield.agreement.TextDiff;
import org.crossfield.agreement.TrailEntry;
import org.crossfield.agreement.VersionDiff;
import org.crossfield.agreement.VersionSummary;
import org.crossfield.identity.Roles;
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
            add(new H2("No such agreement"), new Paragraph("The agreement does not exist or you are not one of its parties."),
                    new Anchor("agreements", "My agreements"));
            return;
        }
        H2 title = new H2(d.title());
        title.setId("agreement-title");
        Span status = new Span(d.status().label());
        status.setId("agreement-status");
        status.getElement().getThemeList().add("badge" + (d.status().isSigned() ? " success" : ""));
        Paragraph meta = new Paragraph(d.programmeName() + " · " + d.regimeCode() + " (" + d.regimeTitle() + ") · version "
                + d.currentVersion());
        meta.addClassName("cf-muted");
        Span sha = new Span(d.currentSha256());
        sha.setId("current-sha");
        sha.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-s)");
        Paragraph fingerprint = new Paragraph(new Span("Fingerprint (SHA-256) of version " + d.currentVersion() + ": "), sha);
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
        put.accept(tab("Terms", "tab-terms"), termsTab(d));
        put.accept(tab("Text", "tab-text"), textTab(d));
        put.accept(tab("Versions", "tab-versions"), versionsTab(d));
        put.accept(tab("Comments", "tab-comments"), commentsTab(d));
        put.accept(tab("Approvals", "tab-approvals"), approvalsTab(d));
        if (d.status().isSigned()) {
            put.accept(tab("Publication reviews", "tab-reviews"), reviewsTab(d));
        }
        put.accept(tab("Trail", "tab-trail"), trailTab());
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
        if (d.mayNegotiate() && (d.status() == AgreementStatus.DRAFT || d.status() == AgreementStatus.NEGOTIATION)) {
            bar.add(button("Send for approval", "request-approvals", ButtonVariant.LUMO_PRIMARY, () -> {
                agreements.requestApprovals(agreementId);
                Notices.success("Every party has been asked to approve version " + d.currentVersion() + ".");
            }));
        }
        if (d.mayDecide()) {
            int version = d.currentVersion();
            String shaSeen = d.currentSha256();
            bar.add(button("Approve version " + version, "approve", ButtonVariant.LUMO_SUCCESS, () -> {
                boolean signed = agreements.approve(agreementId, version, shaSeen);
                Notices.success(signed ? "Approved: every party has approved, the agreement is signed." : "Approved version " + version + ".");
            }));
            Button reject = new Button("Reject…", e -> rejectDialog(version, shaSeen).open());
            reject.setId("reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(reject);
        }
        Anchor pdf = new Anchor(Downloads.of(() -> new Downloads.File("agreement-" + agreementId + ".pdf", "application/pdf",
                documents.pdf(agreementId, null))), d.signature() != null ? "Download the signed PDF" : "Download PDF (draft)");
        pdf.setId("pdf-download");
        pdf.getElement().setAttribute("download", true);
        bar.add(pdf);
        if (d.mayManage() && d.status() == AgreementStatus.SIGNED) {
            bar.add(button("Mark active", "activate", ButtonVariant.LUMO_CONTRAST, () -> {
                agreements.activate(agreementId);
                Notices.success("The agreement is active.");
            }));
        }
        if (d.mayManage() && d.status() == AgreementStatus.ACTIVE) {
            bar.add(button("End agreement", "end", ButtonVariant.LUMO_ERROR, () -> {
                agreements.end(agreementId);
                Notices.success("The agreement has ended.");
            }));
        }
        if (d.mayAddOfficer()) {
            EmailField email = new EmailField();
            email.setPlaceholder("officer@organisation.org");
            email.setLabel("Your organisation's legal / tech-transfer officer");
            email.setId("officer-email");
            email.setWidth("18rem");
            Button add = button("Add legal / tech-transfer officer", "add-officer", ButtonVariant.LUMO_TERTIARY, () -> {
                agreements.addOfficer(agreementId, email.getValue());
                Notices.success("The officer has been added as an approver and told.");
            });
            bar.add(email, add);
        }
        return bar;
    }

    private Dialog rejectDialog(int version, String shaSeen) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reject version " + version);
        TextArea reason = new TextArea("Why? The other parties will read this.");
        reason.setId("reject-reason");
        reason.setWidth("30rem");
        reason.setMaxLength(1000);
        Button confirm = button("Reject", "confirm-reject", ButtonVariant.LUMO_ERROR, () -> {
            agreements.reject(agreementId, version, shaSeen, reason.getValue());
            dialog.close();
            Notices.success("Rejected; the agreement is back in negotiation.");
        });
        dialog.add(reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        return dialog;
    }

    private Component termsTab(AgreementDetails d) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        TermsForm form = new TermsForm(d.terms(), d.mayNegotiate());
        layout.add(form);
        if (d.mayNegotiate()) {
            TextField note = new TextField("Why this change (for the other parties)");
            note.setId("proposal-note");
            note.setWidth("36rem");
            note.setMaxLength(1000);
            Button propose = button("Propose these terms as a new version", "propose", ButtonVariant.LUMO_PRIMARY, () -> {
                var terms = form.value();
                if (terms.isEmpty()) {
                    Notices.error("Some terms are missing or out of range: see the marked fields.");
                    return;
                }
                int v = agreements.propose(agreementId, terms.get(), note.getValue());
                Notices.success("Version " + v + " proposed" + (d.status() == AgreementStatus.AWAITING_APPROVALS
                        ? "; approvals start again on it." : "; the parties have been told."));
            });
            HorizontalLayout row = new HorizontalLayout(note, propose);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            layout.add(row);
        } else {
            Paragraph hint = new Paragraph(d.status().isSigned() ? "The agreement is signed: its terms no longer change."
                    : "Only the parties and the programme's coordinators propose changes.");
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
        grid.addColumn(v -> "v" + v.versionNo()).setHeader("Version").setAutoWidth(true);
        grid.addColumn(VersionSummary::proposedByName).setHeader("Proposed by").setAutoWidth(true);
        grid.addColumn(v -> AgreementUi.when(v.createdAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(v -> v.note() == null ? "" : v.note()).setHeader("Note").setFlexGrow(3);
        grid.addColumn(v -> AgreementUi.shortSha(v.sha256())).setHeader("SHA-256").setAutoWidth(true);
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        List<Integer> numbers = versions.stream().map(VersionSummary::versionNo).sorted().toList();
        Select<Integer> from = new Select<>();
        from.setLabel("From");
        from.setId("diff-from");
        from.setItems(numbers);
        from.setItemLabelGenerator(n -> "v" + n);
        Select<Integer> to = new Select<>();
        to.setLabel("To");
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
        layout.add(grid, new H4("What changed"), pick, diff);
        return layout;
    }

    private static Component diffView(VersionDiff diff) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        if (diff.terms().isEmpty()) {
            layout.add(new Paragraph("No term differs between v" + diff.from() + " and v" + diff.to() + "."));
        } else {
            Grid<TermsDiff.Change> terms = new Grid<>();
            terms.setId("diff-terms");
            terms.addColumn(TermsDiff.Change::term).setHeader("Term").setAutoWidth(true);
            terms.addColumn(TermsDiff.Change::before).setHeader("v" + diff.from()).setFlexGrow(2);
            terms.addColumn(TermsDiff.Change::after).setHeader("v" + diff.to()).setFlexGrow(2);
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
        layout.add(new H4("In the text"), text);
        return layout;
    }

    private Component commentsTab(AgreementDetails d) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        List<ClauseComment> comments = agreements.comments(agreementId);
        Grid<ClauseComment> grid = new Grid<>();
        grid.setId("comments-grid");
        grid.addColumn(c -> c.clause().equals("general") ? "General" : "Clause " + c.clause()).setHeader("Clause").setAutoWidth(true);
        grid.addColumn(c -> "v" + c.versionNo()).setHeader("On").setAutoWidth(true);
        grid.addColumn(ClauseComment::authorName).setHeader("By").setAutoWidth(true);
        grid.addColumn(c -> AgreementUi.when(c.createdAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(ClauseComment::body).setHeader("Comment").setFlexGrow(4);
        grid.setItems(comments);
        grid.setAllRowsVisible(true);
        layout.add(grid);
        if (d.mayNegotiate()) {
            List<String> clauses = new ArrayList<>(List.of("general"));
            clauses.addAll(agreements.clauses(agreementId, d.currentVersion()));
            Select<String> clause = new Select<>();
            clause.setLabel("Clause");
            clause.setId("comment-clause");
            clause.setItems(clauses);
            clause.setItemLabelGenerator(c -> c.equals("general") ? "General" : "Clause " + c);
            clause.setValue("general");
            TextArea body = new TextArea("Comment");
            body.setId("comment-body");
            body.setWidth("36rem");
            body.setMaxLength(2000);
            Button post = button("Comment", "post-comment", ButtonVariant.LUMO_PRIMARY, () -> {
                agreements.comment(agreementId, clause.getValue(), body.getValue());
                Notices.success("Comment added.");
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
        parties.addColumn(AgreementPartySummary::name).setHeader("Party").setAutoWidth(true);
        parties.addColumn(p -> p.role().label()).setHeader("As").setAutoWidth(true);
        parties.addColumn(p -> p.organisationName() == null ? "" : p.organisationName()).setHeader("Organisation").setFlexGrow(2);
        parties.addColumn(p -> p.decision() == null ? (d.status() == AgreementStatus.AWAITING_APPROVALS ? "Waiting" : "")
                : p.decision().charAt(0) + p.decision().substring(1).toLowerCase(java.util.Locale.ROOT))
                .setHeader(d.signature() != null ? "Decision on v" + d.signature().versionNo() : "Decision on v" + d.currentVersion())
                .setAutoWidth(true);
        parties.setItems(d.parties());
        parties.setAllRowsVisible(true);
        Paragraph rule = new Paragraph("Every party approves the exact version shown; a partner organisation approves once, through"
                + " any of its managers. A new version starts the approvals again.");
        rule.addClassName("cf-muted");
        layout.add(rule, parties);
        if (d.signature() != null) {
            Div record = new Div();
            record.setId("signature-record");
            record.add(new H4("Signature record"), new Paragraph("Version " + d.signature().versionNo() + ", signed "
                    + AgreementUi.when(d.signature().signedAt()) + "."));
            Span sha = new Span(d.signature().sha256());
            sha.setId("signed-sha");
            sha.getStyle().set("font-family", "monospace");
            record.add(new Paragraph(new Span("SHA-256 of the signed text: "), sha));
            d.signature().approvals().forEach(a -> record.add(new Paragraph(a.userName() + " approved on "
                    + AgreementUi.when(a.decidedAt()) + " (saw " + AgreementUi.shortSha(a.sha256()) + ")")));
            layout.add(record);
        }
        return layout;
    }

    private Component reviewsTab(AgreementDetails d) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        Paragraph rule = new Paragraph("The partner has the agreement's notice period (" + d.terms().publicationNoticeDays()
                + " days) to object or ask for a delay" + (d.terms().publicationMaxDelayDays() == null ? ""
                : " of at most " + d.terms().publicationMaxDelayDays() + " days") + "; silence until the deadline means consent.");
        rule.addClassName("cf-muted");
        layout.add(rule);
        if (d.mayRequestReview()) {
            TextField title = new TextField("Manuscript title");
            title.setId("review-title");
            title.setWidth("min(24rem, 100%)");
            byte[][] pdf = new byte[1][];
            String[] name = new String[1];
            UI ui = UI.getCurrent();
            Upload upload = new Upload(Uploads.inMemory(PublicationReviewService.MAX_MANUSCRIPT_BYTES, (fileName, bytes) -> {
                pdf[0] = bytes;
                name[0] = fileName;
            }, () -> ui.access(() -> Notices.error("The manuscript is larger than "
                    + PublicationReviewService.MAX_MANUSCRIPT_BYTES / 1024 / 1024 + " MB."))));
            upload.setId("review-upload");
            upload.setAcceptedFileTypes("application/pdf", ".pdf");
            upload.setMaxFiles(1);
            upload.setMaxFileSize(PublicationReviewService.MAX_MANUSCRIPT_BYTES);
            Button request = button("Request review", "request-review", ButtonVariant.LUMO_PRIMARY, () -> {
                reviews.request(agreementId, title.getValue(), name[0], pdf[0]);
                Notices.success("Review requested; the partner has been told.");
            });
            HorizontalLayout row = new HorizontalLayout(title, upload, request);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            layout.add(row);
        }
        Grid<ReviewView> grid = new Grid<>();
        grid.setId("reviews-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ReviewView::title).setHeader("Manuscript").setFlexGrow(3).setWidth("12rem");
        grid.addColumn(ReviewView::requestedByName).setHeader("Asked by").setFlexGrow(1).setWidth("8rem");
        grid.addColumn(r -> (r.status() == ReviewStatus.DELAYED ? "Held until " : "") + AgreementUi.when(r.deadlineAt()))
                .setHeader("Deadline").setFlexGrow(0).setWidth("10rem");
        grid.addColumn(r -> r.status().label() + (r.delayDays() == null ? "" : " (" + r.delayDays() + " days)")
                + (r.reason() == null ? "" : ": " + r.reason())).setHeader("Answer").setFlexGrow(2).setWidth("10rem");
        List<ReviewView> items = reviews.reviews(agreementId);
        grid.addComponentColumn(this::reviewActions).setHeader("").setFlexGrow(0)
                .setWidth(items.stream().anyMatch(ReviewView::mayAnswer) ? "19rem" : "8rem");
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        layout.add(grid);
        return layout;
    }

    /** The manuscript link for everyone; consent, delay and objection only for the partner's side, while pending. */
    private Component reviewActions(ReviewView r) {
        VerticalLayout actions = new VerticalLayout();
        actions.setPadding(false);
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        if (r.manuscriptName() != null) {
            Anchor pdf = new Anchor(Downloads.of(() -> new Downloads.File(r.manuscriptName(), "application/pdf",
                    reviews.manuscript(r.id()))), "Manuscript");
            actions.add(pdf);
        }
        if (r.mayAnswer()) {
            IntegerField days = new IntegerField();
            days.setPlaceholder("days");
            days.setId("delay-days-" + r.id());
            days.setWidth("5.5rem");
            TextField why = new TextField();
            why.setPlaceholder("reason");
            why.setId("review-reason-" + r.id());
            why.setWidth("12rem");
            HorizontalLayout fields = new HorizontalLayout(days, why);
            fields.setSpacing(false);
            fields.getStyle().set("gap", "var(--lumo-space-xs)");
            HorizontalLayout buttons = new HorizontalLayout(
                    button("Consent", "consent-" + r.id(), ButtonVariant.LUMO_SUCCESS, () -> {
                        reviews.consent(r.id());
                        Notices.success("Consent given.");
                    }),
                    button("Ask for delay", "delay-" + r.id(), ButtonVariant.LUMO_CONTRAST, () -> {
                        reviews.delay(r.id(), days.getValue() == null ? 0 : days.getValue(), why.getValue());
                        Notices.success("Delay asked for.");
                    }),
                    button("Object", "object-" + r.id(), ButtonVariant.LUMO_ERROR, () -> {
                        reviews.object(r.id(), why.getValue());
                        Notices.success("Objection sent.");
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
        grid.addColumn(e -> AgreementUi.when(e.occurredAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(TrailEntry::kind).setHeader("What").setAutoWidth(true);
        grid.addColumn(e -> e.versionNo() == null ? "" : "v" + e.versionNo()).setHeader("Version").setAutoWidth(true);
        grid.addColumn(TrailEntry::actorName).setHeader("Who").setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader("Detail").setFlexGrow(3);
        grid.addColumn(e -> AgreementUi.shortSha(e.sha256())).setHeader("SHA-256").setAutoWidth(true);
        grid.setItems(agreements.trail(agreementId));
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A button that runs a service call, shows the refusal as a notification, and redraws the agreement. */
    private Button button(String label, String id, ButtonVariant variant, Runnable action) {
        Button b = new Button(label, e -> {
            try {
                action.run();
            } catch (InvalidAgreementException ex) {
                Notices.error(ex.getMessage());
                return;
            } catch (AccessDeniedException ex) {
                Notices.error("You may not do that on this agreement.");
                return;
            }
            show();
        });
        b.setId(id);
        b.addThemeVariants(variant);
        return b;
    }
}
