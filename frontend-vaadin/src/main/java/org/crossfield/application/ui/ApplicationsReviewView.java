package org.crossfield.application.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.crossfield.application.AddQuestionCmd;
import org.crossfield.application.AddReviewerCmd;
import org.crossfield.application.ApplicationCvService;
import org.crossfield.application.QuestionAnswer;
import org.crossfield.application.ApplicationDetails;
import org.crossfield.application.ApplicationReview;
import org.crossfield.application.ApplicationStatus;
import org.crossfield.application.ApplicationReviewService;
import org.crossfield.application.ApplicationService;
import org.crossfield.application.ApplicationSummary;
import org.crossfield.application.CriterionCmd;
import org.crossfield.application.CriterionSummary;
import org.crossfield.application.InvalidApplicationException;
import org.crossfield.application.PostingQuestionSummary;
import org.crossfield.application.PostingRef;
import org.crossfield.application.PostingType;
import org.crossfield.application.PostingQuestionService;
import org.crossfield.application.PostingQuestionSummary;
import org.crossfield.application.QuestionAnswer;
import org.crossfield.application.RejectCmd;
import org.crossfield.application.RejectionReason;
import org.crossfield.application.ReviewNoteEntry;
import org.crossfield.application.ReviewerSummary;
import org.crossfield.application.ScoreCmd;
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.Messages;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.ApplicantFit;
import org.crossfield.platform.ui.Confirmation;
import org.crossfield.platform.ui.Downloads;
import org.crossfield.platform.ui.Notices;

/**
 * The applications one reviews: to one's PhD projects, to one's partner organisation's challenges, and to the postings
 * whose review team one is on. Open one (answers, motivation, CV), score it against the posting's criteria or declare a
 * conflict of interest, keep internal notes; the posting's owners also shortlist, offer and reject with a reason, and
 * manage each posting's questions, review team and criteria.
 */
@Route("applications")
@PageTitle("Applications")
@Menu(order = 28, icon = "vaadin:inbox", title = "Applications")
@RolesAllowed({Roles.SUPERVISOR, Roles.PARTNER, Roles.MENTOR})
public class ApplicationsReviewView extends VerticalLayout {

