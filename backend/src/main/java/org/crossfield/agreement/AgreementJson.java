package org.crossfield.agreement;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Terms to and from their canonical JSON: properties in the record's order, enums by name, nulls written. The same
 * terms always give the same JSON.
 */
final class AgreementJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AgreementJson() {
    }

    static String write(AgreementTerms terms) {
        return MAPPER.writeValueAsString(terms);
    }

    static AgreementTerms read(String json) {
        return MAPPER.readValue(json, AgreementTerms.class);
    }
}
