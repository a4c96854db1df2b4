package org.crossfield.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One required competency's part in a score: the mentor's level against the required level, the weight, and what it
 * contributes ({@code weight · min(level, required) / required / Σ weights}).
 */
public record ContributionLine(String competencyCode, int level, int required, double weight, boolean mustHave,
                               double contribution) {

    /** The share of the requirement that is met, {@code min(level, required) / required}. */
    public double fulfilment() {
        return Math.min(level, required) / (double) required;
    }

    public boolean met() {
        return level >= required;
    }

    /** One line of {@link #describe()}: code, level, required, fulfilment (derived), weight, must-have. */
    private static final Pattern RECORDED = Pattern.compile(
            "(\\S+): level (\\d+) of (\\d+) → [0-9.]+ × weight ([0-9.]+(?:E-?\\d+)?)( \\(must-have\\))?");

    /**
     * The formula in the fixed notation a round keeps for each proposal ({@code round_proposal.explanation}, lines of
     * {@link #describe()} joined by {@code "; "}) — a record, not a sentence: the screens word its lines in the reader's
     * language. Each line's contribution is computed again from the weights ({@code w·min(level, required)/required/Σw}),
     * exactly as the engine did. Empty when the text is not in that notation (cut short, or empty).
     */
    public static List<ContributionLine> parseAll(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return List.of();
        }
        List<Matcher> parts = new ArrayList<>();
        for (String part : recorded.split("; ")) {
            Matcher m = RECORDED.matcher(part.strip());
            if (!m.matches()) {
                return List.of();
            }
            parts.add(m);
        }
        double total = parts.stream().mapToDouble(m -> Double.parseDouble(m.group(4))).sum();
        List<ContributionLine> lines = new ArrayList<>(parts.size());
        for (Matcher m : parts) {
            int level = Integer.parseInt(m.group(2));
            int required = Integer.parseInt(m.group(3));
            double weight = Double.parseDouble(m.group(4));
            double contribution = total == 0 || required == 0 ? 0 : weight * Math.min(level, required) / required / total;
            lines.add(new ContributionLine(m.group(1), level, required, weight, m.group(5) != null, contribution));
        }
        return lines;
    }

    /** e.g. {@code HDS-03: level 2 of 3 → 0.67 × weight 2}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s: level %d of %d → %.2f × weight %s%s", competencyCode, level, required,
                fulfilment(), weight == Math.rint(weight) ? String.valueOf((long) weight) : String.valueOf(weight),
                mustHave ? " (must-have)" : "");
    }
}
