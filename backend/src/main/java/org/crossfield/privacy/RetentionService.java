package org.crossfield.privacy;

import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Administrators run the retention job at once and see its last report (the job itself runs daily, {@code RetentionJob}). */
@Service
public class RetentionService {

    private final RetentionJob job;

    RetentionService(RetentionJob job) {
        this.job = job;
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public RetentionReport runNow() {
        return job.runNow();
    }

    /** The last run on this instance, if any. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public Optional<RetentionReport> lastRun() {
        return job.lastRun();
    }
}
