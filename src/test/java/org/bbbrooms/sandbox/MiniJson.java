package org.bbbrooms.sandbox;

import java.util.Map;

/** The sandbox's JSON reader, for tests of its JSON answers (objects become maps, arrays lists, numbers longs or doubles). */
final class MiniJson {

    private MiniJson() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String text) {
        return (Map<String, Object>) JsonReader.read(text);
    }
}
