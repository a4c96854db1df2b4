package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.crossfield.marketplace.AccessModel;
import org.crossfield.marketplace.DataTier;
import org.crossfield.marketplace.GovernanceTerms;

/** Health-data governance of a posting: data tier, access model, the ethical and legal checklist, FAIR metadata. */
class GovernanceFields extends Composite<FormLayout> {

    private final Binder<Bean> binder = new Binder<>();
    private final Select<DataTier> dataTier = new Select<>();
    private final Select<AccessModel> accessModel = new Select<>();
    private final Checkbox ethics = new Checkbox(getTranslation("marketplace.governance.ethics"));
    private final Checkbox dpia = new Checkbox(getTranslation("marketplace.governance.dpia"));
    private final Checkbox dsa = new Checkbox(getTranslation("marketplace.governance.dsa"));
    private final TextField legalBasis = new TextField(getTranslation("marketplace.governance.legal-basis"));
    private final TextField identifier = new TextField(getTranslation("marketplace.governance.fair-identifier"));
    private final TextField licence = new TextField(getTranslation("marketplace.governance.fair-licence"));
    private final TextField standard = new TextField(getTranslation("marketplace.governance.fair-standard"));

    GovernanceFields(String idPrefix) {
        dataTier.setLabel(getTranslation("marketplace.data-tier"));
        dataTier.setItems(DataTier.values());
        dataTier.setItemLabelGenerator(Labels::of);
        dataTier.setId(idPrefix + "-data-tier");
        accessModel.setLabel(getTranslation("marketplace.access-model"));
        accessModel.setItems(AccessModel.values());
        accessModel.setItemLabelGenerator(Labels::of);
        accessModel.setId(idPrefix + "-access-model");
        ethics.setId(idPrefix + "-ethics");
        dpia.setId(idPrefix + "-dpia");
        dsa.setId(idPrefix + "-dsa");
        legalBasis.setId(idPrefix + "-legal-basis");
        identifier.setId(idPrefix + "-fair-identifier");
        licence.setId(idPrefix + "-fair-licence");
        standard.setId(idPrefix + "-fair-standard");
        legalBasis.setMaxLength(500);
        identifier.setMaxLength(200);
        licence.setMaxLength(100);
        standard.setMaxLength(100);

        // not asRequired: Vaadin's Select puts aria-required on its inner button, where ARIA does not allow it (axe, critical)
        binder.forField(dataTier).withValidator(java.util.Objects::nonNull, getTranslation("marketplace.governance.data-tier-required")).bind(b -> b.dataTier, (b, v) -> b.dataTier = v);
        binder.forField(accessModel).withValidator(java.util.Objects::nonNull, getTranslation("marketplace.governance.access-model-required")).bind(b -> b.accessModel, (b, v) -> b.accessModel = v);
        binder.forField(ethics).bind(b -> b.ethics, (b, v) -> b.ethics = v);
        binder.forField(dpia).bind(b -> b.dpia, (b, v) -> b.dpia = v);
        binder.forField(dsa).bind(b -> b.dsa, (b, v) -> b.dsa = v);
        binder.forField(legalBasis).bind(b -> b.legalBasis, (b, v) -> b.legalBasis = v);
        binder.forField(identifier).bind(b -> b.identifier, (b, v) -> b.identifier = v);
        binder.forField(licence).bind(b -> b.licence, (b, v) -> b.licence = v);
        binder.forField(standard).bind(b -> b.standard, (b, v) -> b.standard = v);
        binder.setBean(new Bean());
        getContent().add(dataTier, accessModel, ethics, dpia, dsa, legalBasis, identifier, licence, standard);
    }

    void setValue(GovernanceTerms t) {
        Bean b = new Bean();
        b.dataTier = t.dataTier();
        b.accessModel = t.accessModel();
        b.ethics = t.ethicsApprovalNeeded();
        b.dpia = t.dpiaNeeded();
        b.dsa = t.dataSharingAgreementNeeded();
        b.legalBasis = nullToEmpty(t.gdprLegalBasis());
        b.identifier = nullToEmpty(t.fairIdentifier());
        b.licence = nullToEmpty(t.fairLicence());
        b.standard = nullToEmpty(t.fairMetadataStandard());
        binder.setBean(b);
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    GovernanceTerms getValue() {
        Bean b = binder.getBean();
        return new GovernanceTerms(b.dataTier, b.accessModel, b.ethics, b.dpia, b.dsa, b.legalBasis, b.identifier, b.licence,
                b.standard);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static final class Bean {
        DataTier dataTier;
        AccessModel accessModel;
        boolean ethics;
        boolean dpia;
        boolean dsa;
        String legalBasis = "";
        String identifier = "";
        String licence = "";
        String standard = "";
    }
}
