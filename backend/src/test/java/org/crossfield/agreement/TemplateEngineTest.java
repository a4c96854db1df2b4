package org.crossfield.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TemplateEngineTest {

    static final TemplateEngine.Names NAMES = new TemplateEngine.Names("Sepsis", "LAMBERT_1", "Model 1", "Sam", "Sara", "Uni", "Acme", null);

    @Test
    void valuesAndNestedSectionsFollowTheTerms() {
        String template = "1. Publication\nNotice {{publicationNoticeDays}} days{{#if freePublication}}, delay up to {{publicationMaxDelayDays}}"
                + "{{#if personalData}} (personal){{else}} (none){{/if}}{{else}}consent{{/if}}.\n{{#unless hasMentor}}No mentor.{{/unless}}\n";
        AgreementTerms terms = AgreementTerms.defaultsFor(TermsValidatorTest.lambert(1));
        assertThat(TemplateEngine.render(template, terms, NAMES))
                .isEqualTo("1. Publication\nNotice 30 days, delay up to 90 (none).\nNo mentor.\n");
        assertThat(TemplateEngine.render(template, AgreementTerms.defaultsFor(TermsValidatorTest.lambert(5)), NAMES))
                .isEqualTo("1. Publication\nNotice 60 daysconsent.\nNo mentor.\n");
    }

    @Test
    void renderingIsDeterministicAndNormalised() {
        String template = "A {{studentName}}  \r\n\r\n\r\n\r\nB\n\n";
        AgreementTerms terms = AgreementTerms.defaultsFor(TermsValidatorTest.lambert(1));
        String once = TemplateEngine.render(template, terms, NAMES);
        assertThat(once).isEqualTo("A Sam\n\nB\n");
        assertThat(Fingerprint.of(TemplateEngine.render(template, terms, NAMES))).isEqualTo(Fingerprint.of(once));
    }

    @Test
    void unknownPlaceholdersAndExpressionsAreRefused() {
        assertThat(TemplateEngine.problems("Hello {{T(java.lang.Runtime).getRuntime()}}")).isNotEmpty();
        assertThat(TemplateEngine.problems("Hello {{password}}")).singleElement().asString().startsWith("Unknown placeholders: password.");
        assertThat(TemplateEngine.problems("{{#if sponsorOwns}}open")).containsExactly("A {{#if}} or {{#unless}} section is never closed.");
        assertThat(TemplateEngine.problems("{{/if}}")).isNotEmpty();
        assertThatThrownBy(() -> TemplateEngine.render("{{#if nope}}x{{/if}}", AgreementTerms.defaultsFor(TermsValidatorTest.lambert(1)), NAMES))
                .isInstanceOf(InvalidAgreementException.class).hasMessageContaining("nope");
    }

    @Test
    void clausesAreNumberedHeadings() {
        assertThat(Clauses.of("TITLE\n1. Parties\ntext 2. not a heading\n10. Term\n")).containsExactly("1", "10");
    }
}
