package org.crossfield.sandbox;

/** An open PhD project of the sandbox and its supervisor (both ids). */
public record SandboxOpenProject(long id, long supervisorId) {
}
