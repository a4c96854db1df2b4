package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.crossfield.marketplace.IllegalPostingTransitionException;
import org.crossfield.marketplace.InvalidPostingException;
import org.crossfield.marketplace.ProjectStatus;
import org.crossfield.platform.ui.Notices;

/** What the posting screens share: calling a service, telling the person how it went, and the steps a posting offers. */
final class PostingActions {

    private PostingActions() {
    }

    /** Runs a service call; a refusal is shown with its reasons and reported as {@code false}. */
    static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidPostingException e) {
            Notices.error(problems(e));
        } catch (IllegalPostingTransitionException e) {
            Notices.error(Labels.message(e, e.getMessage()));
        }
        return false;
    }

    /** Everything wrong with a posting, each problem in the person's language. */
    static String problems(InvalidPostingException e) {
        return String.join(" ", e.details().stream().map(p -> Labels.message(p, p.english())).toList());
    }

    /** Creates the draft when it has no id yet, updates it otherwise; the draft's id, or empty when refused. */
    static Optional<Long> saveDraft(Long id, Supplier<Long> create, LongConsumer update) {
        Long[] saved = {id};
        boolean ok = attempt(() -> {
            if (saved[0] == null) {
                saved[0] = create.get();
            } else {
                update.accept(saved[0]);
            }
        });
        return ok ? Optional.of(saved[0]) : Optional.empty();
    }

    /** The buttons under a posting's form, wrapping on a narrow screen. */
    static HorizontalLayout buttonRow(Button... buttons) {
        HorizontalLayout row = new HorizontalLayout(buttons);
        row.setWrap(true);
        return row;
    }

    /**
     * Shows the steps that fit the posting's status: only a draft is saved or submitted; the end-of-life steps take
     * their place (close while open, where the posting can be closed by hand; award once closed; archive at the end).
     */
    static void showSteps(ProjectStatus status, Button save, Button submit, Button close, Button award, Button archive) {
        boolean draft = status == ProjectStatus.DRAFT;
        save.setEnabled(draft);
        submit.setEnabled(draft);
        save.setVisible(draft);
        submit.setVisible(draft);
        if (close != null) {
            close.setVisible(status == ProjectStatus.OPEN);
        }
        award.setVisible(status == ProjectStatus.CLOSED);
        archive.setVisible(status == ProjectStatus.CLOSED || status == ProjectStatus.AWARDED);
    }
}
