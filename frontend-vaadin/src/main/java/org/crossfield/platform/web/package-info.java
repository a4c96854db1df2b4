/** What every HTTP response carries: the security headers; the client's address for the audit log. */
package org.crossfield.platform.web;
