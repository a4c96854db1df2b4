package org.crossfield.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void shortPasswordsAreRefusedWithTheRule() {
        assertThat(PasswordPolicy.problem("short", "a@b.eu", "A B")).get().asString().contains("at least 12");
        assertThat(PasswordPolicy.problem("", "a@b.eu", "A B")).isPresent();
        assertThat(PasswordPolicy.problem(null, "a@b.eu", "A B")).isPresent();
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(PasswordPolicy.problem("123456789012", "a@b.eu", "A B")).get().asString().contains("commonly used");
        assertThat(PasswordPolicy.problem("QWERTYUIOPAS", "a@b.eu", "A B")).isEmpty(); // not in the list
        assertThat(PasswordPolicy.problem("qazwsxedcrfv", "a@b.eu", "A B")).get().asString().contains("commonly used");
        assertThat(PasswordPolicy.problem("QAZWSXEDCRFV", "a@b.eu", "A B")).get().asString().contains("commonly used");
    }

    @Test
    void anyCharactersAreAllowedAndThereAreNoCompositionRules() {
        assertThat(PasswordPolicy.problem("correct horse battery staple", "a@b.eu", "A B")).isEmpty();
        assertThat(PasswordPolicy.problem("lowercaseonlylongenough", "a@b.eu", "A B")).isEmpty();
        assertThat(PasswordPolicy.problem("Zürich 🙂 Øresund ß", "a@b.eu", "A B")).isEmpty();
        // code points, not UTF-16 units: twelve emoji are twelve characters
        assertThat(PasswordPolicy.problem("🙂🙃🙂🙃🙂🙃🙂🙃🙂🙃🙂", "a@b.eu", "A B")).isPresent();
        assertThat(PasswordPolicy.problem("🙂🙃🙂🙃🙂🙃🙂🙃🙂🙃🙂🙃", "a@b.eu", "A B")).isEmpty();
    }

    @Test
    void theOwnAddressOrNameIsRefused() {
        assertThat(PasswordPolicy.problem("maria.lopez@uni.example", "maria.lopez@uni.example", "Maria Lopez")).isPresent();
        assertThat(PasswordPolicy.problem("Maria Lopez Garcia", "m@uni.example", "Maria Lopez Garcia")).isPresent();
    }

    @Test
    void aPasswordLongerThanTheLimitIsRefused() {
        assertThat(PasswordPolicy.problem("x".repeat(PasswordPolicy.MAX_LENGTH + 1), "a@b.eu", "A B")).isPresent();
    }

    @Test
    void orcidCheckDigitsAreVerified() {
        assertThat(AccountService.validOrcid("0000-0002-1825-0097")).isTrue();
        assertThat(AccountService.validOrcid("0000-0002-1694-233X")).isTrue();
        assertThat(AccountService.validOrcid("0000-0002-1825-0098")).isFalse();
        assertThat(AccountService.normaliseOrcid("https://orcid.org/0000-0002-1825-0097")).isEqualTo("0000-0002-1825-0097");
    }
}
