package org.bbbrooms.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads strict JSON into maps, lists, strings, numbers (longs, or doubles when they have a fraction or exponent),
 * booleans and null, for the one create parameter that is JSON ({@code groups}), and for tests of the sandbox's JSON
 * answers; the sandbox depends on no JSON-P implementation.
 * <pre>{@code Object value = JsonReader.read("[{\"id\":\"1\",\"roster\":[\"7\"]}]");}</pre>
 */
final class JsonReader {

    private static final int MAX_DEPTH = 20;
    private final String text;
    private int at;

    private JsonReader(String text) {
        this.text = text;
    }

    /** @throws IllegalArgumentException where the text is not JSON */
    static Object read(String json) {
        JsonReader reader = new JsonReader(json);
        Object value = reader.value(0);
        reader.space();
        if (reader.at != json.length()) {
            throw reader.error("text after the value");
        }
        return value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested too deep");
        }
        space();
        char c = peek();
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            default -> literal();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        at++;
        space();
        if (peek() == '}') {
            at++;
            return map;
        }
        do {
            space();
            String key = string();
            space();
            expect(':');
            map.put(key, value(depth + 1));
            space();
        } while (next(','));
        expect('}');
        return map;
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        at++;
        space();
        if (peek() == ']') {
            at++;
            return list;
        }
        do {
            list.add(value(depth + 1));
            space();
        } while (next(','));
        expect(']');
        return list;
    }

    private String string() {
        expect('"');
        StringBuilder s = new StringBuilder();
        while (peek() != '"') {
            char c = text.charAt(at++);
            if (c == '\\') {
                char escaped = peek();
                at++;
                switch (escaped) {
                    case 'n' -> s.append('\n');
                    case 't' -> s.append('\t');
                    case 'r' -> s.append('\r');
                    case 'b' -> s.append('\b');
                    case 'f' -> s.append('\f');
                    case 'u' -> {
                        s.append((char) Integer.parseInt(text.substring(at, Math.min(at + 4, text.length())), 16));
                        at += 4;
                    }
                    default -> s.append(escaped);
                }
            } else {
                s.append(c);
            }
        }
        at++;
        return s.toString();
    }

    private Object literal() {
        int start = at;
        while (at < text.length() && "+-.0123456789eEtruefalsn".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String word = text.substring(start, at);
        return switch (word) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> {
                if (!word.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
                    throw error("not a JSON value");
                }
                yield word.matches("-?\\d{1,18}") ? (Object) Long.parseLong(word) : (Object) Double.parseDouble(word);
            }
        };
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(at);
    }

    private boolean next(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!next(c)) {
            throw error("'" + c + "' expected");
        }
    }

    private IllegalArgumentException error(String why) {
        return new IllegalArgumentException(why + " at character " + at);
    }
}
