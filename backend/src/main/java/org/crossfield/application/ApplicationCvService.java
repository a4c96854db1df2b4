package org.crossfield.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.crossfield.identity.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CVs beyond the application form (docs/adr/0055-cv-rule-and-replacement.md): whether a posting asks for one (its
 * owners decide; a submission to it without a CV is refused by {@link ApplicationService}), and a student attaching or
 * replacing the CV of their application until it is decided.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationCvService {

    private final ApplicationRepository applications;
    private final ApplicationService applicationService;
    private final CvFiles cvFiles;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ApplicationCvService(ApplicationRepository applications, ApplicationService applicationService, CvFiles cvFiles,
                         JdbcTemplate jdbc, Clock clock) {
        this.applications = applications;
        this.applicationService = applicationService;
        this.cvFiles = cvFiles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether a submission to the posting must carry a CV. */
    @PreAuthorize("isAuthenticated()")
    public boolean cvRequired(PostingType postingType, long postingId) {
        return postingType != null && CvRules.required(jdbc, postingType, postingId);
    }

    /** The posting's owners say whether applicants must attach a CV. */
    @PreAuthorize("@applicationAccess.ownsPosting(#postingType, #postingId)")
    @Transactional
    public void requireCv(PostingType postingType, long postingId, boolean required) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long me = CurrentUser.require().getId();
        if (jdbc.update("update posting_cv_rule set cv_required = ?, changed_by = ?, changed_at = ? where posting_type = ? and posting_id = ?",
                required, me, java.sql.Timestamp.from(now), postingType.name(), postingId) == 0) {
            jdbc.update("insert into posting_cv_rule (posting_type, posting_id, cv_required, changed_by, changed_at) values (?, ?, ?, ?, ?)",
                    postingType.name(), postingId, required, me, java.sql.Timestamp.from(now));
        }
    }

    /**
     * Attaches or replaces the CV of the current student's application, until it is decided (an offer, a rejection or a
     * withdrawal ends it). The file is checked like any CV (a PDF of at most 5 MB); the previous file is removed.
     */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).STUDENT) and @applicationAccess.isApplicant(#applicationId)")
    @Transactional
    public ApplicationDetails replaceCv(long applicationId, CvUpload cv) {
        if (cv == null) {
            throw new InvalidApplicationException("Choose a CV file to upload.");
        }
        CvFiles.check(cv);
        StudentApplication application = applications.findById(applicationId)
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
        if (!StudentApplication.CV_REPLACEABLE.contains(application.getStatus())) {
            throw new InvalidApplicationException("The application is " + application.getStatus().label().toLowerCase()
                    + ", so its CV can no longer be changed.");
        }
        Long previous = application.getCvFileId();
        long stored = cvFiles.store(application.getStudentId(), cv, clock.instant()).id();
        application.replaceCv(stored, clock.instant());
        applications.saveAndFlush(application);
        if (previous != null) {
            cvFiles.delete(previous);
        }
        return applicationService.application(applicationId);
    }
}
