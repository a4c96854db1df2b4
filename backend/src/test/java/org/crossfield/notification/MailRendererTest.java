package org.crossfield.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailRendererTest {

    private final MailRenderer renderer = new MailRenderer();

    @Test
    void probe() {
        Map<String, Object> model = new HashMap<>(Map.of("projectTitle", "Über <b>Daten</b> & \"mehr\"", "mentorName", "Jörg O'Neil"));
        RenderedMail de = renderer.render("match-proposed", Locale.GERMAN, model, "Ana Berger", "http://localhost:8080/profile");
        System.out.println(de.subject());
        System.out.println(de.summary());
        System.out.println(de.html());
        System.out.println(de.text());
        RenderedMail fr = renderer.render("match-decided", Locale.FRENCH, Map.of("projectTitle", "P", "mentorName", "M", "accepted", true, "reason", "a\nb"), "Ana", "http://x/y");
        System.out.println(fr.subject());
        System.out.println(fr.text());
        System.out.println(renderer.render("generic", Locale.ENGLISH, Map.of("title", "T", "message", "line1\nline2"), "Ana", "http://x/y").text());
    }
}
