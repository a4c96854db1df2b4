package org.crossfield.collaboration.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.crossfield.collaboration.ImportedPublication;
import org.crossfield.collaboration.InvalidOutcomeException;
import org.crossfield.collaboration.PublicationImport;
import org.crossfield.platform.ui.Notices;

/**
 * Imports publications from a BibTeX or RIS file in two steps: the upload is read at once and its entries shown; only
 * "Import" records them. A bad file gets its message and nothing to import. The workspace view passes in how to read
 * and what to do with the confirmed entries, so the dialog never calls a service itself.
 */
class PublicationImportDialog extends Dialog {

    /** What the user confirmed. */
    record Confirmed(List<ImportedPublication> publications, boolean jointPublicPrivate, boolean isPublic) {
    }

    private final Grid<ImportedPublication> entries = new Grid<>();
    private final Span state = new Span("Choose a .bib or .ris file exported from your reference manager.");
    private final Button confirm = new Button("Import");
    private final Checkbox joint = new Checkbox("Joint public-private publications (academic and industry authors)");
    private final Checkbox isPublic = new Checkbox("Show them on the public showcase");
    private List<ImportedPublication> read = List.of();

    PublicationImportDialog(BiFunction<String, byte[], List<ImportedPublication>> reader, Consumer<Confirmed> onConfirm) {
        setHeaderTitle("Import publications from BibTeX or RIS");
        setId("import-dialog");
        setWidth("56rem");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            try {
                show(reader.apply(metadata.fileName(), bytes), metadata.fileName());
            } catch (InvalidOutcomeException e) {
                show(List.of(), null);
                state.setText(e.getMessage());
                Notices.error(e.getMessage());
            }
        })));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".bib", ".bibtex", ".ris");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PublicationImport.MAX_BYTES);
        upload.addFileRejectedListener(e -> Notices.error(e.getErrorMessage()
                + " — choose a BibTeX (.bib) or RIS (.ris) file of at most 1 MB."));
        upload.addFileRemovedListener(e -> show(List.of(), null));
        state.setId("import-state");
        entries.setId("import-entries");
        entries.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.addColumn(ImportedPublication::title).setHeader("Title").setFlexGrow(3);
        entries.addColumn(p -> p.authors() == null ? "" : p.authors()).setHeader("Authors").setFlexGrow(2);
        entries.addColumn(p -> p.venue() == null ? "" : p.venue()).setHeader("Venue").setFlexGrow(2);
        entries.addColumn(p -> p.year() == null ? "" : p.year().toString()).setHeader("Year").setAutoWidth(true);
        entries.addColumn(p -> p.doi() == null ? "" : p.doi()).setHeader("DOI").setFlexGrow(1);
        entries.setAllRowsVisible(true);
        entries.setVisible(false);
        joint.setId("import-joint");
        isPublic.setId("import-public");
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> {
            onConfirm.accept(new Confirmed(read, joint.getValue(), isPublic.getValue()));
            close();
        });
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("import-cancel");
        Paragraph hint = new Paragraph("The whole file is read before anything is saved: a file with a problem imports "
                + "nothing. Publications whose DOI this collaboration already has are skipped.");
        hint.addClassName("cf-muted");
        add(hint, upload, state, entries, joint, isPublic);
        getFooter().add(cancel, confirm);
    }

    private void show(List<ImportedPublication> publications, String fileName) {
        read = List.copyOf(publications);
        entries.setItems(read);
        entries.setVisible(!read.isEmpty());
        confirm.setEnabled(!read.isEmpty());
        confirm.setText(read.isEmpty() ? "Import" : "Import " + read.size() + (read.size() == 1 ? " publication" : " publications"));
        if (fileName != null) {
            state.setText(fileName + ": " + read.size() + (read.size() == 1 ? " publication" : " publications")
                    + " found. Check them, then import.");
        }
    }
}
