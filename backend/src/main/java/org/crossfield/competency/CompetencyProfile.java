package org.crossfield.competency;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

public record CompetencyProfile(long personId, List<ProfileLevel> entries) {

    public Map<String, ProfileLevel> byCode() {
        return entries.stream().collect(Collectors.toMap(ProfileLevel::competencyCode, Function.identity()));
    }
}
