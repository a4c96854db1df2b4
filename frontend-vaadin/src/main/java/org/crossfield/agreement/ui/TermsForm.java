package org.crossfield.agreement.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import java.util.Optional;
import org.crossfield.agreement.AgreementTerms;
import org.crossfield.agreement.DataAccessModel;
import org.crossfield.agreement.GdprRoles;
import org.crossfield.agreement.PublicationRegime;
import org.crossfield.agreement.ResultsOwner;
import org.crossfield.agreement.SponsorRights;
import org.crossfield.agreement.TermsValidator;

/**
 * The structured terms of an agreement as a form. Binder checks each field (required, ranges); the rules between
 * terms are the service's ({@code TermsValidator}), whose sentences the view shows. Hands back an {@link AgreementTerms}
 * record; never calls a service.
 */
public class TermsForm extends Composite<VerticalLayout> {

    /** What the form edits; mutable because Binder writes into it. */
    public static final class Model {
        private ResultsOwner resultsOwner;
        private SponsorRights sponsorRights;
        private Integer optionPeriodMonths;
        private String licenceTerms;
        private boolean academicUseReserved;
        private PublicationRegime publicationRegime;
        private Integer publicationNoticeDays;
        private Integer publicationMaxDelayDays;
        private Integer confidentialityYears;
        private boolean thesisExaminerNda;
        private Integer thesisEmbargoMonths;
        private boolean backgroundIpIncluded;
        private GdprRoles gdprRoles;
        private String legalBasis;
        private DataAccessModel accessModel;
        private boolean dpiaRequired;
        private String ethicsApprovalReference;
        private boolean transferOutsideEea;

        static Model of(AgreementTerms t) {
            Model m = new Model();
            m.resultsOwner = t.resultsOwner();
            m.sponsorRights = t.sponsorRights();
            m.optionPeriodMonths = t.optionPeriodMonths();
            m.licenceTerms = t.licenceTerms() == null ? "" : t.licenceTerms();
            m.academicUseReserved = t.academicUseReserved();
            m.publicationRegime = t.publicationRegime();
            m.publicationNoticeDays = t.publicationNoticeDays();
            m.publicationMaxDelayDays = t.publicationMaxDelayDays();
            m.confidentialityYears = t.confidentialityYears();
            m.thesisExaminerNda = t.thesisExaminerNda();
            m.thesisEmbargoMonths = t.thesisEmbargoMonths();
            m.backgroundIpIncluded = t.backgroundIpIncluded();
            m.gdprRoles = t.gdprRoles();
            m.legalBasis = t.legalBasis() == null ? "" : t.legalBasis();
            m.accessModel = t.accessModel();
            m.dpiaRequired = t.dpiaRequired();
            m.ethicsApprovalReference = t.ethicsApprovalReference() == null ? "" : t.ethicsApprovalReference();
            m.transferOutsideEea = t.transferOutsideEea();
            return m;
        }

        AgreementTerms toTerms() {
            return new AgreementTerms(resultsOwner, sponsorRights, optionPeriodMonths, licenceTerms, academicUseReserved,
                    publicationRegime, publicationNoticeDays, publicationMaxDelayDays, confidentialityYears, thesisExaminerNda,
                    thesisEmbargoMonths, backgroundIpIncluded, gdprRoles, legalBasis, accessModel, dpiaRequired,
                    ethicsApprovalReference, transferOutsideEea).normalised();
        }
    }

    private final Binder<Model> binder = new Binder<>();
    private final Model model;

