package org.crossfield.collaboration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crossfield.collaboration.ImportResult;
import org.crossfield.collaboration.ImportedPublication;
import org.crossfield.collaboration.InvalidOutcomeException;
import org.crossfield.collaboration.OrcidUnavailableException;
import org.crossfield.collaboration.PublicationPreview;
import org.crossfield.collaboration.RefusedEntry;
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.Messages;
import org.crossfield.platform.ui.Notices;

/**
 * Imports a person's works from ORCID (the iD linked under My account) into the collaboration's outcomes: reads them at
 * once and lists what can be imported — the person ticks which — what this collaboration already has (by DOI, else
 * title and year: marked, never imported twice) and what cannot be imported with the reason. The import goes through
 * the same service and rules as a bibliography file (docs/adr/0062-orcid-import.md).
 */
class OrcidImportDialog extends Dialog {

    /** The chosen works and the two choices that apply to all of them. */
    record Confirmed(List<ImportedPublication> publications, boolean jointPublicPrivate, boolean isPublic) {
    }

    private final Function<Confirmed, ImportResult> importer;
    private final Runnable onImported;
    private final Grid<ImportedPublication> works = new Grid<>();
    private final Checkbox joint = new Checkbox();
    private final Checkbox isPublic = new Checkbox();
    private final Button confirm = new Button();

    OrcidImportDialog(String orcid, Supplier<PublicationPreview> reader, Function<Confirmed, ImportResult> importer,
                      Runnable onImported) {
        this.importer = importer;
        this.onImported = onImported;
        setId("orcid-import");
        setHeaderTitle(getTranslation("collaboration.orcid.title"));
        setWidth("56rem");
        Button cancel = new Button(getTranslation("collaboration.orcid.cancel"), e -> close());
        cancel.setId("orcid-cancel");
        confirm.setId("orcid-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> importChosen());
        getFooter().add(cancel, confirm);

        PublicationPreview preview;
        try {
            preview = reader.get();
        } catch (OrcidUnavailableException e) {
            Paragraph problem = new Paragraph(Messages.of(e));
            problem.setId("orcid-problem");
            problem.getStyle().set("color", "var(--lumo-error-text-color)");
            add(problem);
            return;
        }
        Paragraph state = new Paragraph(getTranslation("collaboration.orcid.summary", orcid, preview.toImport().size(),
                preview.alreadyPresent().size(), preview.refused().size()));
        state.setId("orcid-summary");
        add(state);

        works.setId("orcid-works");
        works.setSelectionMode(Grid.SelectionMode.MULTI);
        works.addThemeVariants(GridVariant.LUMO_COMPACT);
        works.addColumn(ImportedPublication::title).setHeader(getTranslation("collaboration.orcid.work")).setFlexGrow(1);
        works.addColumn(p -> p.orcidWorkType() == null ? "" : p.orcidWorkType())
                .setHeader(getTranslation("collaboration.orcid.type")).setAutoWidth(true);
        works.addColumn(p -> p.occurredOn() == null ? getTranslation("collaboration.orcid.undated")
                : Dates.day(p.occurredOn(), getLocale())).setHeader(getTranslation("collaboration.orcid.date")).setAutoWidth(true);
        works.addColumn(p -> p.doi() == null ? "" : p.doi()).setHeader("DOI").setAutoWidth(true);
        works.setItems(preview.toImport());
        works.asMultiSelect().select(preview.toImport());
        works.setAllRowsVisible(preview.toImport().size() <= 8);
        if (preview.toImport().size() > 8) {
            works.setHeight("20rem");
        }
        works.addSelectionListener(e -> updateConfirm());
        if (!preview.toImport().isEmpty()) {
            add(new H4(getTranslation("collaboration.orcid.choose")), works);
            joint.setLabel(getTranslation("collaboration.orcid.joint"));
            joint.setId("orcid-joint");
            isPublic.setLabel(getTranslation("collaboration.orcid.public"));
            isPublic.setId("orcid-public");
            add(joint, isPublic);
        }
        if (!preview.alreadyPresent().isEmpty()) {
            Grid<ImportedPublication> present = new Grid<>();
            present.setId("orcid-present");
            present.addThemeVariants(GridVariant.LUMO_COMPACT);
            present.addColumn(ImportedPublication::title).setHeader(getTranslation("collaboration.orcid.work")).setFlexGrow(1);
            present.addColumn(p -> p.doi() == null ? "" : p.doi()).setHeader("DOI").setAutoWidth(true);
            present.setItems(preview.alreadyPresent());
            present.setAllRowsVisible(true);
            add(new H4(getTranslation("collaboration.orcid.present")), present);
        }
        if (!preview.refused().isEmpty()) {
            Grid<RefusedEntry> refused = new Grid<>();
            refused.setId("orcid-refused");
            refused.addThemeVariants(GridVariant.LUMO_COMPACT);
            refused.addColumn(RefusedEntry::key).setHeader(getTranslation("collaboration.orcid.work")).setAutoWidth(true);
            refused.addColumn(CollaborationTexts::reason).setHeader(getTranslation("collaboration.orcid.reason")).setFlexGrow(1);
            refused.setItems(preview.refused());
            refused.setAllRowsVisible(true);
            add(new H4(getTranslation("collaboration.orcid.refused")), refused);
        }
        updateConfirm();
    }

    private void updateConfirm() {
        int chosen = works.getSelectedItems().size();
        confirm.setEnabled(chosen > 0);
        confirm.setText(getTranslation("collaboration.orcid.import", chosen));
    }

    private void importChosen() {
        List<ImportedPublication> chosen = new ArrayList<>(works.getSelectedItems());
        try {
            ImportResult result = importer.apply(new Confirmed(chosen, joint.getValue(), isPublic.getValue()));
            Notices.success(getTranslation("collaboration.orcid.done", result.imported(), result.skippedDuplicates()));
            onImported.run();
            close();
        } catch (InvalidOutcomeException e) {
            Notices.error(Messages.of(e));
        }
    }
}
