/**
 * The versioned REST API ({@code /api/v1}, docs/api.md): a web adapter over the application services, like the
 * views. Requests carry a personal access token ({@code Authorization: Bearer …}) and act as its person through the
 * same services and the same {@code @PreAuthorize} rules as the screens; errors are RFC 9457 problem documents; the
 * OpenAPI document is generated from these controllers (docs/adr/0045-api-token-design.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"application", "calendar", "collaboration", "competency", "identity", "marketplace", "matching", "reporting", "webhook"})
package org.crossfield.api;
