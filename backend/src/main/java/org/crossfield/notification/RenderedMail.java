package org.crossfield.notification;

import java.util.Locale;

/** One template rendered for one recipient: subject and in-app summary (one line each), HTML and plain text. */
record RenderedMail(Locale language, String subject, String summary, String html, String text) {
}
