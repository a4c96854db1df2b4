package org.crossfield.agreement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossfield.agreement.AgreementDocuments;
import org.crossfield.agreement.VerificationResult;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Notices;
import org.crossfield.platform.ui.Uploads;

/**
 * Anyone holding an agreement PDF uploads it here: Crossfield reads the fingerprint from the PDF (its properties and
 * its page footers), compares it with the signature records and recomputes the SHA-256 of the stored text.
 */
@Route("verify-agreement")
@PageTitle("Verify an agreement PDF")
@Menu(order = 55, icon = "vaadin:check-circle-o", title = "Verify a PDF")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
public class VerifyAgreementView extends VerticalLayout {

    private final AgreementDocuments documents;
    private final Div result = new Div();

    public VerifyAgreementView(AgreementDocuments documents) {
        this.documents = documents;
        setId("verify-agreement");
        Paragraph intro = new Paragraph("Upload a signed agreement PDF to check that it is genuine: its fingerprint (SHA-256 of"
                + " the agreement text, printed on every page) must match the record Crossfield kept when every party approved,"
                + " and the text Crossfield stores must still hash to that fingerprint.");
        intro.addClassName("cf-muted");
        result.setId("verify-result");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(Uploads.inMemory(AgreementDocuments.MAX_PDF_BYTES,
                (fileName, bytes) -> ui.access(() -> show(documents.verify(bytes))),
                () -> ui.access(() -> Notices.error("The file is larger than 20 MB; upload the agreement's PDF."))));
        upload.setId("verify-upload");
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(AgreementDocuments.MAX_PDF_BYTES);
        upload.addFileRejectedListener(e -> Notices.error(e.getErrorMessage() + " — upload a PDF of at most 20 MB."));
        upload.addSucceededListener(e -> upload.clearFileList());
        add(intro, upload, result);
    }

    void show(VerificationResult r) {
        result.removeAll();
        Span verdict = new Span(switch (r.outcome()) {
            case VALID -> "Genuine";
            case NOT_SIGNED -> "Not signed";
            case TAMPERED -> "Tampered";
            case UNKNOWN -> "Unknown fingerprint";
            case NO_FINGERPRINT -> "No fingerprint";
        });
        verdict.setId("verify-outcome");
        verdict.getElement().setAttribute("data-outcome", r.outcome().name());
        verdict.getElement().getThemeList().add("badge " + (r.outcome() == VerificationResult.Outcome.VALID ? "success" : "error"));
        Paragraph message = new Paragraph(r.message());
        message.setId("verify-message");
        result.add(new H4("Result"), verdict, message);
        if (r.fingerprint() != null) {
            Span fp = new Span(r.fingerprint());
            fp.setId("verify-fingerprint");
            fp.getStyle().set("font-family", "monospace");
            result.add(new Paragraph(new Span("Fingerprint in the PDF: "), fp));
        }
        if (r.recordedSha256() != null) {
            result.add(new Paragraph("Recorded at signing: " + r.recordedSha256()));
            result.add(new Paragraph("Recomputed from the stored text now: " + r.recomputedSha256()));
        }
    }
}
