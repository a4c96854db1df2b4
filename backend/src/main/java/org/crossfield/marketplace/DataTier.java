package org.crossfield.marketplace;

/** How sensitive the health data behind a posting is: synthetic (sandbox), anonymised, or pseudonymised and sensitive. */
public enum DataTier {
    SYNTHETIC, ANONYMISED, PSEUDONYMISED_SENSITIVE
}
