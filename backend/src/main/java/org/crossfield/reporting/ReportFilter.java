package org.crossfield.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * What a report covers: one or more programmes, a period (both days included), and optionally one partner organisation
 * and one country (ISO 3166 alpha-2). A year is 1 January to 31 December.
 */
public record ReportFilter(List<Long> programmeIds, LocalDate from, LocalDate to, Long partnerOrganisationId, String country) {

    public ReportFilter {
        programmeIds = programmeIds == null ? List.of() : programmeIds.stream().distinct().sorted().toList();
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static ReportFilter year(int year, List<Long> programmeIds) {
        return new ReportFilter(programmeIds, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null);
    }

    public ReportFilter withPartner(Long organisationId) {
        return new ReportFilter(programmeIds, from, to, organisationId, country);
    }

    public ReportFilter withCountry(String countryCode) {
        return new ReportFilter(programmeIds, from, to, partnerOrganisationId, countryCode);
    }

    public ReportFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new ReportFilter(programmeIds, newFrom, newTo, partnerOrganisationId, country);
    }
}