    private static final DecimalFormat WEIGHT = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));

    private final ApplicationService applications;
    private final ApplicationReviewService reviews;
    private final PostingQuestionService postingQuestions;
    private final Grid<ApplicationSummary> grid = new Grid<>();
    /** How well each listed applicant fits the posting, by application id; absent where the profile is not shared. */
    private final java.util.Map<Long, ApplicantFit.Fit> fits = new java.util.HashMap<>();
    private final ApplicantFit applicantFit;
    private final List<ApplicationSummary> rows = new ArrayList<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final Grid<PostingQuestionSummary> questions = new Grid<>();
    private final Grid<ReviewerSummary> reviewers = new Grid<>();
    private final Grid<CriterionCmd> criteria = new Grid<>();
    private final List<CriterionCmd> criteriaDraft = new ArrayList<>();
    private PostingRef questionProject;
    private final ComboBox<String> postingFilter = new ComboBox<>(getTranslation("application.column.posting"));
    private final ComboBox<ApplicationStatus> statusFilter = new ComboBox<>(getTranslation("application.column.status"));
    private final Paragraph counts = new Paragraph();
    private final ApplicationCvService cvs;
    private final Checkbox cvRequired = new Checkbox(getTranslation("application.review.cv-required"));

    public ApplicationsReviewView(ApplicationService applications, ApplicationReviewService reviews,
                                  PostingQuestionService postingQuestions, ApplicationCvService cvs,
                                  ObjectProvider<ApplicantFit> applicantFit) {
        this.applicantFit = applicantFit.getIfAvailable();
        this.applications = applications;
        this.reviews = reviews;
        this.postingQuestions = postingQuestions;
        this.cvs = cvs;
        setId("applications-review");
        Paragraph intro = new Paragraph(getTranslation("application.review.intro"));
        intro.addClassName("cf-muted");
        grid.setId("applications-grid");
        grid.addColumn(ApplicationSummary::studentName).setHeader(getTranslation("application.column.student")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(ApplicationSummary::studentName, String.CASE_INSENSITIVE_ORDER));
        // the posting's title takes the room left; the whole title shows on hover
        grid.addColumn(ApplicationsReviewView::postingLabel).setHeader(getTranslation("application.column.posting")).setFlexGrow(1)
                .setTooltipGenerator(ApplicationsReviewView::postingLabel)
                .setComparator(Comparator.comparing(ApplicationsReviewView::postingLabel, String.CASE_INSENSITIVE_ORDER));
        grid.addColumn(a -> Texts.status(a.status())).setHeader(getTranslation("application.column.status")).setWidth("9.5rem").setFlexGrow(0)
                .setComparator(Comparator.comparing(ApplicationSummary::status));
        grid.addColumn(a -> a.submittedAt() == null ? "" : Dates.day(a.submittedAt().atZone(Dates.zone()).toLocalDate(), getLocale()))
                .setHeader(getTranslation("application.column.submitted")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(ApplicationSummary::submittedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addColumn(a -> fits.containsKey(a.id()) ? fits.get(a.id()).percent() + " %" : "–")
                .setHeader(getTranslation("application.review.fit")).setKey("fit").setWidth("6rem").setFlexGrow(0)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setTooltipGenerator(a -> fits.containsKey(a.id()) ? fits.get(a.id()).inWords() : getTranslation("application.review.fit-hidden"))
                .setComparator(Comparator.comparingInt(a -> fits.containsKey(a.id()) ? fits.get(a.id()).percent() : -1));
        grid.setMultiSort(true);
        grid.setHeight("26rem");
        postingFilter.setId("filter-posting");
        postingFilter.setPlaceholder(getTranslation("application.review.all-postings"));
        postingFilter.setClearButtonVisible(true);
        postingFilter.setWidth("28rem");
        postingFilter.addValueChangeListener(e -> applyFilters());
        statusFilter.setId("filter-status");
        statusFilter.setPlaceholder(getTranslation("application.any-status"));
        statusFilter.setClearButtonVisible(true);
        statusFilter.setItems(EnumSet.complementOf(EnumSet.of(ApplicationStatus.DRAFT)));
        statusFilter.setItemLabelGenerator(Texts::status);
        statusFilter.addValueChangeListener(e -> applyFilters());
        counts.setId("applications-counts");
        counts.addClassName("cf-muted");
        Anchor export = new Anchor(Downloads.of(() -> new Downloads.File("applications.csv", "text/csv", csv(shown(), fits))),
                getTranslation("application.review.export"));
        export.setId("export-applications");
        export.getElement().setAttribute("download", true);
        HorizontalLayout filters = new HorizontalLayout(postingFilter, statusFilter, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue().id());
            }
        });
        detail.setId("application-detail");
        detail.setPadding(false);
        add(intro, filters, counts, grid, detail, postingSection());
        refresh();
    }

    private void refresh() {
        rows.clear();
        rows.addAll(reviews.applicationsToMyPostings());
        fits.clear();
        if (applicantFit != null) {
            fits.putAll(applicantFit.fitOf(rows.stream().map(a -> new ApplicantFit.Candidate(a.id(), a.postingType().name(),
                    a.postingId(), a.studentId())).toList()));
        }
        String chosen = postingFilter.getValue();
        postingFilter.setItems(rows.stream().map(ApplicationsReviewView::postingLabel).distinct().sorted().toList());
        if (chosen != null && rows.stream().map(ApplicationsReviewView::postingLabel).anyMatch(chosen::equals)) {
            postingFilter.setValue(chosen);
        }
        grid.setItems(rows).setIdentifierProvider(ApplicationSummary::id);
        applyFilters();
    }

    /** The posting and status filters, and the counts of what is shown. */
    private void applyFilters() {
        String posting = postingFilter.getValue();
        ApplicationStatus status = statusFilter.getValue();
        grid.getListDataView().setFilter(a -> (posting == null || posting.equals(postingLabel(a)))
                && (status == null || a.status() == status));
        List<ApplicationSummary> shown = shown();
        java.util.Map<ApplicationStatus, Long> byStatus = new java.util.EnumMap<>(ApplicationStatus.class);
        shown.forEach(a -> byStatus.merge(a.status(), 1L, Long::sum));
        counts.setText(getTranslation(byStatus.isEmpty() ? "application.review.counts" : "application.review.counts-by-status",
                shown.size(), rows.size(), byStatus.entrySet().stream()
                        .map(e -> getTranslation("application.review.count-of-status", e.getValue(),
                                Texts.status(e.getKey()).toLowerCase(getLocale())))
                        .collect(java.util.stream.Collectors.joining(", "))));
    }

    private List<ApplicationSummary> shown() {
        return grid.getListDataView().getItems().toList();
    }

    /**
     * The list as the review meeting reads it, with each applicant's fit (the percentage alone, so that a spreadsheet
     * sorts it, and the sentence); where the profile is not shared with the reader the percentage is empty and the
     * sentence says so. A cell that a spreadsheet would run as a formula is quoted with '.
     */
    static byte[] csv(List<ApplicationSummary> list, java.util.Map<Long, ApplicantFit.Fit> fits) {
        java.time.format.DateTimeFormatter day = MyApplicationsView.DAY.withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale());
        StringBuilder out = new StringBuilder(Texts.text("application.review.csv-header")).append('\n');
        for (ApplicationSummary a : list) {
            out.append(cell(a.studentName())).append(',').append(cell(postingLabel(a))).append(',').append(cell(Texts.status(a.status())))
                    .append(',').append(a.submittedAt() == null ? "" : day.format(a.submittedAt())).append(',')
                    .append(cell(Texts.reason(a.rejectionReason()))).append(',');
            ApplicantFit.Fit fit = fits.get(a.id());
            out.append(fit == null ? "" : String.valueOf(fit.percent())).append(',')
                    .append(cell(fit == null ? Texts.text("application.review.fit-hidden") : fit.inWords())).append('\n');
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** The list shows what the details show: opening an application puts it under review, for example. */
    private void updateRow(ApplicationSummary summary) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == summary.id() && !rows.get(i).equals(summary)) {
                rows.set(i, summary);
                grid.getDataProvider().refreshItem(summary);
            }
        }
    }

    private void open(long id) {
        ApplicationDetails application = reviews.openForReview(id);
        show(application);
    }

    private void show(ApplicationDetails a) {
        show(a, reviews.review(a.id()));
    }

    /** Shows the application with its review as a command returned them (nothing is read again). */
    private void show(ApplicationDetails a, ApplicationReview review) {
        updateRow(a.summary());
        detail.removeAll();
        var s = a.summary();
        H3 title = new H3(s.studentName() + " — " + s.postingTitle());
        title.setId("application-title");
        Paragraph status = new Paragraph(getTranslation("application.review.status", Texts.status(s.status()))
                + (s.rejectionReason() == null ? ""
                : " (" + Texts.reason(s.rejectionReason()) + (s.rejectionText() == null ? "" : ": " + s.rejectionText()) + ")"));
        status.setId("application-status");
        Paragraph motivation = new Paragraph(a.motivation() == null ? "" : a.motivation());
        motivation.setId("application-motivation");
        motivation.getStyle().set("white-space", "pre-wrap");
        detail.add(title, status, fit(s), new H4(getTranslation("application.form.motivation")), motivation);
        for (QuestionAnswer answer : a.answers()) {
            Paragraph text = new Paragraph(answer.answer().isEmpty() ? getTranslation("application.apply.no-answer") : answer.answer());
            text.getStyle().set("white-space", "pre-wrap");
            detail.add(new H4(answer.question()), text);
        }
        if (a.cvFileName() != null) {
            long id = a.id();
            Anchor cv = new Anchor(Downloads.of(() -> applications.cv(id)
                    .map(f -> new Downloads.File(f.fileName(), f.contentType(), f.content())).orElse(null)),
                    getTranslation("application.review.download-cv", a.cvFileName()));
            cv.setId("cv-download");
            detail.add(cv);
        } else {
            detail.add(new Paragraph(getTranslation("application.apply.no-cv-sent")));
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (!review.canDecide()) {
            Paragraph reviewerOnly = new Paragraph(getTranslation("application.review.reviewer-only"));
            reviewerOnly.addClassName("cf-muted");
            reviewerOnly.setId("reviewer-only");
            detail.add(reviewerOnly);
        } else if (s.status().canBeShortlisted()) {
            Button shortlist = new Button(getTranslation("application.review.shortlist"), e -> Confirmation.of(
                    getTranslation("application.review.shortlist-question", s.studentName()))
                    .happens(getTranslation("application.review.shortlist-happens"))
                    .concerns(getTranslation("application.review.concerns", s.studentName(), s.postingTitle()))
                    .told(getTranslation("application.review.shortlist-told", s.studentName()))
                    .open(getTranslation("application.review.confirm-shortlist"), "confirm-shortlist", () -> runAction(
                            () -> reviews.shortlist(a.id()), getTranslation("application.review.shortlisted"))));
            shortlist.setId("shortlist");
            actions.add(shortlist);
        }
        if (review.canDecide() && s.status().canBeOffered()) {
            Button offer = new Button(getTranslation("application.review.offer"), e -> Confirmation.of(
                    getTranslation("application.review.offer-question", s.studentName()))
                    .happens(getTranslation("application.review.offer-happens", s.studentName()))
                    .concerns(getTranslation("application.review.concerns", s.studentName(), s.postingTitle()))
                    .told(getTranslation("application.review.offer-told", s.studentName()))
                    .open(getTranslation("application.review.confirm-offer"), "confirm-offer", () -> runAction(
                            () -> reviews.offer(a.id()), getTranslation("application.review.offered"))));
            offer.setId("offer");
            offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(offer);
        }
        if (review.canDecide() && s.status().canBeRejected()) {
            Button reject = new Button(getTranslation("application.review.reject"), e -> rejectDialog(s));
            reject.setId("reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(reject);
        }
        detail.add(actions, scores(a, review), notes(a.id()));
    }

    /** The applicant's competency profile against the posting's requirements: the score in words, then each requirement. */
    private VerticalLayout fit(ApplicationSummary s) {
        VerticalLayout box = new VerticalLayout();
        box.setId("application-fit");
        box.setPadding(false);
        box.setSpacing(false);
        box.add(new H4(getTranslation("application.review.fit-heading")));
        ApplicantFit.Fit fit = fits.get(s.id());
        if (fit == null) {
            Paragraph hidden = new Paragraph(getTranslation("application.review.fit-hidden"));
            hidden.addClassName("cf-muted");
            box.add(hidden);
            return box;
        }
        Paragraph words = new Paragraph(fit.inWords());
        words.setId("application-fit-words");
        com.vaadin.flow.component.html.UnorderedList lines = new com.vaadin.flow.component.html.UnorderedList();
        lines.setId("application-fit-lines");
        for (ApplicantFit.Line line : fit.lines()) {
            com.vaadin.flow.component.html.ListItem item = new com.vaadin.flow.component.html.ListItem((line.met() ? "✓ " : "✗ ")
                    + getTranslation(line.mustHave() ? "application.review.fit-line-must" : "application.review.fit-line",
                    line.competency(), line.asked(), line.has()));
            item.getStyle().set("color", line.met() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
            lines.add(item);
        }
        box.add(words, lines);
        return box;
    }

    /** Every reviewer's scores with the weighted averages, the current reviewer's own scoring form, conflicts. */
    private VerticalLayout scores(ApplicationDetails a, ApplicationReview review) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("review-scores");
        box.add(new H4(getTranslation("application.review.scores")));
        Grid<ApplicationReview.ReviewerSheet> sheets = new Grid<>();
        sheets.setId("score-sheets");
        sheets.addColumn(ApplicationReview.ReviewerSheet::reviewerName).setHeader(getTranslation("application.review.reviewer")).setAutoWidth(true);
        for (CriterionSummary c : review.criteria()) {
            sheets.addColumn(sheet -> sheet.scores().stream().filter(v -> v.criterionId() == c.id()).findFirst()
                    .map(v -> v.score() + (v.comment() == null ? "" : " — " + v.comment())).orElse(""))
                    .setHeader(c.name() + " (×" + WEIGHT.format(c.weight()) + ")").setFlexGrow(1);
        }
        sheets.addColumn(sheet -> sheet.conflicted() ? getTranslation("application.review.conflict", sheet.conflictReason())
                : sheet.weightedAverage() == null ? "" : WEIGHT.format(sheet.weightedAverage())).setHeader(getTranslation("application.review.weighted")).setAutoWidth(true);
        sheets.setItems(review.sheets());
        sheets.setAllRowsVisible(true);
        sheets.addThemeVariants(GridVariant.LUMO_COMPACT);
        Paragraph average = new Paragraph(review.weightedAverage() == null ? getTranslation("application.review.no-scores")
                : getTranslation("application.review.average", WEIGHT.format(review.weightedAverage())));
        average.setId("weighted-average");
        box.add(sheets, average);
        if (review.conflicted()) {
            Paragraph conflicted = new Paragraph(getTranslation("application.review.my-conflict"));
            conflicted.setId("my-conflict");
            box.add(conflicted);
            return box;
        }
        if (!review.canScore()) {
            return box;
        }
        List<ScoreRow> rows = new ArrayList<>();
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.setSpacing(false);
        for (CriterionSummary c : review.criteria()) {
            var mine = review.sheets().stream().filter(sh -> sh.reviewerId() == me()).flatMap(sh -> sh.scores().stream())
                    .filter(v -> v.criterionId() == c.id()).findFirst();
            Select<Integer> score = new Select<>();
            score.setLabel(getTranslation("application.review.score-label", c.name(), WEIGHT.format(c.weight())));
            score.setItems(1, 2, 3, 4, 5);
            score.setId("score-" + c.position());
            mine.ifPresent(v -> score.setValue(v.score()));
            TextField comment = new TextField(getTranslation("application.review.comment"));
            comment.setId("score-comment-" + c.position());
            comment.setWidth("28rem");
            comment.setMaxLength(ApplicationReviewService.MAX_SCORE_COMMENT);
            mine.map(ApplicationReview.GivenScore::comment).ifPresent(comment::setValue);
            HorizontalLayout row = new HorizontalLayout(score, comment);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.add(row);
            rows.add(new ScoreRow(c.id(), score, comment));
        }
        Button save = new Button(getTranslation("application.review.save-scores"), e -> {
            List<ScoreCmd.CriterionScore> given = rows.stream().filter(r -> r.score().getValue() != null)
                    .map(r -> new ScoreCmd.CriterionScore(r.criterionId(), r.score().getValue(), r.comment().getValue())).toList();
            if (given.isEmpty()) {
                Notices.error(getTranslation("application.review.score-required"));
                return;
            }
            try {
                show(a, reviews.score(new ScoreCmd(a.id(), given)));
                Notices.success(getTranslation("application.review.scores-saved"));
            } catch (InvalidApplicationException ex) {
                Notices.error(Messages.of(ex));
            }
        });
        save.setId("save-scores");
        Button conflict = new Button(getTranslation("application.review.declare-conflict"), e -> conflictDialog(a));
        conflict.setId("declare-conflict");
        conflict.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        box.add(new H4(getTranslation("application.review.your-scores")), form, new HorizontalLayout(save, conflict));
        return box;
    }

    private record ScoreRow(long criterionId, Select<Integer> score, TextField comment) {
    }

    private static long me() {
        return CurrentUser.require().getId();
    }

    private void conflictDialog(ApplicationDetails a) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("application.review.conflict-title"));
        TextArea reason = new TextArea(getTranslation("application.review.conflict-reason"));
        reason.setId("conflict-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        Binder<StringBean> binder = new Binder<>();
        binder.forField(reason).asRequired(getTranslation("application.review.reason-required"))
                .withValidator(new StringLengthValidator(getTranslation("application.form.at-most", 500), 1, 500))
                .bind(StringBean::getValue, StringBean::setValue);
        Button confirm = new Button(getTranslation("application.review.declare"), e -> {
            StringBean bean = new StringBean();
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            try {
                show(a, reviews.declareConflict(a.id(), bean.getValue()));
                Notices.success(getTranslation("application.review.conflict-recorded"));
                dialog.close();
            } catch (InvalidApplicationException ex) {
                Notices.error(Messages.of(ex));
            }
        });
        confirm.setId("confirm-conflict");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("application.review.conflict-happens")), reason);
        dialog.getFooter().add(new Button(getTranslation("application.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("32rem");
        dialog.open();
    }

    /** What a one-field dialog edits. */
    static final class StringBean {
        private String value = "";

        String getValue() {
            return value;
        }

        void setValue(String value) {
            this.value = value;
        }
    }

    private void runAction(Supplier<ApplicationDetails> call, String done) {
        try {
            show(call.get());
            Notices.success(done);
        } catch (InvalidApplicationException ex) {
            Notices.error(Messages.of(ex));
        }
        refresh();
    }

    private void rejectDialog(ApplicationSummary s) {
        long id = s.id();
        Select<RejectionReason> reason = new Select<>();
        reason.setLabel(getTranslation("application.column.reason"));
        reason.setId("reject-reason");
        reason.setItems(RejectionReason.values());
        reason.setItemLabelGenerator(Texts::reason);
        reason.setWidthFull();
        TextArea text = new TextArea(getTranslation("application.review.explanation"));
        text.setId("reject-text");
        text.setWidthFull();
        text.setMaxLength(1000);
        Binder<RejectCmdBean> binder = new Binder<>();
        binder.forField(reason).withValidator(java.util.Objects::nonNull, getTranslation("application.review.choose-reason")).bind(RejectCmdBean::getReason, RejectCmdBean::setReason);
        binder.forField(text).withValidator(new StringLengthValidator(getTranslation("application.form.at-most", 1000), 0, 1000))
                .withValidator((value, ctx) -> reason.getValue() != RejectionReason.OTHER || !value.isBlank()
                        ? com.vaadin.flow.data.binder.ValidationResult.ok()
                        : com.vaadin.flow.data.binder.ValidationResult.error(getTranslation("application.error.explain-other")))
                .bind(RejectCmdBean::getText, RejectCmdBean::setText);
        Confirmation.of(getTranslation("application.review.reject-question", s.studentName()))
                .happens(getTranslation("application.review.reject-happens"))
                .concerns(getTranslation("application.review.concerns", s.studentName(), s.postingTitle()))
                .told(getTranslation("application.review.reject-told", s.studentName()))
                .with(reason, text)
                .danger()
                .id("reject-dialog")
                .openChecked(getTranslation("application.review.confirm-reject"), "confirm-reject", () -> {
                    RejectCmdBean bean = new RejectCmdBean();
                    if (!binder.writeBeanIfValid(bean)) {
                        return false;
                    }
                    try {
                        show(reviews.reject(id, new RejectCmd(bean.getReason(), bean.getText())));
                        Notices.success(getTranslation("application.review.rejected"));
                    } catch (InvalidApplicationException ex) {
                        Notices.error(Messages.of(ex));
                    }
                    refresh();
                    return true;
                });
    }

    /** What the reject dialog edits. */
    static final class RejectCmdBean {
        private RejectionReason reason;
        private String text = "";

        RejectionReason getReason() {
            return reason;
        }

        void setReason(RejectionReason reason) {
            this.reason = reason;
        }

        String getText() {
            return text;
        }

        void setText(String text) {
            this.text = text;
        }
    }

    private VerticalLayout notes(long id) {
        VerticalLayout notes = new VerticalLayout();
        notes.setPadding(false);
        notes.setId("review-notes");
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        java.util.function.Consumer<List<ReviewNoteEntry>> fill = entries -> {
            list.removeAll();
            for (ReviewNoteEntry note : entries) {
                Paragraph p = new Paragraph(note.authorName() + ", " + Dates.when(note.createdAt(), getLocale()) + ": " + note.text());
                p.addClassName("cf-note");
                list.add(p);
            }
        };
        fill.accept(reviews.notes(id));
        TextArea text = new TextArea(getTranslation("application.review.note"));
        text.setId("note-text");
        text.setWidth("36rem");
        text.setMaxLength(ApplicationReviewService.MAX_NOTE);
        Button add = new Button(getTranslation("application.review.add-note"), e -> {
            try {
                fill.accept(reviews.addNote(id, text.getValue()));
                text.clear();
            } catch (InvalidApplicationException ex) {
                Notices.error(Messages.of(ex));
            }
        });
        add.setId("add-note");
        HorizontalLayout row = new HorizontalLayout(text, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        notes.add(new H4(getTranslation("application.review.notes")), list, row);
        return notes;
    }

    /** The questions, review team and criteria of a posting one owns (reviewers see them read-only). */
    private Details postingSection() {
        ComboBox<PostingRef> project = new ComboBox<>(getTranslation("application.column.posting"));
        project.setId("question-project");
        project.setWidth("36rem");
        project.setItemLabelGenerator(PostingRef::label);
        project.setItems(reviews.myReviewPostings().stream().filter(PostingRef::owned).toList());
        questions.setId("questions-grid");
        questions.addColumn(PostingQuestionSummary::text).setHeader(getTranslation("application.review.question")).setFlexGrow(3);
        questions.addColumn(q -> getTranslation(q.required() ? "application.review.required" : "application.review.optional")).setHeader("").setAutoWidth(true);
        questions.addComponentColumn(q -> {
            Button remove = new Button(getTranslation("application.review.remove"), e -> {
                questions.setItems(postingQuestions.removeQuestion(q.id()));
            });
            remove.setId("remove-question-" + q.position());
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return remove;
        }).setAutoWidth(true);
        questions.setAllRowsVisible(true);
        TextField text = new TextField(getTranslation("application.review.new-question"));
        text.setId("question-text");
        text.setWidth("30rem");
        text.setMaxLength(500);
        Checkbox required = new Checkbox(getTranslation("application.review.required"));
        required.setId("question-required");
        Button add = new Button(getTranslation("application.review.add-question"), e -> {
            if (questionProject == null) {
                Notices.error(getTranslation("application.review.choose-posting"));
                return;
            }
            try {
                questions.setItems(postingQuestions.addQuestion(new AddQuestionCmd(questionProject.type(), questionProject.id(),
                        text.getValue(), required.getValue())));
                text.clear();
                required.clear();
            } catch (InvalidApplicationException ex) {
                Notices.error(Messages.of(ex));
            }
        });
        add.setId("add-question");
        cvRequired.setId("cv-required");
        cvRequired.setEnabled(false);
        cvRequired.setHelperText(getTranslation("application.review.cv-required-help"));
        cvRequired.addValueChangeListener(e -> {
            if (e.isFromClient() && questionProject != null) {
                cvs.requireCv(questionProject.type(), questionProject.id(), e.getValue());
                Notices.success(getTranslation(e.getValue() ? "application.review.cv-now-required" : "application.review.cv-now-optional"));
            }
        });
        project.addValueChangeListener(e -> {
            questionProject = e.getValue();
            cvRequired.setEnabled(questionProject != null);
            cvRequired.setValue(questionProject != null && cvs.cvRequired(questionProject.type(), questionProject.id()));
            showQuestions();
        });
        HorizontalLayout row = new HorizontalLayout(text, required, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        Details details = new Details(getTranslation("application.review.postings-section"),
                new VerticalLayout(project, cvRequired, new H4(getTranslation("application.review.questions")), questions, row, reviewTeam(), criteriaEditor()));
        details.setId("questions-section");
        return details;
    }

    private VerticalLayout reviewTeam() {
        reviewers.setId("reviewers-grid");
        reviewers.addColumn(ReviewerSummary::name).setHeader(getTranslation("application.review.reviewer")).setAutoWidth(true);
        reviewers.addColumn(ReviewerSummary::email).setHeader(getTranslation("application.review.email")).setFlexGrow(2);
        reviewers.addComponentColumn(r -> {
            Button remove = new Button(getTranslation("application.review.remove"), e -> {
                try {
                    reviewers.setItems(reviews.removeReviewer(questionProject.type(), questionProject.id(), r.userId()));
                } catch (InvalidApplicationException ex) {
                    Notices.error(Messages.of(ex));
                }
            });
            remove.setId("remove-reviewer-" + r.userId());
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return remove;
        }).setAutoWidth(true);
        reviewers.setAllRowsVisible(true);
        EmailField email = new EmailField(getTranslation("application.review.reviewer-email"));
        email.setId("reviewer-email");
        email.setWidth("24rem");
        Button add = new Button(getTranslation("application.review.add-reviewer"), e -> {
            if (questionProject == null) {
                Notices.error(getTranslation("application.review.choose-posting"));
                return;
            }
            if (email.isEmpty() || email.isInvalid()) {
                Notices.error(getTranslation("application.review.valid-email"));
                return;
            }
            try {
                reviewers.setItems(reviews.addReviewer(new AddReviewerCmd(questionProject.type(), questionProject.id(),
                        email.getValue())));
                email.clear();
                Notices.success(getTranslation("application.review.reviewer-added"));
            } catch (InvalidApplicationException ex) {
                Notices.error(Messages.of(ex));
            }
        });
        add.setId("add-reviewer");
        HorizontalLayout row = new HorizontalLayout(email, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout team = new VerticalLayout(new H4(getTranslation("application.review.team")),
                new Paragraph(getTranslation("application.review.team-help")), reviewers, row);
        team.setPadding(false);
        return team;
    }

    private VerticalLayout criteriaEditor() {
        criteria.setId("criteria-grid");
        criteria.addColumn(CriterionCmd::name).setHeader(getTranslation("application.review.criterion")).setFlexGrow(2);
        criteria.addColumn(c -> WEIGHT.format(c.weight())).setHeader(getTranslation("application.review.weight")).setAutoWidth(true);
        criteria.addComponentColumn(c -> {
            Button remove = new Button(getTranslation("application.review.remove"), e -> {
                criteriaDraft.remove(c);
                criteria.setItems(criteriaDraft);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return remove;
        }).setAutoWidth(true);
        criteria.setAllRowsVisible(true);
        TextField name = new TextField(getTranslation("application.review.criterion"));
        name.setId("criterion-name");
        name.setMaxLength(100);
        NumberField weight = new NumberField(getTranslation("application.review.weight"));
        weight.setId("criterion-weight");
        weight.setMin(0.1);
        weight.setMax(10);
        weight.setValue(1.0);
        Button add = new Button(getTranslation("application.review.add"), e -> {
            if (name.getValue().isBlank() || weight.getValue() == null || weight.isInvalid()) {
                Notices.error(getTranslation("application.review.criterion-invalid"));
                return;
            }
            criteriaDraft.add(new CriterionCmd(name.getValue().strip(), weight.getValue()));
            criteria.setItems(criteriaDraft);
            name.clear();
        });
        add.setId("add-criterion");
        Button save = new Button(getTranslation("application.review.save-criteria"), e -> {
            if (questionProject == null) {
                Notices.error(getTranslation("application.review.choose-posting"));
                return;
            }
            try {
                showCriteria(reviews.setCriteria(questionProject.type(), questionProject.id(), List.copyOf(criteriaDraft)));
                Notices.success(getTranslation("application.review.criteria-saved"));
            } catch (InvalidApplicationException ex) {
                Notices.error(Messages.of(ex));
            }
        });
        save.setId("save-criteria");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(name, weight, add, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(new H4(getTranslation("application.review.criteria")),
                new Paragraph(getTranslation("application.review.criteria-help")), criteria, row);
        box.setPadding(false);
        return box;
    }

    private void showCriteria(List<CriterionSummary> list) {
        criteriaDraft.clear();
        list.forEach(c -> criteriaDraft.add(new CriterionCmd(c.name(), c.weight())));
        criteria.setItems(criteriaDraft);
    }

    private void showQuestions() {
        questions.setItems(questionProject == null ? List.of() : postingQuestions.questions(questionProject.type(), questionProject.id()));
        reviewers.setItems(questionProject == null ? List.of() : reviews.reviewers(questionProject.type(), questionProject.id()));
        showCriteria(questionProject == null ? List.of() : reviews.criteria(questionProject.type(), questionProject.id()));
    }

    private static String postingLabel(ApplicationSummary a) {
        return Texts.text(a.postingType() == PostingType.CHALLENGE ? "application.mine.challenge-title" : "application.mine.project-title",
                a.postingTitle());
    }
}
