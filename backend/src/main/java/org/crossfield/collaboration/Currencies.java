package org.crossfield.collaboration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The currencies a further-funding outcome may be recorded in, with a FIXED conversion to euro so that reports can add
 * amounts up. The rates are approximate euro reference rates (units of the currency per euro), rounded, fixed in code and
 * never fetched: they make totals comparable, not accountable. The table is documented in docs/user-guide.md
 * ("Further funding") and docs/adr/0015; change it there and here together.
 */
public final class Currencies {

    /** Units of each currency per 1 EUR. */
    static final Map<String, BigDecimal> PER_EUR = Map.ofEntries(
            Map.entry("EUR", new BigDecimal("1")),
            Map.entry("BGN", new BigDecimal("1.95583")),
            Map.entry("CHF", new BigDecimal("0.94")),
            Map.entry("CZK", new BigDecimal("24.5")),
            Map.entry("DKK", new BigDecimal("7.46")),
            Map.entry("GBP", new BigDecimal("0.85")),
            Map.entry("HUF", new BigDecimal("390")),
            Map.entry("ISK", new BigDecimal("145")),
            Map.entry("NOK", new BigDecimal("11.7")),
            Map.entry("PLN", new BigDecimal("4.25")),
            Map.entry("RON", new BigDecimal("5.0")),
            Map.entry("SEK", new BigDecimal("11.0")),
            Map.entry("USD", new BigDecimal("1.10")));

    private Currencies() {
    }

    /** The known currency codes, sorted, EUR first. */
    public static java.util.List<String> codes() {
        java.util.List<String> codes = new java.util.ArrayList<>(new TreeMap<>(PER_EUR).keySet());
        codes.remove("EUR");
        codes.addFirst("EUR");
        return codes;
    }

    /** The rate table (units per euro), sorted by code, for documentation and screens. */
    public static Map<String, BigDecimal> ratesPerEuro() {
        return new TreeMap<>(PER_EUR);
    }

    /**
     * The amount in euro, rounded to cents.
     *
     * @throws InvalidOutcomeException for an unknown currency
     */
    public static BigDecimal toEur(BigDecimal amount, String currency) {
        BigDecimal rate = PER_EUR.get(normalise(currency));
        return amount.divide(rate, 2, RoundingMode.HALF_UP);
    }

    /**
     * The upper-case code of a known currency.
     *
     * @throws InvalidOutcomeException for blank or unknown currencies
     */
    public static String normalise(String currency) {
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if (!PER_EUR.containsKey(code)) {
            throw code.isEmpty() ? new InvalidOutcomeException("collaboration.error.currency", "Choose the currency of the amount.")
                    : new InvalidOutcomeException("collaboration.error.currency-unknown", "“" + currency.strip()
                    + "” is not a currency Crossfield converts; use one of " + String.join(", ", codes()) + ".",
                    currency.strip(), String.join(", ", codes()));
        }
        return code;
    }
}
