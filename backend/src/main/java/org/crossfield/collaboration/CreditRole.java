package org.crossfield.collaboration;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 14 contributor roles of the CRediT taxonomy (ANSI/NISO Z39.104-2022). A publication outcome stores the roles of
 * the collaboration's people as the enum names separated by {@code ';'} in {@code outcome.credit_roles}.
 */
public enum CreditRole {
    CONCEPTUALIZATION("Conceptualization"),
    DATA_CURATION("Data curation"),
    FORMAL_ANALYSIS("Formal analysis"),
    FUNDING_ACQUISITION("Funding acquisition"),
    INVESTIGATION("Investigation"),
    METHODOLOGY("Methodology"),
    PROJECT_ADMINISTRATION("Project administration"),
    RESOURCES("Resources"),
    SOFTWARE("Software"),
    SUPERVISION("Supervision"),
    VALIDATION("Validation"),
    VISUALIZATION("Visualization"),
    WRITING_ORIGINAL_DRAFT("Writing – original draft"),
    WRITING_REVIEW_EDITING("Writing – review & editing");

    private final String label;

    CreditRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stored form: enum names in declaration order, separated by {@code ';'}; null for none. */
    public static String join(Set<CreditRole> roles) {
        if (roles == null || roles.isEmpty()) {
            return null;
        }
        return EnumSet.copyOf(roles).stream().map(Enum::name).collect(Collectors.joining(";"));
    }

    /** Reads the stored form; unknown names are refused (they could only come from a bug or a hand-edited row). */
    public static Set<CreditRole> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        Set<CreditRole> roles = new LinkedHashSet<>();
        for (String part : stored.split(";")) {
            String name = part.strip().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            roles.add(Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst()
                    .orElseThrow(() -> new InvalidOutcomeException("“" + part.strip() + "” is not a CRediT role.")));
        }
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}
