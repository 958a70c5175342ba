package org.councilpapers.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether an extracted record (as JSON) matches a hand-checked expected one. Only the fields the
 * expected record gives are checked; an explicit null there means the extracted value must be null.
 * Strings compare case-, quote-, dash- and whitespace-insensitively; an expected string over
 * {@value #LONG_TEXT} characters matches when at least {@value #MIN_WORD_SHARE} of its words occur
 * in the extracted text (annotators may give only the start of a long cell); lists compare as sets.
 */
public final class RecordMatcher {
    static final int LONG_TEXT = 80;
    static final double MIN_WORD_SHARE = 0.85;

    private RecordMatcher() {}

    public static boolean matches(JsonNode expected, JsonNode actual) {
        if (!expected.path("type").asText().equals(actual.path("type").asText())) {
            return false;
        }
        return fieldsMatch(expected, actual);
    }

    /** The names of the expected fields the actual record gets wrong; empty when it matches. */
    public static List<String> mismatches(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> f : expected.properties()) {
            if (!valueMatches(f.getValue(), actual.get(f.getKey()))) {
                out.add(f.getKey());
            }
        }
        return out;
    }

    private static boolean fieldsMatch(JsonNode expected, JsonNode actual) {
        for (Map.Entry<String, JsonNode> f : expected.properties()) {
            if (!valueMatches(f.getValue(), actual.get(f.getKey()))) {
                return false;
            }
        }
        return true;
    }

    static boolean valueMatches(JsonNode expected, JsonNode actual) {
        boolean actualNull = actual == null || actual.isNull() || actual.isMissingNode();
        if (expected.isNull()) {
            return actualNull || actual.isArray() && actual.isEmpty();
        }
        if (actualNull) {
            return false;
        }
        if (expected.isObject()) {
            return actual.isObject() && fieldsMatch(expected, actual);
        }
        if (expected.isArray()) {
            return actual.isArray() && setsMatch(expected, actual);
        }
        if (expected.isNumber() || expected.isBoolean()) {
            return expected.asText().equals(actual.asText());
        }
        return textMatches(expected.asText(), actual.isValueNode() ? actual.asText() : actual.toString());
    }

    private static boolean setsMatch(JsonNode expected, JsonNode actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        Set<Integer> used = new HashSet<>();
        for (JsonNode e : expected) {
            boolean found = false;
            for (int i = 0; i < actual.size() && !found; i++) {
                if (!used.contains(i) && valueMatches(e, actual.get(i))) {
                    used.add(i);
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    static boolean textMatches(String expected, String actual) {
        String e = fold(expected);
        String a = fold(actual);
        if (e.equals(a)) {
            return true;
        }
        if (expected.length() <= LONG_TEXT) {
            return false;
        }
        List<String> words = Arrays.asList(e.split(" "));
        Set<String> have = new HashSet<>(Arrays.asList(a.split(" ")));
        long shared = words.stream().filter(have::contains).count();
        return shared >= MIN_WORD_SHARE * words.size();
    }

    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('–', '-').replace('—', '-').replace('\u00a0', ' ').replaceAll("[\"']", "")
                .replaceAll("\\s+", " ").trim().replaceAll("[.;:,]$", "");
    }
}
