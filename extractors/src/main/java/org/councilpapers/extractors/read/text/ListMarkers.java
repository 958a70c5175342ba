package org.councilpapers.extractors.read.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Recognises a list marker at the start of a line: a bullet glyph, a number ("1.", "1)", "(1)"), a
 * letter ("a)", "(a)", "A)", "a."), a roman numeral ("i.", "(iv)") or a section number ("2.1", "3.2.1").
 *
 * <p>Numbers are easy to over-read: a line may start with a year, an amount or a time. So a number
 * counts only with its dot or bracket ("2019 was" and "29 Compliments" are text), and a section number
 * only with at most three parts, the first at most 99, no part with a leading zero ("7.00 pm"), and a
 * capital letter or quote after it ("1.5 million" is an amount, "1.5 Million" is not told apart).
 *
 * <p>Public because formats whose converters print a list's numbers as text (Word 97 .doc, RTF, HTML
 * through Tika) need the same reading.
 */
public final class ListMarkers {

    /**
     * A list line taken apart.
     *
     * @param marker as printed, without surrounding space
     * @param indent the width of the indentation before the marker, a tab counting 4
     * @param text   the rest of the line, markup untouched
     */
    public record Match(String marker, int indent, String text) {}

    // Word's Symbol-font bullets come through PDF-to-text as private-use characters (U+F0B7 and friends).
    // Starts with '-' so that it reads as a literal inside a character class.
    // Symbol and Wingdings fonts put every glyph in U+F000–U+F0FF, so any of those standing first is a bullet, whichever
    // the paper's font drew; none is a letter.
    private static final String GLYPHS = "-*+•◦▪▫·‣⁃●○■□➢➤►▶✓✔∙⦁❖◆\uF000-\uF0FF";
    private static final String SPACE = "[ \\t\\u00a0]+";
    private static final Pattern BULLET = Pattern.compile(
            "([" + GLYPHS + "]|o)" + SPACE + "(\\S.*)", Pattern.DOTALL);
    // A symbol-font bullet that pdftotext sets flush against its text ("\uF0B7The quality of plans").
    private static final Pattern FLUSH_BULLET = Pattern.compile("([\\uF000-\\uF0FF•])(\\p{Lu}.*)", Pattern.DOTALL);

    private static final String ROMAN = "(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})";
    private static final String ROMAN_UPPER = "(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})";
    // A capital or an opening quote, star (markdown bold), bracket or tag after a section number.
    private static final String SECTION_FOLLOW = "[\\p{Lu}'\"‘“*\\[(<]";
    private static final String NUMBER_FOLLOW = "[\\p{L}'\"‘“*\\[(<]";
    private static final Pattern SECTION = Pattern.compile(
            "([1-9]\\d?(?:\\.[1-9]\\d{0,2}){1,2}\\.?)" + SPACE + "(" + SECTION_FOLLOW + ".*)", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile(
            "([1-9]\\d{0,2}[.)]|\\([1-9]\\d{0,2}\\))" + SPACE + "(" + NUMBER_FOLLOW + ".*)", Pattern.DOTALL);
    private static final Pattern LETTER_OR_ROMAN = Pattern.compile(
            "(\\(?[a-zA-Z]\\)|\\(?" + ROMAN + "[.)]|\\(" + ROMAN + "\\)|\\(" + ROMAN_UPPER + "\\))" + SPACE + "(\\S.*)",
            Pattern.DOTALL);
    // "a. approves the draft policy": a lower-case letter and its dot, then a word ("p. 12" is a page, "A. Smith" a person).
    private static final Pattern LETTER_DOT = Pattern.compile("([a-z]\\.)" + SPACE + "(" + NUMBER_FOLLOW + ".*)", Pattern.DOTALL);
    private static final List<Pattern> ORDERED = List.of(SECTION, NUMBER, LETTER_OR_ROMAN, LETTER_DOT);

    private ListMarkers() {}

    /**
     * The marker a line starts with, or null if it is not a list line.
     *
     * @param line one line of text
     * @return the marker and the rest of the line, or null
     */
    public static @Nullable Match match(String line) {
        int i = 0;
        int indent = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\u00a0') {
                indent++;
            } else if (c == '\t') {
                indent += 4;
            } else {
                break;
            }
            i++;
        }
        String rest = line.substring(i);
        Matcher bullet = BULLET.matcher(rest);
        if (bullet.matches()) {
            String text = bullet.group(2);
            // "- 2.1 Thurrock…", "- (i) Ensure…", "- ✓ Earlier…": the outer dash is a conversion artefact;
            // the inner marker is the one the paper printed.
            Match inner = ordered(text, indent);
            if (inner == null) {
                Matcher innerBullet = BULLET.matcher(text);
                if (innerBullet.matches() && !innerBullet.group(1).equals("o")) {
                    inner = new Match(innerBullet.group(1), indent, innerBullet.group(2));
                }
            }
            return inner != null ? inner : new Match(bullet.group(1), indent, text);
        }
        Matcher flush = FLUSH_BULLET.matcher(rest);
        if (flush.matches()) {
            return new Match(flush.group(1), indent, flush.group(2));
        }
        return ordered(rest, indent);
    }

    /**
     * An ordered marker (number, letter, roman numeral, section number) at the very start of {@code s}.
     *
     * @param s a line, its indentation removed
     * @param indent the indentation's width, kept in the match
     * @return the marker, or null where {@code s} starts with none
     */
    public static @Nullable Match ordered(String s, int indent) {
        for (Pattern p : ORDERED) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                return new Match(m.group(1), indent, m.group(2));
            }
        }
        return null;
    }
}
