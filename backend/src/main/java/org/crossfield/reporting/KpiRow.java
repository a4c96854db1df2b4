package org.crossfield.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One KPI of a report: the actual figure for the filter (null when nothing could be counted, e.g. a median over no
 * matches or a measured figure nobody entered) and the target set for the selected programmes and period (null if none).
 */
public record KpiRow(String code, String title, String unit, KpiKind kind, BigDecimal target, BigDecimal actual,
                     String howCounted) {

    /** Actual as a percentage of the target, rounded; null without both. */
    public Integer percentOfTarget() {
        if (target == null || actual == null || target.signum() == 0) {
            return null;
        }
        return actual.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP).intValue();
    }

    public String actualText() {
        return format(actual);
    }

    public String targetText() {
        return format(target);
    }

    static String format(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() <= 0) {
            return String.format(java.util.Locale.ROOT, "%,d", v.toBigInteger());
        }
        return String.format(java.util.Locale.ROOT, "%,.2f", v);
    }
}
