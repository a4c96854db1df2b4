package org.crossfield.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.messageresolver.StandardMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;

/**
 * Renders the templates of the {@code email-templates} module with a standalone Thymeleaf engine (no web layer).
 *
 * <p>A template is a folder {@code email-templates/<name>/} with {@code subject.txt} and {@code summary.txt} (one line
 * each: the mail's subject and the in-app notification's text), {@code mail.html}, {@code mail.txt}, and its texts in
 * {@code messages.properties} (English) plus {@code messages_<language>.properties}. The shared frame lives in
 * {@code layout/}. HTML output escapes every model value ({@code th:text}); the text output does not need to.
 */
final class MailRenderer {

    /** The languages with their own texts; every other language falls back to English. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.of("nl"));

    /** Optional lines that are left out leave runs of empty lines behind in the plain text. */
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    private final TemplateEngine engine = new TemplateEngine();

    MailRenderer() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(MailRenderer.class.getClassLoader());
        templates.setPrefix("email-templates/");
        templates.setCharacterEncoding("UTF-8");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setTextTemplateModePatterns(Set.of("*.txt"));
        templates.setCheckExistence(true);
        templates.setCacheable(true);
        engine.setTemplateResolver(templates);
        engine.setMessageResolver(new FolderMessageResolver());
    }

    /** The supported language for a user's locale setting ("de", "de-AT", "fr_BE", …); English when there is none. */
    static Locale languageOf(String localeSetting) {
        if (localeSetting == null || localeSetting.isBlank()) {
            return Locale.ENGLISH;
        }
        String language = Locale.forLanguageTag(localeSetting.strip().replace('_', '-')).getLanguage();
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(Locale.ENGLISH);
    }

    /**
     * Renders {@code template} in {@code language} (a supported one, see {@link #languageOf}). The model must have
     * passed {@link NotificationTemplates#problems}; {@code recipientName} and {@code link} (absolute) are added here.
     */
    RenderedMail render(String template, Locale language, Map<String, Object> model, String recipientName, String link) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("recipientName", recipientName);
        variables.put("link", link);
        variables.put("lang", language.toLanguageTag());
        Context context = new Context(language, variables);
        String subject = oneLine(engine.process(template + "/subject.txt", context));
        String summary = oneLine(engine.process(template + "/summary.txt", context));
        context.setVariable("subject", subject);
        String html = engine.process(template + "/mail.html", context);
        String text = BLANK_LINES.matcher(engine.process(template + "/mail.txt", context).strip()).replaceAll("\n\n") + "\n";
        return new RenderedMail(language, subject, summary, html, text);
    }

    /** Subjects and summaries are single lines: a line break in a subject would break the mail header. */
    private static String oneLine(String rendered) {
        return rendered.replaceAll("\\s+", " ").strip();
    }

    /**
     * Every template folder keeps its texts in {@code messages*.properties} (Thymeleaf's default would look for
     * {@code mail_de.properties} next to {@code mail.html}, and again for each of the other files).
     */
    private static final class FolderMessageResolver extends StandardMessageResolver {

        @Override
        protected Map<String, String> resolveMessagesForTemplate(String template, ITemplateResource templateResource,
                                                                 Locale locale) {
            return super.resolveMessagesForTemplate(template, templateResource.relative("messages.properties"), locale);
        }
    }
}
