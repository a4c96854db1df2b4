package org.crossfield.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The PDFs of agreements, and checking any PDF against the signed records. */
@Service
@Transactional(readOnly = true)
public class AgreementDocuments {

    /** The largest PDF {@link #verify(byte[])} reads. */
    public static final int MAX_PDF_BYTES = 20 * 1024 * 1024;

    private final AgreementRepository agreements;
    private final AgreementVersionRepository versions;
    private final AgreementApprovalRepository approvals;
    private final AgreementQueries queries;
    private final AgreementPdf pdf;

    AgreementDocuments(AgreementRepository agreements, AgreementVersionRepository versions, AgreementApprovalRepository approvals,
                       AgreementQueries queries, AgreementPdf pdf) {
        this.agreements = agreements;
        this.versions = versions;
        this.approvals = approvals;
        this.queries = queries;
        this.pdf = pdf;
    }

    /**
     * The PDF of a version (the signed one, once signed, unless another is asked for), its fingerprint on every page.
     * {@code versionNo} null: the signed version, or the current one before signing.
     */
    @PreAuthorize("@agreementAccess.canView(#agreementId)")
    public byte[] pdf(long agreementId, Integer versionNo) {
        Agreement a = agreements.findById(agreementId).orElseThrow(() -> new AgreementNotFoundException(agreementId));
        int v = versionNo != null ? versionNo : a.getSignedVersion() != null ? a.getSignedVersion() : a.getCurrentVersion();
        AgreementVersion version = versions.findByAgreementIdAndVersionNo(agreementId, v)
                .orElseThrow(() -> new InvalidAgreementException("agreement.error.no-version", "The agreement has no version " + v + ".", v));
        boolean signed = a.getSignedVersion() != null && a.getSignedVersion() == v;
        List<String> approvers = signed ? approvals.findByAgreementIdAndVersionNoOrderByIdAsc(agreementId, v).stream()
                .filter(d -> AgreementApproval.APPROVED.equals(d.getDecision()))
                .map(d -> queries.name(d.getUserId()) + ", " + AgreementPdfNames.WHEN.format(d.getDecidedAt())).toList() : List.of();
        // the signature record's fingerprint, not a recomputation: a PDF of tampered text must not look genuine
        String sha = signed ? a.getSignedSha256() : version.getSha256();
        return pdf.render(a.getTitle(), agreementId, v, version.getRenderedText(), sha,
                new AgreementPdf.Signature(signed, a.getSignedAt(), approvers));
    }

