package org.councilpapers.core.layout;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An sRGB colour, 0-255 a channel; written as {@code #rrggbb}.
 *
 * @param r the red channel, 0-255
 * @param g the green channel, 0-255
 * @param b the blue channel, 0-255
 */
public record Rgb(int r, int g, int b) {
    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");
    private static final Pattern RGB_FN = Pattern.compile(
            "rgba?\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*(?:,\\s*[0-9.]+\\s*)?\\)");
    // The CSS names that turn up as cell shading in council papers; the rest of CSS's 148 are rare there.
    private static final Map<String, Rgb> NAMED = Map.ofEntries(
            Map.entry("red", new Rgb(255, 0, 0)), Map.entry("darkred", new Rgb(139, 0, 0)),
            Map.entry("orange", new Rgb(255, 165, 0)), Map.entry("amber", new Rgb(255, 191, 0)),
            Map.entry("yellow", new Rgb(255, 255, 0)), Map.entry("gold", new Rgb(255, 215, 0)),
            Map.entry("green", new Rgb(0, 128, 0)), Map.entry("lime", new Rgb(0, 255, 0)),
            Map.entry("limegreen", new Rgb(50, 205, 50)), Map.entry("lightgreen", new Rgb(144, 238, 144)),
            Map.entry("darkgreen", new Rgb(0, 100, 0)), Map.entry("blue", new Rgb(0, 0, 255)),
            Map.entry("lightblue", new Rgb(173, 216, 230)), Map.entry("skyblue", new Rgb(135, 206, 235)),
            Map.entry("white", new Rgb(255, 255, 255)), Map.entry("black", new Rgb(0, 0, 0)),
            Map.entry("grey", new Rgb(128, 128, 128)), Map.entry("gray", new Rgb(128, 128, 128)),
            Map.entry("lightgrey", new Rgb(211, 211, 211)), Map.entry("lightgray", new Rgb(211, 211, 211)),
            Map.entry("silver", new Rgb(192, 192, 192)));

    /** White, {@code #ffffff}; readers record a white cell fill as no fill. */
    public static final Rgb WHITE = new Rgb(255, 255, 255);

    /**
     * Checks the channels.
     *
     * @param r the red channel, 0-255
     * @param g the green channel, 0-255
     * @param b the blue channel, 0-255
     * @throws IllegalArgumentException if a channel is outside 0-255
     */
    public Rgb {
        if ((r | g | b) < 0 || r > 255 || g > 255 || b > 255) {
            throw new IllegalArgumentException("channel out of range: " + r + "," + g + "," + b);
        }
    }

    /**
     * A colour from 0..1 floats, as PDF colour spaces give them; values outside 0..1 are clamped.
     *
     * @param r the red channel, 0..1
     * @param g the green channel, 0..1
     * @param b the blue channel, 0..1
     * @return the colour, each channel rounded to the nearest of 0-255
     */
    public static Rgb ofFloats(float r, float g, float b) {
        return new Rgb(channel(r), channel(g), channel(b));
    }

    private static int channel(float f) {
        return Math.max(0, Math.min(255, Math.round(f * 255f)));
    }

    /**
     * Parses a colour as HTML, CSS and Word write it: {@code #92d050}, {@code 92D050}, {@code #fc0},
     * {@code rgb(146, 208, 80)} (or {@code rgba}, alpha ignored) or one of the CSS colour names common in council
     * papers (red, amber, green, …), in any case.
     *
     * @param css the colour text
     * @return the colour, or empty where the text is not one of those forms (an unlisted name, a channel over 255)
     */
    public static Optional<Rgb> parse(String css) {
        String s = css.trim().toLowerCase(Locale.ROOT);
        Matcher m = HEX.matcher(s);
        if (m.matches()) {
            String h = m.group(1);
            if (h.length() == 3) {
                h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
            }
            int v = Integer.parseInt(h, 16);
            return Optional.of(new Rgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff));
        }
        m = RGB_FN.matcher(s);
        if (m.matches()) {
            int r = Integer.parseInt(m.group(1));
            int g = Integer.parseInt(m.group(2));
            int b = Integer.parseInt(m.group(3));
            return r > 255 || g > 255 || b > 255 ? Optional.empty() : Optional.of(new Rgb(r, g, b));
        }
        return Optional.ofNullable(NAMED.get(s));
    }

    @JsonCreator
    static Rgb fromJson(String hex) {
        return parse(hex).orElseThrow(() -> new IllegalArgumentException("not a colour: " + hex));
    }

    /**
     * The colour as JSON and CSS write it.
     *
     * @return {@code #rrggbb}, lower-case
     */
    @JsonValue
    public String hex() {
        return String.format("#%02x%02x%02x", r, g, b);
    }

    @Override
    public String toString() {
        return hex();
    }
}
