package org.crossfield.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.crossfield.identity.AccountService;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which language each screen speaks, decided when a browser tab opens: the person's own setting ("My account"), else
 * the language chosen on the login page (kept in a cookie for the next visit; chosen in the session in which the person
 * logs in, it becomes their setting), else the
 * browser's preferred language if Crossfield ships it, else English. Changing it applies at once in the current tab.
 */
@Component
public class Languages {

    static final String COOKIE = "crossfield-language";
    private static final String SESSION_CHOICE = Languages.class.getName() + ".choice";
    private static final Logger log = LoggerFactory.getLogger(Languages.class);

    private final AccountService accounts;

    Languages(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(languageFor(init.getUI())));
    }

    private Locale languageFor(UI ui) {
        VaadinSession session = ui.getSession();
        Object chosenThisSession = session.getAttribute(SESSION_CHOICE);
        Optional<String> cookie = cookie();
        Optional<CrossfieldUser> user = currentUser();
        if (user.isPresent()) {
            // a choice made on the login page in this session becomes the person's setting (a cookie alone does not:
            // it may be another person's, on a shared computer)
            Optional<String> preLogin = chosenThisSession instanceof String s ? Optional.of(s) : Optional.empty();
            if (preLogin.isPresent() && !preLogin.get().equals(user.get().getLocale())
                    && session.getAttribute(SESSION_CHOICE + ".saved") == null) {
                session.setAttribute(SESSION_CHOICE + ".saved", Boolean.TRUE);
                try {
                    String saved = accounts.chooseLanguage(preLogin.get()).language();
                    session.setAttribute(SESSION_CHOICE, saved);
                    return Translations.forCode(saved);
                } catch (RuntimeException e) {
                    log.info("The language chosen before logging in was not saved: {}", e.toString());
                }
            }
            if (chosenThisSession instanceof String s) {
                return Translations.forCode(s);
            }
            return Translations.forCode(user.get().getLocale());
        }
        if (chosenThisSession instanceof String s) {
            return Translations.forCode(s);
        }
        return cookie.map(Translations::forCode)
                .orElseGet(() -> Translations.supported(VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getLocale()));
    }

    /** Applies a language chosen now (login page, "My account") to this tab and the rest of the session. */
    static void choose(UI ui, String code, boolean remember) {
        Locale locale = Translations.forCode(code);
        ui.getSession().setAttribute(SESSION_CHOICE, locale.getLanguage());
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        if (remember && VaadinResponse.getCurrent() != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            VaadinResponse.getCurrent().addCookie(cookie);
        }
    }

    private static Optional<String> cookie() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                .filter(v -> Translations.LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(v))).findFirst();
    }

    private static Optional<CrossfieldUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CrossfieldUser user
                ? Optional.of(user) : Optional.empty();
    }
}
