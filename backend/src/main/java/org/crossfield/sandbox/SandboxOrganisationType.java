package org.crossfield.sandbox;

/** The kinds of the sandbox's organisations, named as identity's organisation types (see {@link SandboxRole}). */
public enum SandboxOrganisationType {
    UNIVERSITY, HOSPITAL, RESEARCH_INSTITUTE, COMPANY, PUBLIC_BODY
}
