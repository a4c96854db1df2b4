package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import org.crossfield.competency.CompetencySummary;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.marketplace.GovernanceTerms;
import org.crossfield.marketplace.IpRegimeSummary;
import org.crossfield.marketplace.RequiredCompetency;

/**
 * What the challenge and project forms share: the programme, title and IP regime fields with their Binder wiring, the
 * required-competencies editor and the governance fields, how they are emptied, filled, validated and made read-only,
 * and where they sit in the form. Each form adds its own fields to the same binder.
 *
 * @param <B> the form's bean, which holds the shared fields
 */
final class PostingFormParts<B extends PostingFormParts.Bean> {

    /** The fields every posting's bean has. */
    static class Bean {
        ProgrammeBrief programme;
        String title = "";
        IpRegimeSummary ipRegime;
    }

    final Binder<B> binder = new Binder<>();
    final ComboBox<ProgrammeBrief> programme;
    final TextField title;
    final ComboBox<IpRegimeSummary> ipRegime;
    private final RequirementsEditor requirements;
    private final GovernanceFields governance;
    private final List<ProgrammeBrief> programmes;
    private final List<IpRegimeSummary> regimes;

    /**
     * @param owner the form, for its texts
     * @param kind  "challenge" or "project": the prefix of the fields' ids
     */
    PostingFormParts(Component owner, String kind, String titleRequiredKey, List<ProgrammeBrief> programmes,
                     List<IpRegimeSummary> regimes, List<CompetencySummary> competencies) {
        this.programmes = programmes;
        this.regimes = regimes;
        programme = new ComboBox<>(owner.getTranslation("marketplace.form.programme"));
        title = new TextField(owner.getTranslation("marketplace.form.title"));
        ipRegime = new ComboBox<>(owner.getTranslation("marketplace.preferred-ip-regime"));
        requirements = new RequirementsEditor(competencies);
        governance = new GovernanceFields(kind);
        programme.setId(kind + "-programme");
        programme.setItems(programmes);
        programme.setItemLabelGenerator(ProgrammeBrief::name);
        title.setId(kind + "-title");
        title.setMaxLength(200);
        ipRegime.setId(kind + "-ip-regime");
        ipRegime.setItems(regimes);
        ipRegime.setItemLabelGenerator(r -> Labels.ipRegime(r.code(), r.title()));
        ipRegime.setClearButtonVisible(true);
        binder.forField(programme).asRequired(owner.getTranslation("marketplace.form.programme-required")).bind(b -> b.programme, (b, v) -> b.programme = v);
        binder.forField(title).asRequired(owner.getTranslation(titleRequiredKey)).bind(b -> b.title, (b, v) -> b.title = v);
        binder.forField(ipRegime).bind(b -> b.ipRegime, (b, v) -> b.ipRegime = v);
    }

    /** Puts the form's main fields, the requirements and the governance (opened) into the form's content. */
    void layOut(VerticalLayout content, FormLayout main) {
        Details governanceDetails = new Details(content.getTranslation("marketplace.governance.heading"), governance);
        governanceDetails.setOpened(true);
        content.setPadding(false);
        content.add(main, requirements, governanceDetails);
    }

    /** An empty new draft in {@code b}, in the first programme, with no requirements and the sandbox's terms. */
    void clear(B b) {
        b.programme = programmes.isEmpty() ? null : programmes.getFirst();
        binder.setBean(b);
        requirements.setRequirements(List.of());
        governance.setValue(GovernanceTerms.sandbox());
        setReadOnly(false);
    }

    /** Shows a saved posting: {@code b} holds the form's own fields, the shared ones are filled here. */
    void show(B b, long programmeId, String postingTitle, String ipRegimeCode, List<RequiredCompetency> required,
              GovernanceTerms terms, boolean editable) {
        b.programme = programmes.stream().filter(p -> p.id() == programmeId).findFirst().orElse(null);
        b.title = postingTitle;
        b.ipRegime = regimes.stream().filter(r -> r.code().equals(ipRegimeCode)).findFirst().orElse(null);
        binder.setBean(b);
        requirements.setRequirements(required);
        governance.setValue(terms);
        setReadOnly(!editable);
    }

    /** Validates every part (all of them, so that every problem is shown at its field). */
    boolean validate() {
        boolean ok = binder.validate().isOk();
        ok &= requirements.validate();
        ok &= governance.validate();
        return ok;
    }

    B bean() {
        return binder.getBean();
    }

    String ipRegimeCode() {
        return bean().ipRegime == null ? null : bean().ipRegime.code();
    }

    List<RequiredCompetency> requirements() {
        return requirements.getRequirements();
    }

    GovernanceTerms governance() {
        return governance.getValue();
    }

    private void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        requirements.setReadOnly(readOnly);
        governance.setReadOnly(readOnly);
    }
}
