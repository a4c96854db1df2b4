/**
 * Shared infrastructure: the database choice, method security, PDF rendering (named interface pdf) and, in the front end, the main layout and messages (named interface ui).
 * The modules it may use are declared here and verified by ModuleStructureTest (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity"})
package org.crossfield.platform;