    /**
     * Checks a PDF someone holds: its fingerprint (from the document information and the page footers) against the
     * signed records, and the stored text of that version against its recorded fingerprint (recomputed now).
     */
    @PreAuthorize("isAuthenticated()")
    public VerificationResult verify(byte[] file) {
        if (file == null || file.length == 0) {
            return none("agreement.verify.message.empty", "The file is empty.");
        }
        if (file.length > MAX_PDF_BYTES) {
            return none("agreement.verify.message.too-large", "The file is larger than 20 MB; an agreement PDF is much smaller.");
        }
        AgreementPdf.Found found = AgreementPdf.read(file);
        if (found.inKeywords().isEmpty() && found.inText().isEmpty()) {
            return none("agreement.verify.message.no-fingerprint",
                    "This file carries no Crossfield agreement fingerprint (or is not a PDF).");
        }
        List<String> all = new java.util.ArrayList<>(found.inText());
        found.inKeywords().ifPresent(k -> {
            if (!all.contains(k)) {
                all.add(k);
            }
        });
        if (all.size() > 1) {
            return new VerificationResult(VerificationResult.Outcome.TAMPERED, "The PDF carries different fingerprints in its"
                    + " properties and on its pages: it was altered after Crossfield produced it.", String.join(" / ", all),
                    null, null, null, null, null, null, "agreement.verify.message.fingerprints-differ");
        }
        String fingerprint = all.getFirst();
        Optional<Agreement> signed = agreements.findFirstBySignedSha256(fingerprint);
        if (signed.isPresent()) {
            Agreement a = signed.get();
            AgreementVersion v = versions.findByAgreementIdAndVersionNo(a.getId(), a.getSignedVersion()).orElseThrow();
            String recomputed = Fingerprint.of(v.getRenderedText());
            boolean approvalsAgree = approvals.findByAgreementIdAndVersionNoOrderByIdAsc(a.getId(), a.getSignedVersion()).stream()
                    .filter(d -> AgreementApproval.APPROVED.equals(d.getDecision()))
                    .allMatch(d -> d.getSha256().equals(a.getSignedSha256()));
            if (!recomputed.equals(a.getSignedSha256()) && v.getSha256().equals(a.getSignedSha256()) && approvalsAgree
                    && queries.partyErased(a.getId())) {
                // an erasure replaced a party's name in the stored text (docs/privacy.md): the signature records are intact
                return new VerificationResult(VerificationResult.Outcome.VALID, "Genuine: this is version " + a.getSignedVersion()
                        + " of \"" + a.getTitle() + "\", signed on " + AgreementPdfNames.WHEN.format(a.getSignedAt())
                        + ". A party's personal data was erased since, so the text stored in Crossfield shows a pseudonym;"
                        + " the signature records are unchanged.", fingerprint, a.getId(), a.getTitle(),
                        a.getSignedVersion(), a.getSignedAt(), a.getSignedSha256(), recomputed, "agreement.verify.message.valid-erased");
            }
            if (!recomputed.equals(a.getSignedSha256()) || !v.getSha256().equals(a.getSignedSha256()) || !approvalsAgree) {
                return new VerificationResult(VerificationResult.Outcome.TAMPERED, "The PDF matches the signature record of \""
                        + a.getTitle() + "\", but the text stored for version " + a.getSignedVersion() + " no longer hashes to the"
                        + " recorded fingerprint: the stored agreement was altered after signing. Tell the programme's coordinators.",
                        fingerprint, a.getId(), a.getTitle(), a.getSignedVersion(), a.getSignedAt(), a.getSignedSha256(), recomputed, "agreement.verify.message.tampered-signed");
            }
            return new VerificationResult(VerificationResult.Outcome.VALID, "Genuine: this is version " + a.getSignedVersion()
                    + " of \"" + a.getTitle() + "\", signed on " + AgreementPdfNames.WHEN.format(a.getSignedAt())
                    + "; the stored text still hashes to the recorded fingerprint.", fingerprint, a.getId(), a.getTitle(),
                    a.getSignedVersion(), a.getSignedAt(), a.getSignedSha256(), recomputed, "agreement.verify.message.valid");
        }
        List<AgreementVersion> unsigned = versions.findBySha256(fingerprint, Limit.of(1));
        if (!unsigned.isEmpty()) {
            AgreementVersion v = unsigned.getFirst();
            String recomputed = Fingerprint.of(v.getRenderedText());
            Agreement a = agreements.findById(v.getAgreementId()).orElseThrow();
            if (!recomputed.equals(v.getSha256())) {
                return new VerificationResult(VerificationResult.Outcome.TAMPERED, "The PDF matches version " + v.getVersionNo()
                        + " of \"" + a.getTitle() + "\", but its stored text no longer hashes to the recorded fingerprint.",
                        fingerprint, a.getId(), a.getTitle(), v.getVersionNo(), null, v.getSha256(), recomputed, "agreement.verify.message.tampered-version");
            }
            return new VerificationResult(VerificationResult.Outcome.NOT_SIGNED, "This is version " + v.getVersionNo() + " of \""
                    + a.getTitle() + "\", which was never signed: it is a draft, not the agreement.", fingerprint, a.getId(),
                    a.getTitle(), v.getVersionNo(), null, v.getSha256(), recomputed, "agreement.verify.message.not-signed");
        }
        return new VerificationResult(VerificationResult.Outcome.UNKNOWN, "No Crossfield agreement has this fingerprint: the PDF"
                + " was altered, or it comes from another installation.", fingerprint, null, null, null, null, null, null, "agreement.verify.message.unknown");
    }

    private static VerificationResult none(String key, String message) {
        return new VerificationResult(VerificationResult.Outcome.NO_FINGERPRINT, message, null, null, null, null, null, null, null, key);
    }
}
