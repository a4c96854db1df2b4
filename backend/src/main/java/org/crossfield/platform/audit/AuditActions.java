package org.crossfield.platform.audit;

/** The actions the audit log records, as constants so that publishers and the search agree on the spelling. */
public final class AuditActions {

    public static final String SIGN_IN = "SIGN_IN";
    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    public static final String SIGN_IN_LOCKED = "SIGN_IN_LOCKED";
    /** Prefix of account changes: {@code ACCOUNT_} + identity's {@code AccountAction}, e.g. {@code ACCOUNT_ROLES_CHANGED}. */
    public static final String ACCOUNT_PREFIX = "ACCOUNT_";
    public static final String POSTING_APPROVED = "POSTING_APPROVED";
    public static final String POSTING_REJECTED = "POSTING_REJECTED";
    public static final String APPLICATION_DECIDED = "APPLICATION_DECIDED";
    public static final String CV_DOWNLOADED = "CV_DOWNLOADED";
    public static final String MANUSCRIPT_DOWNLOADED = "MANUSCRIPT_DOWNLOADED";
    public static final String REPORT_EXPORTED = "REPORT_EXPORTED";
    public static final String PERSONAL_DATA_EXPORTED = "PERSONAL_DATA_EXPORTED";
    public static final String ERASURE_REQUESTED = "ERASURE_REQUESTED";
    public static final String ERASURE_CARRIED_OUT = "ERASURE_CARRIED_OUT";
    /** Prefix of agreement actions: {@code AGREEMENT_} + the trail's kind, e.g. {@code AGREEMENT_APPROVED}. */
    public static final String AGREEMENT_PREFIX = "AGREEMENT_";
    public static final String FRAMEWORK_CHANGED = "FRAMEWORK_CHANGED";
    public static final String TEMPLATE_CHANGED = "TEMPLATE_CHANGED";
    public static final String KPI_CHANGED = "KPI_CHANGED";
    public static final String MATCHING_ROUND_PUBLISHED = "MATCHING_ROUND_PUBLISHED";
    public static final String AUDIT_LOG_EXPORTED = "AUDIT_LOG_EXPORTED";

    private AuditActions() {
    }
}
