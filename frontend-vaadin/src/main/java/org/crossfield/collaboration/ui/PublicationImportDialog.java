package org.crossfield.collaboration.ui;

import org.crossfield.i18n.Dates;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.crossfield.collaboration.ImportResult;
import org.crossfield.collaboration.ImportedPublication;
import org.crossfield.collaboration.InvalidOutcomeException;
import org.crossfield.collaboration.PublicationImport;
import org.crossfield.collaboration.PublicationPreview;
import org.crossfield.collaboration.RefusedEntry;
import org.crossfield.platform.ui.Notices;
import org.crossfield.platform.ui.Uploads;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Imports publications from a bibliography file in two steps: the upload is read at once and shown — what will be
 * imported (an undated entry can be dated here), what this collaboration already has, and the entries that cannot be
 * imported with their key, line and reason; only "Import" records them, in portions of {@value #PORTION} with a
 * progress bar for long files. The workspace view passes in how to read and how to import, so the dialog never calls a
 * service itself.
 */
class PublicationImportDialog extends Dialog {

    /** What the user confirmed (one portion of it). */
    record Confirmed(List<ImportedPublication> publications, boolean jointPublicPrivate, boolean isPublic) {
    }

    /** Publications per service call: a long file is imported in portions so that the progress bar moves. */
    static final int PORTION = 250;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Function<Confirmed, ImportResult> importer;
    private final Runnable onImported;
    private final Grid<ImportedPublication> entries = new Grid<>();
    private final Grid<RefusedEntry> refusedGrid = new Grid<>();
    private final H4 refusedTitle = new H4();
    private final Span state = new Span("Choose a bibliography file exported from your reference manager: BibTeX or "
            + "biblatex (.bib), RIS (.ris), PubMed (.nbib, .txt) or Web of Science (.txt).");
    private final Button confirm = new Button("Import");
    private final Button cancel = new Button("Cancel", e -> close());
    private final Checkbox joint = new Checkbox("Joint public-private publications (academic and industry authors)");
    private final Checkbox isPublic = new Checkbox("Show them on the public showcase");
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private List<ImportedPublication> toImport = new ArrayList<>();

    PublicationImportDialog(BiFunction<String, byte[], PublicationPreview> reader, Function<Confirmed, ImportResult> importer,
                            Runnable onImported) {
        this.importer = importer;
        this.onImported = onImported;
        setHeaderTitle("Import publications from a bibliography");
        setId("import-dialog");
        setWidth("min(64rem, 96vw)");
        Upload upload = Uploads.oneFile("import-upload", "Choose a bibliography file (.bib, .ris, .nbib or .txt) of at most "
                + PublicationImport.MAX_BYTES / 1024 / 1024 + " MB.", PublicationImport.MAX_BYTES, (fileName, bytes) -> {
                    try {
                        show(reader.apply(fileName, bytes), fileName);
                    } catch (InvalidOutcomeException e) {
                        show(null, null);
                        state.setText(e.getMessage() + " Choose another file.");
                        Notices.error(e.getMessage());
                    }
                }, PublicationImport.Format.EXTENSIONS.toArray(String[]::new));
        state.setId("import-state");
        entries.setId("import-entries");
        entries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        entries.addColumn(ImportedPublication::title).setHeader("Title").setFlexGrow(3).setWidth("12rem");
        entries.addColumn(p -> p.authors() == null ? "" : p.authors()).setHeader("Authors").setFlexGrow(2).setWidth("8rem");
        entries.addColumn(p -> p.venue() == null ? "" : p.venue()).setHeader("Venue").setFlexGrow(2).setWidth("8rem");
        entries.addComponentColumn(this::dateCell).setHeader("Date").setFlexGrow(0).setWidth("10.5rem");
        entries.addComponentColumn(p -> {
            Span doi = new Span(p.doi() == null ? "" : p.doi());
            doi.getStyle().set("overflow-wrap", "anywhere"); // a DOI has no spaces to wrap at
            return doi;
        }).setHeader("DOI").setFlexGrow(1).setWidth("8rem");
        entries.setVisible(false);
        refusedTitle.setId("import-refused-title");
        refusedTitle.setVisible(false);
        refusedGrid.setId("import-refused");
        refusedGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        refusedGrid.addColumn(RefusedEntry::key).setHeader("Entry").setFlexGrow(1).setWidth("8rem");
        refusedGrid.addColumn(RefusedEntry::line).setHeader("Line").setFlexGrow(0).setWidth("5rem");
        refusedGrid.addColumn(RefusedEntry::reason).setHeader("Why it cannot be imported").setFlexGrow(4);
        refusedGrid.setVisible(false);
        joint.setId("import-joint");
        isPublic.setId("import-public");
        progress.setId("import-progress");
        progress.setVisible(false);
        progressText.setId("import-progress-text");
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> importConfirmed());
        cancel.setId("import-cancel");
        Paragraph hint = new Paragraph("Nothing is saved before you press Import. Entries that cannot be imported are listed "
                + "with the reason and the rest can still be imported. Publications this collaboration already has (same DOI, "
                + "or same title and year) are left out. An entry without a year is imported undated: set its date here or "
                + "later with Edit; until then it counts in no reporting period.");
        hint.addClassName("cf-muted");
        add(hint, upload, state, entries, refusedTitle, refusedGrid, joint, isPublic, progress, progressText);
        getFooter().add(cancel, confirm);
    }

    /** The date an entry counts on; an undated one gets a date picker (and is flagged until dated). */
    private com.vaadin.flow.component.Component dateCell(ImportedPublication p) {
        if (!p.undated()) {
            return new Span(p.occurredOn().getDayOfMonth() == 1 && p.occurredOn().getMonthValue() == 1
                    ? Integer.toString(p.year()) : DAY.format(p.occurredOn()));
        }
        DatePicker picker = Dates.localise(new DatePicker());
        picker.setPlaceholder("No date: set one");
        picker.setId("import-date-" + p.line());
        picker.setWidthFull();
        picker.setMin(LocalDate.of(PublicationImport.EARLIEST_YEAR, 1, 1));
        picker.addValueChangeListener(e -> {
            for (int i = 0; i < toImport.size(); i++) {
                if (toImport.get(i).line() == p.line() && toImport.get(i).key().equals(p.key())) {
                    toImport.set(i, p.withDate(e.getValue()));
                }
            }
        });
        return picker;
    }

    private void show(PublicationPreview preview, String fileName) {
        toImport = preview == null ? new ArrayList<>() : new ArrayList<>(preview.toImport());
        entries.setItems(toImport);
        entries.setVisible(!toImport.isEmpty());
        if (toImport.size() <= 6) {
            entries.setAllRowsVisible(true);
        } else {
            entries.setAllRowsVisible(false);
            entries.setHeight("18rem");
        }
        List<RefusedEntry> refused = preview == null ? List.of() : preview.refused();
        refusedGrid.setItems(refused);
        refusedGrid.setVisible(!refused.isEmpty());
        if (refused.size() <= 6) {
            refusedGrid.setAllRowsVisible(true);
        } else {
            refusedGrid.setAllRowsVisible(false);
            refusedGrid.setHeight("14rem");
        }
        refusedTitle.setText(refused.size() + (refused.size() == 1 ? " entry cannot" : " entries cannot") + " be imported");
        refusedTitle.setVisible(!refused.isEmpty());
        confirm.setEnabled(!toImport.isEmpty());
        confirm.setText(toImport.isEmpty() ? "Import" : "Import " + toImport.size()
                + (toImport.size() == 1 ? " publication" : " publications"));
        if (preview != null) {
            state.setText(fileName + " (" + preview.format() + "): " + preview.summary() + ".");
        }
    }

    private void importConfirmed() {
        List<ImportedPublication> all = List.copyOf(toImport);
        if (all.size() <= PORTION) {
            try {
                finished(importer.apply(new Confirmed(all, joint.getValue(), isPublic.getValue())), null);
            } catch (InvalidOutcomeException e) {
                Notices.error(e.getMessage());
            }
            return;
        }
        UI ui = UI.getCurrent();
        confirm.setEnabled(false);
        cancel.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText("Importing " + all.size() + " publications…");
        ui.setPollInterval(300);
        boolean jointValue = joint.getValue();
        boolean publicValue = isPublic.getValue();
        Executor background = new DelegatingSecurityContextExecutor(r -> Thread.ofVirtual().start(r),
                SecurityContextHolder.getContext());
        CompletableFuture.runAsync(() -> {
            int imported = 0;
            int skipped = 0;
            String problem = null;
            for (int from = 0; from < all.size(); from += PORTION) {
                List<ImportedPublication> portion = all.subList(from, Math.min(all.size(), from + PORTION));
                try {
                    ImportResult r = importer.apply(new Confirmed(portion, jointValue, publicValue));
                    imported += r.imported();
                    skipped += r.skippedDuplicates();
                } catch (InvalidOutcomeException e) {
                    problem = e.getMessage();
                    break;
                }
                int done = Math.min(all.size(), from + PORTION);
                ui.access(() -> {
                    progress.setValue((double) done / all.size());
                    progressText.setText("Imported " + done + " of " + all.size() + "…");
                });
            }
            ImportResult total = new ImportResult(imported, skipped);
            String stopped = problem;
            ui.access(() -> {
                ui.setPollInterval(-1);
                finished(total, stopped);
            });
        }, background);
    }

    private void finished(ImportResult result, String problem) {
        String done = result.imported() + (result.imported() == 1 ? " publication" : " publications") + " imported"
                + (result.skippedDuplicates() == 0 ? "" : "; " + result.skippedDuplicates()
                + " left out because this collaboration already has them");
        if (problem != null) {
            Notices.error(done + ". The import stopped: " + problem);
        } else {
            Notices.success(done + ".");
        }
        onImported.run();
        close();
    }
}
