package org.councilpapers.extractors.read.tika;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Word's list numbering ({@code word/numbering.xml}) worked out the way Word prints it, one
 * numbered paragraph after another. Tika renders numbers too, but ignores {@code w:startOverride},
 * so a list that Word continues as "4.", "5." comes out of Tika as "1.", "1."; Ofsted reports are
 * numbered that way paragraph by paragraph. Lists that share an abstract numbering share counters;
 * a {@code w:num} with a start override restarts its level the first time it is used. Stateful:
 * one instance per document, fed paragraphs in document order.
 */
final class WordNumbering {
    private static final int LEVELS = 9;

    private final Map<Integer, Level[]> abstracts = new HashMap<>();
    private final Map<Integer, Num> nums = new HashMap<>();
    private final Map<Integer, int[]> counters = new HashMap<>();
    private final Map<Integer, boolean[]> used = new HashMap<>();
    private final Set<Long> overridesApplied = new HashSet<>();

    private static final class Level {
        int start = 1;
        String format = "decimal";
        String text = "";
        boolean legal;
    }

    private static final class Num {
        int abstractId = -1;
        final Map<Integer, Integer> startOverrides = new HashMap<>();
        final Map<Integer, Level> levelOverrides = new HashMap<>();
    }

    static WordNumbering parse(XMLInputFactory xml, byte[] numberingXml) throws XMLStreamException {
        WordNumbering n = new WordNumbering();
        XMLStreamReader r = xml.createXMLStreamReader(new ByteArrayInputStream(numberingXml));
        try {
            Level[] abs = null;
            Num num = null;
            Integer overrideLevel = null;
            Level level = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "abstractNum" -> abs = null;
                        case "num" -> num = null;
                        case "lvlOverride" -> overrideLevel = null;
                        case "lvl" -> level = null;
                        default -> { }
                    }
                    continue;
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String val = attr(r, "val");
                switch (r.getLocalName()) {
                    case "abstractNum" -> {
                        abs = new Level[LEVELS];
                        n.abstracts.put(parseInt(attr(r, "abstractNumId"), -1), abs);
                    }
                    case "num" -> {
                        num = new Num();
                        n.nums.put(parseInt(attr(r, "numId"), -1), num);
                    }
                    case "abstractNumId" -> {
                        if (num != null) {
                            num.abstractId = parseInt(val, -1);
                        }
                    }
                    case "lvlOverride" -> overrideLevel = parseInt(attr(r, "ilvl"), -1);
                    case "startOverride" -> {
                        if (num != null && overrideLevel != null) {
                            num.startOverrides.put(overrideLevel, parseInt(val, 1));
                        }
                    }
                    case "lvl" -> {
                        int ilvl = parseInt(attr(r, "ilvl"), -1);
                        level = new Level();
                        if (ilvl >= 0 && ilvl < LEVELS) {
                            if (num != null && overrideLevel != null) {
                                num.levelOverrides.put(ilvl, level);
                            } else if (abs != null) {
                                abs[ilvl] = level;
                            }
                        }
                    }
                    case "start" -> {
                        if (level != null) {
                            level.start = parseInt(val, 1);
                        }
                    }
                    case "numFmt" -> {
                        if (level != null && val != null) {
                            level.format = val;
                        }
                    }
                    case "lvlText" -> {
                        if (level != null && val != null) {
                            level.text = val;
                        }
                    }
                    case "isLgl" -> {
                        if (level != null) {
                            level.legal = !"0".equals(val) && !"false".equals(val);
                        }
                    }
                    default -> { }
                }
            }
        } finally {
            r.close();
        }
        return n;
    }

    /**
     * The marker Word prints for the next paragraph of list {@code numId} at level {@code ilvl}:
     * "•" for a bullet, "" for no number, else the level text with its counters ("4.", "2.1", "a)");
     * null where the numbering is not defined (the caller keeps Tika's rendering).
     */
    @Nullable String next(int numId, int ilvl) {
        Num num = nums.get(numId);
        Level[] abs = num == null ? null : abstracts.get(num.abstractId);
        if (abs == null || ilvl < 0 || ilvl >= LEVELS || abs[ilvl] == null && !num.levelOverrides.containsKey(ilvl)) {
            return null; // e.g. a list defined through a numbering style link, which is not followed here
        }
        int[] count = counters.computeIfAbsent(num.abstractId, k -> new int[LEVELS]);
        boolean[] seen = used.computeIfAbsent(num.abstractId, k -> new boolean[LEVELS]);
        Integer override = num.startOverrides.get(ilvl);
        if (override != null && overridesApplied.add(((long) numId << 8) | ilvl)) {
            count[ilvl] = override;
        } else if (!seen[ilvl]) {
            count[ilvl] = level(num, abs, ilvl).start;
        } else {
            count[ilvl]++;
        }
        seen[ilvl] = true;
        for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
            seen[deeper] = false;
        }
        Level lvl = level(num, abs, ilvl);
        if (lvl.format.equals("bullet")) {
            return "\u2022";
        }
        if (lvl.format.equals("none")) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        String text = lvl.text;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int l = text.charAt(++i) - '1';
                Level ref = level(num, abs, l);
                int value = seen[l] || l == ilvl ? count[l] : ref.start;
                out.append(format(value, lvl.legal ? "decimal" : ref.format));
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static Level level(Num num, Level[] abs, int ilvl) {
        Level l = num.levelOverrides.get(ilvl);
        if (l == null) {
            l = abs[ilvl];
        }
        return l == null ? new Level() : l;
    }

    static String format(int n, String numFmt) {
        return switch (numFmt) {
            case "lowerLetter" -> XhtmlLayoutHandler.ordinal(n, "a");
            case "upperLetter" -> XhtmlLayoutHandler.ordinal(n, "A");
            case "lowerRoman" -> XhtmlLayoutHandler.ordinal(n, "i");
            case "upperRoman" -> XhtmlLayoutHandler.ordinal(n, "I");
            case "decimalZero" -> n < 10 && n >= 0 ? "0" + n : Integer.toString(n);
            case "bullet", "none" -> "";
            default -> Integer.toString(n);
        };
    }

    private static @Nullable String attr(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    private static int parseInt(@Nullable String v, int fallback) {
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
