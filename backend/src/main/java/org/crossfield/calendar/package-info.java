/**
 * Each person's private iCalendar feed of their deadlines (issue 14): collected from the features' own services, with
 * that person's rights, and written as RFC 5545 text. The feed's secret belongs to identity (CalendarFeedService).
 * The modules it may use are declared here and verified by ModuleStructureTest (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"i18n", "identity", "marketplace", "application", "agreement", "collaboration", "platform :: *"})
package org.crossfield.calendar;
