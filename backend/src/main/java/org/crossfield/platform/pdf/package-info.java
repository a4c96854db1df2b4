/** PDF rendering shared by features (agreements, reports): {@link org.crossfield.platform.pdf.HtmlPdfRenderer}. */
@org.springframework.modulith.NamedInterface("pdf")
package org.crossfield.platform.pdf;
