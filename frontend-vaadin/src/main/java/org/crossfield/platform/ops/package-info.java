/**
 * Operating Crossfield: who may read the actuator's health and Prometheus endpoints, and the meters that do not belong
 * to one feature (sign-in failures, timed service methods). docs/operations.md, "Monitoring".
 */
package org.crossfield.platform.ops;
