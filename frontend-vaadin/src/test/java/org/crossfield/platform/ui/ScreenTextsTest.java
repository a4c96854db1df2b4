package org.crossfield.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the German render tests count as left untranslated, and what they let through. */
class ScreenTextsTest {

    @Test
    void aKeyMarkerOrACommonEnglishWordIsUntranslated() {
        assertThat(ScreenTexts.isUntranslated("!marketplace.search!")).isTrue();
        assertThat(ScreenTexts.isUntranslated("Save draft")).isTrue();
        assertThat(ScreenTexts.isUntranslated("Choose a programme")).isTrue();
    }

    @Test
    void germanTextAndWordsBothLanguagesShareAreNot() {
        assertThat(ScreenTexts.isUntranslated("Entwurf speichern")).isFalse();
        assertThat(ScreenTexts.isUntranslated("Status")).isFalse();
        assertThat(ScreenTexts.isUntranslated("Filter")).isFalse();
        assertThat(ScreenTexts.isUntranslated("Saved")).as("whole words only").isFalse();
    }
}
