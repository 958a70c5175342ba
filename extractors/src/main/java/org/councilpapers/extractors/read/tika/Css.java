package org.councilpapers.extractors.read.tika;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.layout.Rgb;
import org.jspecify.annotations.Nullable;

/**
 * The little CSS that carries meaning in council papers: background and text colours, bold and
 * italic, from {@code style} attributes and from class rules in {@code <style>} sheets. Not a CSS
 * engine: only class selectors are understood, and later rules win. The project's one reading of
 * CSS: the Tika reader's office and HTML files and the text reader's HTML fragments both use it.
 */
public final class Css {
    private static final Pattern RGB_FN = Pattern.compile("rgba?\\([^)]*\\)");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern CLASS_SELECTOR = Pattern.compile("(?:[a-zA-Z][\\w-]*)?\\.([\\w-]+)");

    private Css() {}

    /**
     * Declarations of a style attribute, property names lower-cased, later ones winning.
     *
     * @param style the attribute's value; null for none
     * @return property to value, without {@code !important}, in the attribute's order
     */
    public static Map<String, String> declarations(@Nullable String style) {
        Map<String, String> out = new LinkedHashMap<>();
        if (style == null) {
            return out;
        }
        for (String decl : style.split(";")) {
            int colon = decl.indexOf(':');
            if (colon > 0) {
                String value = decl.substring(colon + 1).replace("!important", "").strip();
                out.put(decl.substring(0, colon).strip().toLowerCase(Locale.ROOT), value);
            }
        }
        return out;
    }

    /**
     * The background colour of {@code background-color}, else the colour inside a {@code background} shorthand.
     *
     * @param decls a style's declarations
     * @return the colour; null where neither names one
     */
    public static @Nullable Rgb background(Map<String, String> decls) {
        Optional<Rgb> own = colour(decls.get("background-color"));
        if (own.isPresent()) {
            return own.get();
        }
        String v = decls.get("background");
        if (v == null) {
            return null;
        }
        Matcher fn = RGB_FN.matcher(v);
        if (fn.find()) {
            Optional<Rgb> c = Rgb.parse(fn.group());
            if (c.isPresent()) {
                return c.get();
            }
        }
        for (String token : v.split("\\s+")) {
            Optional<Rgb> c = colour(token);
            if (c.isPresent()) {
                return c.get();
            }
        }
        return null;
    }

    /**
     * A CSS colour value.
     *
     * @param v the value ({@code #92d050}, {@code rgb(0, 176, 80)}, {@code red}); null for none
     * @return the colour; empty where the value names none
     */
    public static Optional<Rgb> colour(@Nullable String v) {
        return v == null ? Optional.empty() : Rgb.parse(v.strip());
    }

    /**
     * Whether a style's weight is bold.
     *
     * @param decls a style's declarations
     * @return true for {@code bold}, {@code bolder} and weights 600 to 900
     */
    public static boolean bold(Map<String, String> decls) {
        String w = decls.getOrDefault("font-weight", "").toLowerCase(Locale.ROOT);
        return w.equals("bold") || w.equals("bolder") || w.matches("[6-9]00");
    }

    /**
     * Whether a style is italic.
     *
     * @param decls a style's declarations
     * @return true for {@code italic} and {@code oblique}
     */
    public static boolean italic(Map<String, String> decls) {
        String s = decls.getOrDefault("font-style", "").toLowerCase(Locale.ROOT);
        return s.equals("italic") || s.equals("oblique");
    }

    /**
     * Class rules from style sheets: class name to its declarations as one style string, in sheet
     * order. Rules inside {@code @media} blocks count too; selectors other than {@code .name} or
     * {@code tag.name} are skipped.
     *
     * @param sheets the style sheets' text, in document order
     * @return class name to its declarations
     */
    public static Map<String, String> classRules(List<String> sheets) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String sheet : sheets) {
            String css = COMMENT.matcher(sheet).replaceAll(" ");
            for (String chunk : css.split("}")) {
                int brace = chunk.lastIndexOf('{');
                if (brace < 0) {
                    continue;
                }
                String selectors = chunk.substring(0, brace);
                int outer = selectors.lastIndexOf('{');
                if (outer >= 0) {
                    selectors = selectors.substring(outer + 1); // a rule inside an @media block
                }
                String decls = chunk.substring(brace + 1).strip();
                for (String sel : selectors.split(",")) {
                    Matcher m = CLASS_SELECTOR.matcher(sel.strip());
                    if (m.matches()) {
                        out.merge(m.group(1), decls, (a, b) -> a + ";" + b);
                    }
                }
            }
        }
        return out;
    }
}
