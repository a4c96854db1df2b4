package org.crossfield.competency;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crossfield.i18n.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Competency profiles: a level per competency, with evidence, self-assessed or verified. */
@Service
@Transactional(readOnly = true)
public class ProfileService {

    public static final int MAX_EVIDENCE_LENGTH = 2000;
    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 5;

    private final ProfileEntryRepository entries;
    private final CompetencyFrameworkRepository frameworks;
    private final CompetencyRepository competencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProfileService(ProfileEntryRepository entries, CompetencyFrameworkRepository frameworks,
                   CompetencyRepository competencies, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.frameworks = frameworks;
        this.competencies = competencies;
        this.events = events;
        this.clock = clock;
    }

    /** A person's profile, for those {@link ProfileAccess#canRead} lets read it. */
    @PreAuthorize("@profileAccess.canRead(#personId)")
    public CompetencyProfile profileOf(long personId) {
        return new CompetencyProfile(personId,
                entries.findByUserIdOrderByCompetencyCode(personId).stream().map(ProfileEntry::toView).toList());
    }

    /**
     * Applies a person's own changes to their profile, all or nothing. A change with no level removes the
     * competency. Only students, supervisors and mentors keep profiles, and only their own.
     */
    @PreAuthorize("hasAnyRole(T(org.crossfield.identity.Roles).STUDENT, T(org.crossfield.identity.Roles).SUPERVISOR, "
            + "T(org.crossfield.identity.Roles).MENTOR) and @access.isSelf(#personId)")
    @Transactional
    public CompetencyProfile updateProfile(long personId, List<ProfileChange> changes) {
        validate(changes);
        Instant now = clock.instant();
        Map<String, ProfileEntry> existing = entries
                .findByUserIdAndCompetencyCodeIn(personId, changes.stream().map(ProfileChange::competencyCode).toList())
                .stream().collect(Collectors.toMap(ProfileEntry::getCompetencyCode, Function.identity()));
        Set<String> changed = new HashSet<>();
        for (ProfileChange change : changes) {
            ProfileEntry entry = existing.get(change.competencyCode());
            String evidence = change.evidence() == null || change.evidence().isBlank() ? null : change.evidence().strip();
            if (change.level() == null) {
                if (entry != null) {
                    entries.delete(entry);
                    changed.add(change.competencyCode());
                }
            } else if (entry == null) {
                entries.save(new ProfileEntry(personId, change.competencyCode(), change.level(), evidence, now));
                changed.add(change.competencyCode());
            } else if (entry.selfAssess(change.level(), evidence, now)) {
                changed.add(change.competencyCode());
            }
        }
        if (!changed.isEmpty()) {
            entries.flush();
            events.publishEvent(new ProfileChangedEvent(personId, Set.copyOf(changed)));
        }
        return new CompetencyProfile(personId,
                entries.findByUserIdOrderByCompetencyCode(personId).stream().map(ProfileEntry::toView).toList());
    }

    private void validate(List<ProfileChange> changes) {
        if (changes == null || changes.isEmpty()) {
            throw InvalidProfileChangeException.of(List.of(new Text("competency.error.nothing-to-save", "There is nothing to save.")));
        }
        Long frameworkId = frameworks.findFirstByActiveTrue().map(CompetencyFramework::getId)
                .orElseThrow(() -> new IllegalStateException("No active competency framework"));
        Set<String> known = competencies.findByFrameworkIdOrderById(frameworkId).stream()
                .map(c -> c.toView().code()).collect(Collectors.toSet());
        List<Text> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ProfileChange change : changes) {
            String code = change.competencyCode();
            if (code == null || !known.contains(code)) {
                problems.add(new Text("competency.error.unknown-code", "Unknown competency code \"" + code
                        + "\": it is not in the current competency framework.", String.valueOf(code)));
                continue;
            }
            if (!seen.add(code)) {
                problems.add(new Text("competency.error.changed-twice", code + " is changed twice in one save.", code));
            }
            if (change.level() != null && (change.level() < MIN_LEVEL || change.level() > MAX_LEVEL)) {
                problems.add(new Text("competency.error.level-range", code + ": level " + change.level() + " is outside 1–5.", code,
                        change.level()));
            }
            if (change.evidence() != null && change.evidence().strip().length() > MAX_EVIDENCE_LENGTH) {
                problems.add(new Text("competency.error.evidence-too-long", code + ": the evidence is longer than " + MAX_EVIDENCE_LENGTH
                        + " characters.", code, MAX_EVIDENCE_LENGTH));
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidProfileChangeException.of(problems);
        }
    }
}
