package org.crossfield.marketplace;

/** An IP regime a posting may prefer (reference data from {@code ip-regimes.csv}). */
public record IpRegimeSummary(String code, String title) {
}
