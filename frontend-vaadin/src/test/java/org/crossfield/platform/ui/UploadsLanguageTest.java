package org.crossfield.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Locale;
import org.crossfield.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The upload widget's own words ("Upload file…", "Drop file here", "Too Many Files.") follow the screen's language on
 * every upload: the shared {@link Uploads} helper (here the agreement check and the framework import) and the
 * invitation file of the identity screens, which keep their own copy of the helper.
 */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class UploadsLanguageTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void everyUploadSpeaksTheScreensLanguage() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(org.crossfield.agreement.ui.VerifyAgreementView.class);
        assertGerman($(Upload.class).id("verify-upload").getI18n());
        navigate(org.crossfield.competency.ui.FrameworkAdminView.class);
        assertGerman($(Upload.class).id("import-csv").getI18n());
        navigate(org.crossfield.identity.ui.InvitePeopleView.class);
        assertGerman($(Upload.class).id("invite-csv-upload").getI18n());

        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(org.crossfield.agreement.ui.VerifyAgreementView.class);
        UploadI18N french = $(Upload.class).id("verify-upload").getI18n();
        assertThat(french.getAddFiles().getOne()).isEqualTo("Téléverser un fichier…");
        assertThat(french.getError().getTooManyFiles()).isEqualTo("Un seul fichier à la fois.");
    }

    private static void assertGerman(UploadI18N texts) {
        assertThat(texts).as("the upload's own words are set").isNotNull();
        assertThat(texts.getAddFiles().getOne()).isEqualTo("Datei hochladen…");
        assertThat(texts.getDropFiles().getOne()).isEqualTo("Datei hier ablegen");
        assertThat(texts.getError().getTooManyFiles()).isEqualTo("Nur eine Datei auf einmal.");
        assertThat(texts.getError().getFileIsTooBig()).isEqualTo("Die Datei ist zu groß.");
        assertThat(texts.getError().getIncorrectFileType()).isEqualTo("Diese Art von Datei wird nicht angenommen.");
        assertThat(texts.getFile().getRemove()).isEqualTo("Entfernen");
    }
}
