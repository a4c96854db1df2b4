package org.crossfield.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.crossfield.reporting.KpiReport.OutcomeLine;
import org.junit.jupiter.api.Test;

/** The files scripts read ({@link ReportLabels#FOR_SCRIPTS}) word an outcome's details and countries as they always have. */
class ReportLabelsTest {

    private static OutcomeLine outcome(String authors, String venue, String doi, String amount, String funder) {
        return new OutcomeLine("PUBLICATION", "Publications", "A title", LocalDate.of(2025, 5, 1), authors, venue, doi,
                amount == null ? null : new BigDecimal(amount), funder, "PRG");
    }

    @Test
    void scriptsReadTheDetailsInTheEnglishTheyAlwaysHad() {
        ReportLabels scripts = ReportLabels.FOR_SCRIPTS;
        assertThat(scripts.outcomeDetail(outcome("Smith, J.", "Nature", "10.x", "100000.00", "Wellcome")))
                .isEqualTo("Smith, J. · Nature · doi:10.x · EUR 100,000 from Wellcome");
        assertThat(scripts.outcomeDetail(outcome(null, " ", "", "58000.5", null))).isEqualTo("EUR 58,000.50");
        assertThat(scripts.outcomeDetail(outcome("O'Brien, A.", null, null, "1234.5", "L'Oréal"))).as("apostrophes as they are")
                .isEqualTo("O'Brien, A. · EUR 1,234.50 from L'Oréal");
        assertThat(scripts.outcomeDetail(outcome("x".repeat(130), null, null, null, null))).isEqualTo("x".repeat(117) + "…");
        assertThat(scripts.outcomeDetail(outcome(null, null, null, null, null))).isEmpty();
    }

    @Test
    void scriptsReadCountriesByTheirCodes() {
        assertThat(ReportLabels.FOR_SCRIPTS.country("BE")).isEqualTo("BE");
    }
}
