package org.crossfield.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import org.crossfield.Application;
import org.crossfield.agreement.AgreementDocuments;
import org.crossfield.agreement.IpRegime;
import org.crossfield.agreement.StartableCollaboration;
import org.crossfield.agreement.TemplateVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class AgreementViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AgreementDocuments documents;

    /** A new active collaboration of the demo people (the demo partner's company is its partner organisation). */
    private long freshCollaboration(String suffix) {
        jdbc.update("""
                insert into collaboration (programme_id, title, origin, project_id, student_id, supervisor_id, mentor_id,
                    partner_organisation_id, academic_organisation_id, status, started_at, demo, version)
                select programme_id, concat(title, ?), origin, project_id, student_id, supervisor_id, mentor_id,
                    partner_organisation_id, academic_organisation_id, 'ACTIVE', started_at, false, 0 from collaboration
                where id = (select min(c.id) from collaboration c join app_user u on u.id = c.student_id
                            where u.email = 'student@demo.crossfield.org' and c.partner_organisation_id is not null)""", suffix);
        return jdbc.queryForObject("select max(id) from collaboration", Long.class);
    }

    @Test
    @WithUserDetails("partner@demo.crossfield.org")
    @SuppressWarnings("unchecked")
    void aPartnerStartsAnAgreementProposesALongerDelayAndSeesTheDifference() {
        long collaboration = freshCollaboration(" (views test)");
        navigate(AgreementsView.class);
        ComboBox<StartableCollaboration> choose = $(ComboBox.class).id("start-collaboration");
        StartableCollaboration mine = choose.getListDataView().getItems().filter(c -> c.id() == collaboration).findFirst().orElseThrow();
        test(choose).selectItem(choose.getItemLabelGenerator().apply(mine));
        Select<IpRegime> regime = $(Select.class).id("start-regime");
        regime.setValue(regime.getListDataView().getItems().filter(r -> r.code().equals("LAMBERT_1")).findFirst().orElseThrow());
        // the chosen regime's main terms, from ip-regimes.csv
        assertThat(regime.getHelperText()).startsWith("Results owned by the university")
                .contains("announced 30 days ahead, delayed at most 90 days", "sponsor may not sublicense");
        test($(Button.class).id("start-agreement")).click();
        assertThat(getCurrentView()).isInstanceOf(AgreementDetailsView.class);
        long agreement = jdbc.queryForObject("select id from agreement where collaboration_id = ?", Long.class, collaboration);
        assertThat($(Span.class).id("agreement-status").getText()).isEqualTo("Draft");

        // a maximum delay shorter than the notice period is refused with the reason, and nothing changes
        test($(IntegerField.class).id("term-max-delay")).setValue(10);
        test($(Button.class).id("propose")).click();
        assertThat(test($(Notification.class).last()).getText()).contains("cannot be shorter than the notice period");
        assertThat(jdbc.queryForObject("select current_version from agreement where id = ?", Integer.class, agreement)).isEqualTo(1);

        test($(IntegerField.class).id("term-max-delay")).setValue(120);
        test($(Button.class).id("propose")).click();
        assertThat(jdbc.queryForObject("select current_version from agreement where id = ?", Integer.class, agreement)).isEqualTo(2);
        assertThat($(Span.class).id("agreement-status").getText()).isEqualTo("Negotiation");

        TabSheet tabs = $(TabSheet.class).id("agreement-tabs");
        tabs.setSelectedIndex(2);
        Grid<org.crossfield.agreement.TermsDiff.Change> diff = $(Grid.class).id("diff-terms");
        assertThat(test(diff).size()).isEqualTo(1);
        assertThat(test(diff).getCellText(0, 0)).isEqualTo("Maximum publication delay");
        assertThat(test(diff).getCellText(0, 2)).isEqualTo("120 days");

        tabs.setSelectedIndex(3);
        test($(TextArea.class).id("comment-body")).setValue("We need the longer delay for a patent filing.");
        test($(Button.class).id("post-comment")).click();
        assertThat(jdbc.queryForObject("select count(*) from agreement_comment where agreement_id = ?", Integer.class, agreement)).isEqualTo(1);

        // the draft PDF checks out as "not signed" on the verify screen
        byte[] pdf = documents.pdf(agreement, null);
        navigate(VerifyAgreementView.class);
        test($(Upload.class).id("verify-upload")).upload("agreement.pdf", "application/pdf", pdf);
        assertThat($(Span.class).id("verify-outcome").getElement().getAttribute("data-outcome")).isEqualTo("NOT_SIGNED");

        // sending for approval and signing tell the other parties: both ask first, and nothing happens until confirmed
        navigate("agreements/" + agreement, AgreementDetailsView.class);
        test($(Button.class).id("request-approvals")).click();
        assertThat($(Paragraph.class).id("confirmation-told").getElement().getTextRecursively()).contains("Who is told: Every party:");
        assertThat(jdbc.queryForObject("select status from agreement where id = ?", String.class, agreement)).isEqualTo("NEGOTIATION");
        test($(Button.class).id("confirm-request-approvals")).click();
        assertThat(jdbc.queryForObject("select status from agreement where id = ?", String.class, agreement)).isEqualTo("AWAITING_APPROVALS");
        test($(Button.class).id("approve")).click();
        assertThat($(Paragraph.class).id("confirmation-happens").getElement().getTextRecursively()).contains("signature on version 2").contains("cannot be withdrawn");
        assertThat($(Button.class).id("confirm-approve").getText()).isEqualTo("Approve and sign");
        assertThat(jdbc.queryForObject("select count(*) from agreement_approval where agreement_id = ?", Integer.class, agreement)).isZero();
        test($(Button.class).id("confirm-approve")).click();
        assertThat(jdbc.queryForObject("select count(*) from agreement_approval where agreement_id = ? and decision = 'APPROVED'",
                Integer.class, agreement)).isOne();
    }

    @Test
    @WithUserDetails("coordinator@demo.crossfield.org")
    void aCoordinatorWhoIsNoPartySeesTheProgrammesAgreementsWithoutAnEmptyListOfTheirOwn() {
        navigate(AgreementsView.class);
        assertThat($(Grid.class).withId("my-agreements-grid").exists()).isFalse();
        assertThat($(Paragraph.class).withId("no-agreements").exists()).isFalse();
        assertThat(test($(Grid.class).id("programme-agreements-grid")).size()).isPositive();
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    @SuppressWarnings("unchecked")
    void anAdministratorSavesANewTemplateVersionButNotOneWithUnknownPlaceholders() {
        navigate(AgreementTemplatesView.class);
        Grid<TemplateVersion> grid = $(Grid.class).id("templates-grid");
        TemplateVersion custom = grid.getListDataView().getItems().filter(t -> t.regimeCode().equals("CUSTOM")).findFirst().orElseThrow();
        grid.asSingleSelect().setValue(custom);
        int before = jdbc.queryForObject("select max(version_no) from agreement_template where regime_code = 'CUSTOM'", Integer.class);
        TextArea body = $(TextArea.class).id("template-body");
        test(body).setValue(custom.body() + "\n11. Extra\nSigned for {{partnerOrganisation}} by {{ceoName}}.\n");
        test($(Button.class).id("template-save")).click();
        assertThat(jdbc.queryForObject("select max(version_no) from agreement_template where regime_code = 'CUSTOM'", Integer.class))
                .isEqualTo(before);
        test(body).setValue(custom.body() + "\n11. Governing law\nThe law of the University's country applies.\n");
        test($(Button.class).id("template-save")).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Saved as version");
        assertThat(jdbc.queryForObject("select max(version_no) from agreement_template where regime_code = 'CUSTOM' and active = true",
                Integer.class)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from agreement_template where regime_code = 'CUSTOM' and active = true",
                Integer.class)).isEqualTo(1);
    }
}
