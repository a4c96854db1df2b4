package org.crossfield.competency;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

public record CompetencyProfile(long personId, List<ProfileEntryView> entries) {

    public Map<String, ProfileEntryView> byCode() {
        return entries.stream().collect(Collectors.toMap(ProfileEntryView::competencyCode, Function.identity()));
    }
}
