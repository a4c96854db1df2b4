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
import java.util.ArrayList;
import java.util.List;
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
import org.crossfield.i18n.Messages;
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

    private final Function<Confirmed, ImportResult> importer;
    private final Runnable onImported;
    private final Grid<ImportedPublication> entries = new Grid<>();
    private final Grid<RefusedEntry> refusedGrid = new Grid<>();
    private final H4 refusedTitle = new H4();
    private final Span state = new Span(getTranslation("collaboration.import.choose"));
    private final Button confirm = new Button(getTranslation("collaboration.import.import"));
    private final Button cancel = new Button(getTranslation("collaboration.import.cancel"), e -> close());
    private final Checkbox joint = new Checkbox(getTranslation("collaboration.orcid.joint"));
    private final Checkbox isPublic = new Checkbox(getTranslation("collaboration.orcid.public"));
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private List<ImportedPublication> toImport = new ArrayList<>();

    PublicationImportDialog(BiFunction<String, byte[], PublicationPreview> reader, Function<Confirmed, ImportResult> importer,
                            Runnable onImported) {
        this.importer = importer;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("collaboration.import.title"));
        setId("import-dialog");
        setWidth("min(64rem, 96vw)");
        Upload upload = Uploads.oneFile("import-upload", getTranslation("collaboration.import.upload",
                PublicationImport.MAX_BYTES / 1024 / 1024), PublicationImport.MAX_BYTES, (fileName, bytes) -> {
                    try {
                        show(reader.apply(fileName, bytes), fileName);
                    } catch (InvalidOutcomeException e) {
                        show(null, null);
                        state.setText(Messages.of(e) + " " + getTranslation("collaboration.import.choose-another"));
                        Notices.error(Messages.of(e));
                    }
                }, PublicationImport.Format.EXTENSIONS.toArray(String[]::new));
        state.setId("import-state");
        entries.setId("import-entries");
        entries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        entries.addColumn(ImportedPublication::title).setHeader(getTranslation("collaboration.import.column.title")).setFlexGrow(3).setWidth("12rem");
        entries.addColumn(p -> p.authors() == null ? "" : p.authors()).setHeader(getTranslation("collaboration.import.column.authors")).setFlexGrow(2).setWidth("8rem");
        entries.addColumn(p -> p.venue() == null ? "" : p.venue()).setHeader(getTranslation("collaboration.import.column.venue")).setFlexGrow(2).setWidth("8rem");
        entries.addComponentColumn(this::dateCell).setHeader(getTranslation("collaboration.import.column.date")).setFlexGrow(0).setWidth("10.5rem");
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
        refusedGrid.addColumn(CollaborationTexts::entry).setHeader(getTranslation("collaboration.import.column.entry")).setFlexGrow(1).setWidth("8rem");
        refusedGrid.addColumn(RefusedEntry::line).setHeader(getTranslation("collaboration.import.column.line")).setFlexGrow(0).setWidth("5rem");
        refusedGrid.addColumn(CollaborationTexts::reason).setHeader(getTranslation("collaboration.import.column.why")).setFlexGrow(4);
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
        Paragraph hint = new Paragraph(getTranslation("collaboration.import.hint"));
        hint.addClassName("cf-muted");
        add(hint, upload, state, entries, refusedTitle, refusedGrid, joint, isPublic, progress, progressText);
        getFooter().add(cancel, confirm);
    }

    /** The date an entry counts on; an undated one gets a date picker (and is flagged until dated). */
    private com.vaadin.flow.component.Component dateCell(ImportedPublication p) {
        if (!p.undated()) {
            return new Span(p.occurredOn().getDayOfMonth() == 1 && p.occurredOn().getMonthValue() == 1
                    ? Integer.toString(p.year()) : Dates.day(p.occurredOn(), getLocale()));
        }
        DatePicker picker = Dates.localise(new DatePicker());
        picker.setPlaceholder(getTranslation("collaboration.import.no-date"));
        picker.addAttachListener(e -> picker.setPlaceholder(getTranslation("collaboration.import.no-date")));
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
        refusedTitle.setText(getTranslation("collaboration.import.refused-title", refused.size()));
        refusedTitle.setVisible(!refused.isEmpty());
        confirm.setEnabled(!toImport.isEmpty());
        confirm.setText(toImport.isEmpty() ? getTranslation("collaboration.import.import")
                : getTranslation("collaboration.import.import-n", toImport.size()));
        if (preview != null) {
            state.setText(fileName + " (" + preview.format() + "): " + summary(preview) + ".");
        }
    }

    private void importConfirmed() {
        List<ImportedPublication> all = List.copyOf(toImport);
        if (all.size() <= PORTION) {
            try {
                finished(importer.apply(new Confirmed(all, joint.getValue(), isPublic.getValue())), null);
            } catch (InvalidOutcomeException e) {
                Notices.error(Messages.of(e));
            }
            return;
        }
        UI ui = UI.getCurrent();
        confirm.setEnabled(false);
        cancel.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText(getTranslation("collaboration.import.importing", all.size()));
        ui.setPollInterval(300);
        boolean jointValue = joint.getValue();
        boolean publicValue = isPublic.getValue();
        Executor background = new DelegatingSecurityContextExecutor(r -> Thread.ofVirtual().start(r),
                SecurityContextHolder.getContext());
        CompletableFuture.runAsync(() -> {
            int imported = 0;
            int skipped = 0;
            InvalidOutcomeException refusal = null;
            for (int from = 0; from < all.size(); from += PORTION) {
                List<ImportedPublication> portion = all.subList(from, Math.min(all.size(), from + PORTION));
                try {
                    ImportResult r = importer.apply(new Confirmed(portion, jointValue, publicValue));
                    imported += r.imported();
                    skipped += r.skippedDuplicates();
                } catch (InvalidOutcomeException e) {
                    refusal = e;
                    break;
                }
                int done = Math.min(all.size(), from + PORTION);
                ui.access(() -> {
                    progress.setValue((double) done / all.size());
                    progressText.setText(getTranslation("collaboration.import.progress", done, all.size()));
                });
            }
            ImportResult total = new ImportResult(imported, skipped);
            InvalidOutcomeException stopped = refusal;
            ui.access(() -> {
                ui.setPollInterval(-1);
                finished(total, stopped == null ? null : Messages.of(stopped));
            });
        }, background);
    }

    private void finished(ImportResult result, String problem) {
        String done = result.skippedDuplicates() == 0 ? getTranslation("collaboration.import.done", result.imported())
                : getTranslation("collaboration.import.done-skipped", result.imported(), result.skippedDuplicates());
        if (problem != null) {
            Notices.error(getTranslation("collaboration.import.stopped", done, problem));
        } else {
            Notices.success(done);
        }
        onImported.run();
        close();
    }

    /** "Import 123 of 137; 14 already in this collaboration; 2 have no date; 1 entry cannot be imported". */
    private String summary(PublicationPreview preview) {
        int readable = preview.toImport().size() + preview.alreadyPresent().size();
        StringBuilder s = new StringBuilder(getTranslation("collaboration.import.summary", preview.toImport().size(), readable));
        if (!preview.alreadyPresent().isEmpty()) {
            s.append("; ").append(getTranslation("collaboration.import.summary-present", preview.alreadyPresent().size()));
        }
        long undated = preview.toImport().stream().filter(ImportedPublication::undated).count();
        if (undated > 0) {
            s.append("; ").append(getTranslation("collaboration.import.summary-undated", undated));
        }
        if (!preview.refused().isEmpty()) {
            s.append("; ").append(getTranslation("collaboration.import.summary-refused", preview.refused().size()));
        }
        return s.toString();
    }
}
