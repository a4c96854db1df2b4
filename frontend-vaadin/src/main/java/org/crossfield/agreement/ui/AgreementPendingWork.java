package org.crossfield.agreement.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import org.crossfield.agreement.AgreementService;
import org.crossfield.agreement.AgreementStatus;
import org.crossfield.agreement.AgreementSummary;
import org.crossfield.agreement.PublicationReviewService;
import org.crossfield.agreement.ReviewStatus;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.platform.ui.PendingWork;

/**
 * Agreements on the dashboard: the agreements waiting for this person's approval (their signature) and the publication
 * reviews the partner's side must answer. One waiting agreement links straight to it; several to the list.
 */
@SpringComponent
class AgreementPendingWork implements PendingWork {

    private final AgreementService agreements;
    private final PublicationReviewService reviews;

    AgreementPendingWork(AgreementService agreements, PublicationReviewService reviews) {
        this.agreements = agreements;
        this.reviews = reviews;
    }

    @Override
    public List<Task> tasksFor(CrossfieldUser me) {
        List<Long> toApprove = new ArrayList<>();
        List<Long> toAnswer = new ArrayList<>();
        for (AgreementSummary a : agreements.myAgreements()) {
            if (a.status() == AgreementStatus.AWAITING_APPROVALS && agreements.agreement(a.id()).mayDecide()) {
                toApprove.add(a.id());
            }
            if (a.status().isSigned()) {
                reviews.reviews(a.id()).stream().filter(r -> r.mayAnswer() && r.status() == ReviewStatus.PENDING)
                        .forEach(r -> toAnswer.add(a.id()));
            }
        }
        List<Task> tasks = new ArrayList<>();
        if (!toApprove.isEmpty()) {
            tasks.add(new Task("agreements-to-approve", "agreement.todo.approve", toApprove.size(), route(toApprove)));
        }
        if (!toAnswer.isEmpty()) {
            tasks.add(new Task("publication-reviews", "agreement.todo.publication-reviews", toAnswer.size(), route(toAnswer)));
        }
        return tasks;
    }

    private static String route(List<Long> agreementIds) {
        return agreementIds.stream().distinct().count() == 1 ? AgreementService.ROUTE + "/" + agreementIds.getFirst()
                : AgreementService.ROUTE;
    }
}
