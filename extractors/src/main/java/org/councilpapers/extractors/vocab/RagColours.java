package org.councilpapers.extractors.vocab;

import java.util.Optional;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.record.RagStatus;
import org.jspecify.annotations.Nullable;

/**
 * Reads a RAG status from a cell fill or text colour by its hue, so every shade councils use
 * counts: Word's #92d050 and #00b050 greens, Excel's pale #c6efce, amber as #ffc000, #ffc107 or
 * plain yellow, #ff0000 and #c00000 reds, #00b0f0, #0070c0 and #00aaff blues. White, greys and
 * near-black carry no status; purples and pinks are not RAG colours unless a document's own key
 * says what they mean.
 */
public final class RagColours {
    // Below this saturation a colour reads as white or grey: Word's pale header tints (#dbe5f1, #f2f2f2) fall here.
    private static final double MIN_SATURATION = 0.12;
    // Below this brightness a colour reads as black, whatever its hue.
    private static final double MIN_VALUE = 0.2;
    private static final int SAME_SHADE = 12;

    private RagColours() {}

    /**
     * The status a colour stands for, or empty for a neutral colour or a hue that is no RAG colour.
     *
     * @param colour a fill or text colour, or null for none
     * @return the status, empty where the colour states none
     */
    public static Optional<RagStatus> classify(@Nullable Rgb colour) {
        if (colour == null || isNeutral(colour)) {
            return Optional.empty();
        }
        double h = hue(colour);
        if (h < 15 || h >= 335) {
            return Optional.of(RagStatus.RED);
        }
        if (h < 70) {
            return Optional.of(RagStatus.AMBER);
        }
        if (h < 170) {
            return Optional.of(RagStatus.GREEN);
        }
        if (h < 265) {
            return Optional.of(RagStatus.BLUE);
        }
        return Optional.empty();
    }

    /**
     * White, grey or black: a colour that says "no status" rather than an unknown one.
     *
     * @param colour a colour
     * @return true for white, grey or black
     */
    public static boolean isNeutral(Rgb colour) {
        int max = Math.max(colour.r(), Math.max(colour.g(), colour.b()));
        int min = Math.min(colour.r(), Math.min(colour.g(), colour.b()));
        return max / 255.0 < MIN_VALUE || (max - min) / (double) max < MIN_SATURATION;
    }

    /**
     * Whether two colours are near enough to be the same shade (a key's swatch and a cell's fill).
     *
     * @param a one colour
     * @param b another
     * @return true where they are near enough to be one shade
     */
    public static boolean near(Rgb a, Rgb b) {
        int dr = a.r() - b.r();
        int dg = a.g() - b.g();
        int db = a.b() - b.b();
        return dr * dr + dg * dg + db * db <= 40 * 40;
    }

    /**
     * Whether two colours are one shade printed twice, give or take a rounding: tighter than {@link #near}, which takes a
     * theme's related shades (a teal and a navy) for one.
     *
     * @param a one colour
     * @param b another
     * @return true where they are one shade printed twice
     */
    public static boolean sameShade(Rgb a, Rgb b) {
        int dr = a.r() - b.r();
        int dg = a.g() - b.g();
        int db = a.b() - b.b();
        return dr * dr + dg * dg + db * db <= SAME_SHADE * SAME_SHADE;
    }

    /** Hue in degrees, 0 to 360. */
    static double hue(Rgb c) {
        double r = c.r() / 255.0;
        double g = c.g() / 255.0;
        double b = c.b() / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double d = max - min;
        if (d == 0) {
            return 0;
        }
        double h;
        if (max == r) {
            h = ((g - b) / d) % 6;
        } else if (max == g) {
            h = (b - r) / d + 2;
        } else {
            h = (r - g) / d + 4;
        }
        h *= 60;
        return h < 0 ? h + 360 : h;
    }
}
