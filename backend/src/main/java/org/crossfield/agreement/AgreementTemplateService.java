package org.crossfield.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.crossfield.i18n.Text;
import org.crossfield.identity.CurrentUser;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditDetail;
import org.crossfield.platform.audit.AuditEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreement templates, one line of versions per IP regime, managed by administrators. Saving a text adds a version and
 * retires the previous one; agreements keep pointing at the version they were drafted from.
 */
@Service
@Transactional(readOnly = true)
public class AgreementTemplateService {

    private final AgreementTemplateRepository templates;
    private final AgreementQueries queries;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AgreementTemplateService(AgreementTemplateRepository templates, AgreementQueries queries, ObjectProvider<Clock> clock,
                             ApplicationEventPublisher events) {
        this.events = events;
        this.templates = templates;
        this.queries = queries;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** The active template of every regime. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public List<TemplateVersion> activeTemplates() {
        return templates.findByActiveTrueOrderByRegimeCode().stream().map(AgreementTemplateService::view).toList();
    }

    /** Every version of a regime's template, newest first. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public List<TemplateVersion> history(String regimeCode) {
        return templates.findByRegimeCodeOrderByVersionNoDesc(regimeCode).stream().map(AgreementTemplateService::view).toList();
    }

    /** A new version of a regime's template; the text must use only known placeholders (see {@link TemplateEngine}). */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public TemplateVersion saveNewVersion(String regimeCode, String title, String body) {
        IpRegime regime = queries.regime(regimeCode);
        List<Text> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new Text("agreement.template-problem.title-missing", "Give the template a title."));
        } else if (title.strip().length() > 200) {
            problems.add(new Text("agreement.template-problem.title-length", "A title is at most 200 characters."));
        }
        problems.addAll(TemplateEngine.refusals(body));
        if (problems.isEmpty()) {
            // a trial rendering with the regime's defaults finds what the syntax check cannot
            try {
                TemplateEngine.render(body, AgreementTerms.defaultsFor(regime).normalised(),
                        new TemplateEngine.Names("Title", regime.code(), regime.title(), "Student", "Supervisor", "University", "Company", null));
            } catch (InvalidAgreementException e) {
                problems.addAll(e.details());
            } catch (RuntimeException e) {
                problems.add(new Text("agreement.template-problem.cannot-render", "The template cannot be rendered: " + e.getMessage(),
                        e.getMessage()));
            }
        }
        if (body != null && body.length() > 200_000) {
            problems.add(new Text("agreement.template-problem.too-long", "A template is at most 200,000 characters."));
        }
        if (!problems.isEmpty()) {
            throw InvalidAgreementException.of(problems);
        }
        List<AgreementTemplate> history = templates.findByRegimeCodeOrderByVersionNoDesc(regime.code());
        history.stream().filter(AgreementTemplate::isActive).forEach(AgreementTemplate::retire);
        int next = history.isEmpty() ? 1 : history.getFirst().getVersionNo() + 1;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        TemplateVersion saved = view(templates.save(new AgreementTemplate(regime.code(), next, title.strip(), body,
                CurrentUser.require().getId(), now)));
        events.publishEvent(AuditEvent.of(AuditActions.TEMPLATE_CHANGED, "AGREEMENT_TEMPLATE", regime.code())
                .withDetail(AuditDetail.VERSION, next));
        return saved;
    }

    /** A preview of a template text with a regime's default terms and example names. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public String preview(String regimeCode, String body) {
        IpRegime regime = queries.regime(regimeCode);
        return TemplateEngine.render(body, AgreementTerms.defaultsFor(regime).normalised(), new TemplateEngine.Names(
                "Early sepsis warning", regime.code(), regime.title(), "Sam Student", "Sara Supervisor", "University of Utrecht",
                "Acme Health", "Max Mentor"));
    }

    private static TemplateVersion view(AgreementTemplate t) {
        return new TemplateVersion(t.getId(), t.getRegimeCode(), t.getVersionNo(), t.getTitle(), t.getBody(), t.isActive(), t.getCreatedAt());
    }
}