    public TermsForm(AgreementTerms terms, boolean editable) {
        this.model = Model.of(terms);
        Select<ResultsOwner> owner = select(t("results-owner"), "term-results-owner", ResultsOwner.values(), o -> AgreementUi.term(this, o));
        Select<SponsorRights> rights = select(t("sponsor-rights"), "term-sponsor-rights", SponsorRights.values(), r -> AgreementUi.term(this, r));
        IntegerField option = integer(t("option-months"), "term-option-months");
        TextArea licence = new TextArea(t("licence"));
        licence.setId("term-licence");
        licence.setMaxLength(1000);
        Checkbox academic = new Checkbox(t("academic-use"));
        academic.setId("term-academic-use");
        Select<PublicationRegime> publication = select(t("publication"), "term-publication", PublicationRegime.values(), p -> AgreementUi.term(this, p));
        IntegerField notice = integer(t("notice-days"), "term-notice-days");
        IntegerField maxDelay = integer(t("max-delay"), "term-max-delay");
        IntegerField confidentiality = integer(t("confidentiality"), "term-confidentiality");
        Checkbox nda = new Checkbox(t("examiner-nda"));
        nda.setId("term-examiner-nda");
        IntegerField embargo = integer(t("embargo"), "term-embargo");
        Checkbox background = new Checkbox(t("background-ip"));
        background.setId("term-background-ip");
        Select<GdprRoles> gdpr = select(t("gdpr"), "term-gdpr", GdprRoles.values(), g -> AgreementUi.term(this, g));
        TextField basis = new TextField(t("legal-basis"));
        basis.setId("term-legal-basis");
        basis.setMaxLength(500);
        Select<DataAccessModel> access = select(t("access"), "term-access", DataAccessModel.values(), a -> AgreementUi.term(this, a));
        Checkbox dpia = new Checkbox(t("dpia"));
        dpia.setId("term-dpia");
        TextField ethics = new TextField(t("ethics"));
        ethics.setId("term-ethics");
        ethics.setMaxLength(200);
        Checkbox outsideEea = new Checkbox(t("outside-eea"));
        outsideEea.setId("term-outside-eea");

        binder.forField(owner).withValidator(java.util.Objects::nonNull, t("owner-required")).bind(m -> m.resultsOwner, (m, v) -> m.resultsOwner = v);
        binder.forField(rights).withValidator(java.util.Objects::nonNull, t("rights-required")).bind(m -> m.sponsorRights, (m, v) -> m.sponsorRights = v);
        binder.forField(option).withValidator(v -> v == null || v >= 1 && v <= TermsValidator.MAX_OPTION_MONTHS,
                t("months-range", 1, TermsValidator.MAX_OPTION_MONTHS)).bind(m -> m.optionPeriodMonths, (m, v) -> m.optionPeriodMonths = v);
        binder.forField(licence).bind(m -> m.licenceTerms, (m, v) -> m.licenceTerms = v);
        binder.forField(academic).bind(m -> m.academicUseReserved, (m, v) -> m.academicUseReserved = v);
        binder.forField(publication).withValidator(java.util.Objects::nonNull, t("publication-required")).bind(m -> m.publicationRegime, (m, v) -> m.publicationRegime = v);
        binder.forField(notice).asRequired(t("notice-required"))
                .withValidator(new IntegerRangeValidator(t("days-range", 1, TermsValidator.MAX_NOTICE_DAYS), 1, TermsValidator.MAX_NOTICE_DAYS))
                .bind(m -> m.publicationNoticeDays, (m, v) -> m.publicationNoticeDays = v);
        binder.forField(maxDelay).withValidator(v -> v == null || v >= 1 && v <= TermsValidator.MAX_DELAY_DAYS,
                t("days-range", 1, TermsValidator.MAX_DELAY_DAYS)).bind(m -> m.publicationMaxDelayDays, (m, v) -> m.publicationMaxDelayDays = v);
        binder.forField(confidentiality).asRequired(t("confidentiality-required"))
                .withValidator(new IntegerRangeValidator(t("years-range", 0, TermsValidator.MAX_CONFIDENTIALITY_YEARS), 0,
                        TermsValidator.MAX_CONFIDENTIALITY_YEARS)).bind(m -> m.confidentialityYears, (m, v) -> m.confidentialityYears = v);
        binder.forField(nda).bind(m -> m.thesisExaminerNda, (m, v) -> m.thesisExaminerNda = v);
        binder.forField(embargo).asRequired(t("embargo-required"))
                .withValidator(new IntegerRangeValidator(t("months-range", 0, TermsValidator.MAX_EMBARGO_MONTHS), 0,
                        TermsValidator.MAX_EMBARGO_MONTHS)).bind(m -> m.thesisEmbargoMonths, (m, v) -> m.thesisEmbargoMonths = v);
        binder.forField(background).bind(m -> m.backgroundIpIncluded, (m, v) -> m.backgroundIpIncluded = v);
        binder.forField(gdpr).withValidator(java.util.Objects::nonNull, t("gdpr-required")).bind(m -> m.gdprRoles, (m, v) -> m.gdprRoles = v);
        binder.forField(basis).bind(m -> m.legalBasis, (m, v) -> m.legalBasis = v);
        binder.forField(access).withValidator(java.util.Objects::nonNull, t("access-required")).bind(m -> m.accessModel, (m, v) -> m.accessModel = v);
        binder.forField(dpia).bind(m -> m.dpiaRequired, (m, v) -> m.dpiaRequired = v);
        binder.forField(ethics).bind(m -> m.ethicsApprovalReference, (m, v) -> m.ethicsApprovalReference = v);
        binder.forField(outsideEea).bind(m -> m.transferOutsideEea, (m, v) -> m.transferOutsideEea = v);
        binder.readBean(model);
        binder.setReadOnly(!editable);

        FormLayout ip = new FormLayout(owner, rights, option, academic, licence, background);
        FormLayout pub = new FormLayout(publication, notice, maxDelay, confidentiality);
        FormLayout thesis = new FormLayout(nda, embargo);
        FormLayout data = new FormLayout(gdpr, basis, access, ethics, dpia, outsideEea);
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setId("terms-form");
        root.add(new H4(t("ip")), ip, new H4(t("publication-heading")), pub, new H4(t("thesis")), thesis,
                new H4(t("data")), data);
    }

    private String t(String key, Object... arguments) {
        return getTranslation("agreement.terms." + key, arguments);
    }

    /** The terms in the form, or empty when a field is invalid (the field says why). */
    public Optional<AgreementTerms> value() {
        Model copy = new Model();
        if (!binder.writeBeanIfValid(copy)) {
            return Optional.empty();
        }
        return Optional.of(copy.toTerms());
    }

    private static <T> Select<T> select(String label, String id, T[] values, com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        Select<T> s = new Select<>();
        s.setLabel(label);
        s.setId(id);
        s.setItems(values);
        s.setItemLabelGenerator(labels);
        return s;
    }

    private static IntegerField integer(String label, String id) {
        IntegerField f = new IntegerField(label);
        f.setId(id);
        f.setStepButtonsVisible(true);
        return f;
    }
}
