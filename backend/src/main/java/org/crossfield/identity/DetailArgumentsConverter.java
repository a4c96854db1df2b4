package org.crossfield.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An account history entry's detail arguments, stored as a JSON array of strings (null: the entry has none). */
@Converter
class DetailArgumentsConverter implements AttributeConverter<List<String>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String convertToDatabaseColumn(List<String> arguments) {
        return arguments == null ? null : JSON.writeValueAsString(arguments);
    }

    @Override
    public List<String> convertToEntityAttribute(String stored) {
        return stored == null ? null : JSON.readValue(stored, new TypeReference<List<String>>() { });
    }

    /** A text as it is written inside a stored array (without its quotes), for replacing a name in the stored arguments. */
    static String inArray(String text) {
        String quoted = JSON.writeValueAsString(text);
        return quoted.substring(1, quoted.length() - 1);
    }
}
