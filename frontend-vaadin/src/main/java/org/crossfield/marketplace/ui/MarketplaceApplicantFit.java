package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossfield.competency.CompetencyFrameworkService;
import org.crossfield.competency.CompetencyProfile;
import org.crossfield.competency.ProfileAccess;
import org.crossfield.competency.ProfileLevel;
import org.crossfield.competency.ProfileService;
import org.crossfield.marketplace.ChallengeService;
import org.crossfield.marketplace.PostingAccess;
import org.crossfield.marketplace.ProjectService;
import org.crossfield.marketplace.RequiredCompetency;
import org.crossfield.platform.ui.ApplicantFit;

/**
 * Applicants' fit for the reviewers' list (see {@link ApplicantFit}): the posting's requirements from this feature's
 * services, the applicant's profile from the competency feature's, read only where the profile service itself lets the
 * current person read it ({@link ProfileAccess#canRead}: the posting's owners and its review team read the profiles of
 * its applicants, docs/adr/0063-reviewers-read-applicants-profiles.md). Each posting's requirements, each profile and
 * each person's access are read once per call.
 */
@SpringComponent
class MarketplaceApplicantFit implements ApplicantFit {

    private final ProjectService projects;
    private final ChallengeService challenges;
    private final ProfileService profiles;
    private final CompetencyFrameworkService framework;
    private final ProfileAccess access;
    private final PostingAccess postings;

    MarketplaceApplicantFit(ProjectService projects, ChallengeService challenges, ProfileService profiles,
                            CompetencyFrameworkService framework, ProfileAccess access, PostingAccess postings) {
        this.projects = projects;
        this.challenges = challenges;
        this.profiles = profiles;
        this.framework = framework;
        this.access = access;
        this.postings = postings;
    }

    @Override
    public Map<Long, Fit> fitOf(List<Candidate> candidates) {
        Map<Long, Fit> fits = new HashMap<>();
        if (candidates.isEmpty()) {
            return fits;
        }
        Map<String, String> names = RequirementsTable.competencyNames(framework,
                UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale());
        Map<String, Optional<List<RequiredCompetency>>> requirements = new HashMap<>();
        Map<Long, CompetencyProfile> profilesRead = new HashMap<>();
        Map<Long, Boolean> shared = new HashMap<>();
        for (Candidate c : candidates) {
            if (!shared.computeIfAbsent(c.studentId(), access::canRead)) {
                continue;
            }
            Optional<List<RequiredCompetency>> asked = requirements.computeIfAbsent(c.postingType() + ":" + c.postingId(),
                    k -> requirementsOf(c.postingType(), c.postingId()));
            if (asked.isEmpty()) {
                continue;
            }
            CompetencyProfile profile = profilesRead.computeIfAbsent(c.studentId(), profiles::profileOf);
            fits.put(c.key(), fit(asked.get(), profile, names));
        }
        return fits;
    }

    /**
     * The posting's requirements, where the marketplace shows the posting to the current person; empty otherwise (a
     * review-team member who may not see a closed project or an invite-only challenge they were not invited to): no fit
     * is better than one that reads "asks for nothing", or a refusal that breaks the whole list.
     */
    private Optional<List<RequiredCompetency>> requirementsOf(String postingType, long postingId) {
        if ("CHALLENGE".equals(postingType)) {
            return postings.canViewChallenge(postingId) ? Optional.of(challenges.challenge(postingId).content().requirements())
                    : Optional.empty();
        }
        return Optional.ofNullable(projects.requirementsOf(List.of(postingId)).get(postingId));
    }

    static Fit fit(List<RequiredCompetency> asked, CompetencyProfile profile, Map<String, String> names) {
        Map<String, ProfileLevel> has = profile.byCode();
        List<Line> lines = asked.stream().map(r -> new Line(names.getOrDefault(r.competencyCode(), r.competencyCode()), r.level(),
                has.containsKey(r.competencyCode()) ? has.get(r.competencyCode()).level() : 0, r.mustHave())).toList();
        double weights = asked.stream().mapToDouble(RequiredCompetency::weight).sum();
        double score = 0;
        for (int i = 0; i < asked.size(); i++) {
            Line line = lines.get(i);
            score += asked.get(i).weight() * Math.min(1.0, (double) line.has() / line.asked());
        }
        int percent = asked.isEmpty() || weights <= 0 ? 100 : (int) Math.round(100 * score / weights);
        return new Fit(percent, inWords(percent, lines), lines);
    }

    /** "Fit 72 %: meets 3 of 4 required competencies. Data stewardship (must-have): asked level 4, has 2." */
    private static String inWords(int percent, List<Line> lines) {
        if (lines.isEmpty()) {
            return t("marketplace.fit.nothing-asked");
        }
        long met = lines.stream().filter(Line::met).count();
        StringBuilder text = new StringBuilder(met == lines.size() ? t("marketplace.fit.meets-all", percent)
                : t("marketplace.fit.meets-some", percent, met, lines.size()));
        for (Line line : lines) {
            if (!line.met()) {
                text.append(' ').append(line.has() == 0
                        ? t(line.mustHave() ? "marketplace.fit.missing-must" : "marketplace.fit.missing", line.competency(), line.asked())
                        : t(line.mustHave() ? "marketplace.fit.below-must" : "marketplace.fit.below", line.competency(), line.asked(),
                        line.has()));
            }
        }
        return text.toString();
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
