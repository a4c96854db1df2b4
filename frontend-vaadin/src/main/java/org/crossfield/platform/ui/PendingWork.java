package org.crossfield.platform.ui;

import java.util.List;
import org.crossfield.identity.CrossfieldUser;

/**
 * What a person must do next in one feature (applications to review, postings awaiting approval, agreements waiting
 * for their signature…), for the dashboard's "Waiting for you" list.
 *
 * <p>Each feature contributes a Spring bean of this type from its own UI package and asks only its own services, so
 * that the dashboard lists every feature's work without depending on the features (module boundaries,
 * docs/architecture.md), the same way {@link MainLayout#NAVBAR_ITEM} gathers the navigation bar's items. The services'
 * own method security decides what a person may see: a provider asks only for the roles that may call them.
 */
public interface PendingWork {

    /** The tasks waiting for {@code me} in this feature; only those with something to do (count above zero). */
    List<Task> tasksFor(CrossfieldUser me);

    /**
     * One kind of task.
     *
     * @param id      stable component id of the dashboard's link ({@code todo-} and the id)
     * @param textKey the translation key of the sentence, in the feature's bundle, with the count as {@code {0}}
     * @param count   how many are waiting
     * @param route   the screen where the person does it
     */
    record Task(String id, String textKey, long count, String route) {
    }
}
