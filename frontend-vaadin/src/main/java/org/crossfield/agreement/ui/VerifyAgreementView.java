package org.crossfield.agreement.ui;

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
        Paragraph intro = new Paragraph(getTranslation("agreement.verify.intro"));
        intro.addClassName("cf-muted");
        result.setId("verify-result");
        Upload upload = Uploads.oneFile("verify-upload", getTranslation("agreement.verify.upload-rule",
                AgreementDocuments.MAX_PDF_BYTES / 1024 / 1024), AgreementDocuments.MAX_PDF_BYTES,
                (fileName, bytes) -> show(documents.verify(bytes)), "application/pdf", ".pdf");
        add(intro, upload, result);
    }

    void show(VerificationResult r) {
        result.removeAll();
        Span verdict = new Span(getTranslation("agreement.verify.outcome." + r.outcome().name()));
        verdict.setId("verify-outcome");
        verdict.getElement().setAttribute("data-outcome", r.outcome().name());
        verdict.getElement().getThemeList().add("badge " + (r.outcome() == VerificationResult.Outcome.VALID ? "success" : "error"));
        Paragraph message = new Paragraph(r.messageKey() == null ? r.message()
                : getTranslation(r.messageKey(), r.versionNo() == null ? "" : r.versionNo(), r.title() == null ? "" : r.title(),
                AgreementUi.when(r.signedAt(), getLocale())));
        message.setId("verify-message");
        result.add(new H4(getTranslation("agreement.verify.result")), verdict, message);
        if (r.fingerprint() != null) {
            Span fp = new Span(r.fingerprint());
            fp.setId("verify-fingerprint");
            fp.getStyle().set("font-family", "monospace");
            result.add(new Paragraph(new Span(getTranslation("agreement.verify.fingerprint")), fp));
        }
        if (r.recordedSha256() != null) {
            result.add(new Paragraph(getTranslation("agreement.verify.recorded", r.recordedSha256())));
            result.add(new Paragraph(getTranslation("agreement.verify.recomputed", r.recomputedSha256())));
        }
    }
}
