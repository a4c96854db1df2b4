package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.crossfield.marketplace.ProjectStatus;
import org.crossfield.platform.ui.Notices;

/**
 * The "my postings" screen that a partner's challenges and a supervisor's projects share: the list on the left, the
 * posting's form on the right between its heading and its buttons (save, submit, and the end-of-life steps), and the
 * wiring of those buttons to the service. One class, so that both screens keep behaving alike; the subclass gives
 * its list's columns, its form and its {@link Steps}.
 *
 * @param <T> the rows of the list
 */
abstract class MyPostingsLayout<T> extends SplitLayout {

    /** The texts and ids that differ between the two screens; {@code closeTooltipKey} null where a posting has no close step. */
    record Texts(String kind, String newKey, String emptyKey, String headingKey, String closeTooltipKey,
                 String awardTooltipKey, String archiveTooltipKey) {
    }

    /** What the list needs to know of the posting opened in the form. */
    record Shown(ProjectStatus status, String reviewComment) {
    }

    /**
     * How the screen's posting is listed, loaded and moved on: {@code show} loads a posting into the form (read-only
     * unless it is a draft); {@code saveDraft} validates the form and creates or updates the draft (null id: a new
     * one), giving its id or empty; {@code close} is null where a posting closes at its deadline, not by hand.
     */
    record Steps<T>(ToLongFunction<T> idOf, Supplier<List<T>> rows, Runnable clearForm, LongFunction<Shown> show,
                    Function<Long, Optional<Long>> saveDraft, LongConsumer submit, LongConsumer close,
                    LongConsumer award, LongConsumer archive) {
    }

    protected final Grid<T> grid = new Grid<>();
    private final Span status = new Span();
    private final Button save = new Button(getTranslation("marketplace.mine.save-draft"), VaadinIcon.DISC.create());
    private final Button submit = new Button(getTranslation("marketplace.mine.submit"), VaadinIcon.PAPERPLANE.create());
    private final Button close;
    private final Button award = new Button(getTranslation("marketplace.mine.award"), VaadinIcon.TROPHY.create());
    private final Button archive = new Button(getTranslation("marketplace.mine.archive"), VaadinIcon.ARCHIVE.create());
    private final Texts texts;
    private Steps<T> steps;
    private Long editing;

    protected MyPostingsLayout(Texts texts) {
        this.texts = texts;
        close = texts.closeTooltipKey() == null ? null
                : new Button(getTranslation("marketplace.mine.close"), VaadinIcon.LOCK.create());
        setId("my-" + texts.kind() + "s");
        setSizeFull();
        grid.setId("my-" + texts.kind() + "s-grid");
    }

    /**
     * Lays the screen out once the subclass has its form and the list's columns, and opens an empty draft. The list
     * is narrow: its cells wrap.
     */
    protected final void layOut(Component form, Steps<T> steps) {
        this.steps = steps;
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation(texts.emptyKey()));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(steps.idOf().applyAsLong(e.getValue()));
            }
        });
        Button create = new Button(getTranslation(texts.newKey()), VaadinIcon.PLUS.create(), e -> startNew());
        create.setId("new-" + texts.kind());
        VerticalLayout left = new VerticalLayout(create, grid);
        left.setSizeFull();

        save.setId("save-" + texts.kind());
        save.addClickListener(e -> save().ifPresent(id -> saved(id, getTranslation("marketplace.mine.draft-saved"))));
        submit.setId("submit-" + texts.kind());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> save().ifPresent(id -> {
            if (PostingActions.attempt(() -> steps.submit().accept(id))) {
                saved(id, getTranslation("marketplace.mine.submitted"));
            }
        }));
        List<Button> buttons = new ArrayList<>(List.of(save, submit));
        if (close != null) {
            close.setId("close-" + texts.kind());
            close.setTooltipText(getTranslation(texts.closeTooltipKey()));
            close.addClickListener(e -> changeStatus(() -> steps.close().accept(editing), getTranslation("marketplace.mine.closed")));
            buttons.add(close);
        }
        award.setId("award-" + texts.kind());
        award.setTooltipText(getTranslation(texts.awardTooltipKey()));
        award.addClickListener(e -> changeStatus(() -> steps.award().accept(editing), getTranslation("marketplace.mine.awarded")));
        archive.setId("archive-" + texts.kind());
        archive.setTooltipText(getTranslation(texts.archiveTooltipKey()));
        archive.addClickListener(e -> changeStatus(() -> steps.archive().accept(editing), getTranslation("marketplace.mine.archived")));
        buttons.add(award);
        buttons.add(archive);
        status.setId(texts.kind() + "-status");
        // the form is long: it scrolls between its heading and its buttons
        Scroller scroller = new Scroller(form);
        VerticalLayout right = new VerticalLayout(new HorizontalLayout(new H3(getTranslation(texts.headingKey())), status),
                scroller, PostingActions.buttonRow(buttons.toArray(Button[]::new)));
        right.setSizeFull();
        right.setFlexGrow(1, scroller);
        addToPrimary(left);
        addToSecondary(right);
        setSplitterPosition(40);
        refresh();
        startNew();
    }

    private void startNew() {
        editing = null;
        grid.asSingleSelect().clear();
        steps.clearForm().run();
        status.setText(getTranslation("marketplace.mine.new-draft"));
        save.setVisible(true);
        submit.setVisible(true);
        save.setEnabled(true);
        submit.setEnabled(true);
        if (close != null) {
            close.setVisible(false);
        }
        award.setVisible(false);
        archive.setVisible(false);
    }

    private void open(long id) {
        Shown shown = steps.show().apply(id);
        editing = id;
        status.setText(Labels.of(shown.status()) + (shown.reviewComment() == null ? "" : " — " + shown.reviewComment()));
        PostingActions.showSteps(shown.status(), save, submit, close, award, archive);
    }

    private void changeStatus(Runnable change, String message) {
        if (editing != null && PostingActions.attempt(change)) {
            saved(editing, message);
        }
    }

    private Optional<Long> save() {
        Optional<Long> saved = steps.saveDraft().apply(editing);
        saved.ifPresent(id -> editing = id);
        return saved;
    }

    private void saved(long id, String message) {
        Notices.success(message);
        refresh();
        open(id);
    }

    private void refresh() {
        grid.setItems(steps.rows().get());
    }
}
