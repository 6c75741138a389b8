package org.dutyofvigilance.json;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;

/** Renders Jackson's reference chain as a JSON path such as {@code $.businessPartners[2].country}. */
final class JsonPaths {
    private JsonPaths() {
    }

    static String of(List<Reference> path) {
        StringBuilder b = new StringBuilder("$");
        for (Reference ref : path) {
            if (ref.getFieldName() != null) {
                b.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }
}
