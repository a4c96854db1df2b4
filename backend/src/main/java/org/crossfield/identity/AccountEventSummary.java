package org.crossfield.identity;

import java.time.Instant;
import java.util.List;

/**
 * One recorded change of an account, for the administrator's view of a person: when, what, by whom.
 *
 * @param detail          the detail in English (entries written before keys were kept have only this)
 * @param detailKey       the key of the detail's wording ({@link AccountDetail#key()}), null when it has none
 * @param detailArguments the wording's arguments, as {@link AccountDetail#arguments()} describes them
 */
public record AccountEventSummary(Instant occurredAt, String action, String actorName, String detail, String detailKey,
                                  List<String> detailArguments) {

    public AccountEventSummary {
        detailArguments = detailArguments == null ? List.of() : List.copyOf(detailArguments);
    }
}
