package org.crossfield.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** DOIs, currencies and CRediT roles: the value rules of outcomes. */
class OutcomeValuesTest {

    @Test
    void doisAreCheckedByPatternAndNormalised() {
        assertThat(Doi.normalise("10.1000/XYZ-123")).isEqualTo("10.1000/xyz-123");
        assertThat(Doi.normalise("https://doi.org/10.1038/s41586-020-2649-2")).isEqualTo("10.1038/s41586-020-2649-2");
        assertThat(Doi.normalise("doi: 10.1002/(SICI)1097-4636")).isEqualTo("10.1002/(sici)1097-4636");
        assertThat(Doi.normalise("  ")).isNull();
        for (String bad : new String[] {"10.12/short-registrant", "11.1234/abc", "10.1234", "10.1234/has space", "doi.org"}) {
            assertThatThrownBy(() -> Doi.normalise(bad)).as(bad).isInstanceOf(InvalidOutcomeException.class)
                    .hasMessageContaining("is not a DOI");
        }
    }

    @Test
    void amountsAreConvertedToEuroWithTheFixedTable() {
        assertThat(Currencies.toEur(new BigDecimal("1000.00"), "EUR")).isEqualByComparingTo("1000.00");
        assertThat(Currencies.toEur(new BigDecimal("850"), "gbp")).isEqualByComparingTo("1000.00");
        assertThat(Currencies.toEur(new BigDecimal("1955.83"), "BGN")).isEqualByComparingTo("1000.00");
        assertThat(Currencies.codes()).startsWith("EUR").contains("CHF", "SEK", "PLN", "DKK");
        assertThatThrownBy(() -> Currencies.toEur(BigDecimal.TEN, "XYZ")).isInstanceOf(InvalidOutcomeException.class)
                .hasMessageContaining("“XYZ” is not a currency");
        assertThatThrownBy(() -> Currencies.normalise(" ")).isInstanceOf(InvalidOutcomeException.class)
                .hasMessage("Choose the currency of the amount.");
    }

    @Test
    void creditRolesRoundTripThroughTheirStoredForm() {
        Set<CreditRole> roles = EnumSet.of(CreditRole.SOFTWARE, CreditRole.CONCEPTUALIZATION);
        assertThat(CreditRole.join(roles)).isEqualTo("CONCEPTUALIZATION;SOFTWARE");
        assertThat(CreditRole.parse("CONCEPTUALIZATION;SOFTWARE")).isEqualTo(roles);
        assertThat(CreditRole.join(Set.of())).isNull();
        assertThat(CreditRole.parse(null)).isEmpty();
        assertThat(CreditRole.values()).hasSize(14);
        assertThatThrownBy(() -> CreditRole.parse("SOFTWARE;JUGGLING")).isInstanceOf(InvalidOutcomeException.class);
    }
}
