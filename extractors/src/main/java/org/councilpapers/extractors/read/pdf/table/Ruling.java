package org.councilpapers.extractors.read.pdf.table;

/**
 * An axis-aligned line on the page: a horizontal ruling lies at {@code y = position} from {@code x = start}
 * to {@code end}; a vertical one at {@code x = position} from {@code y = start} to {@code end}.
 *
 * @param horizontal whether the line runs across the page
 * @param position its y when horizontal, its x when vertical
 * @param start where it starts along its length
 * @param end where it ends, never before {@code start}
 */
public record Ruling(boolean horizontal, float position, float start, float end) {
    /**
     * Puts the ends in order, however the PDF drew the line.
     *
     * @param horizontal whether the line runs across
     * @param position its y or x
     * @param start one end
     * @param end the other
     */
    public Ruling {
        if (end < start) {
            float t = start;
            start = end;
            end = t;
        }
    }

    /**
     * A horizontal ruling.
     *
     * @param y where it lies
     * @param x0 one end
     * @param x1 the other
     * @return the ruling
     */
    public static Ruling horizontal(float y, float x0, float x1) {
        return new Ruling(true, y, x0, x1);
    }

    /**
     * A vertical ruling.
     *
     * @param x where it lies
     * @param y0 one end
     * @param y1 the other
     * @return the ruling
     */
    public static Ruling vertical(float x, float y0, float y1) {
        return new Ruling(false, x, y0, y1);
    }

    /**
     * How long the line is, in points; short rules are underlines or ticks, not a grid.
     *
     * @return its length
     */
    public float length() {
        return end - start;
    }

    /**
     * Whether this ruling crosses or touches {@code other} (one horizontal, one vertical), within {@code tol}.
     *
     * @param other another ruling
     * @param tol how far apart, in points, still counts as touching
     * @return true where the two meet
     */
    public boolean meets(Ruling other, float tol) {
        if (horizontal == other.horizontal) {
            return false;
        }
        return other.position >= start - tol && other.position <= end + tol
                && position >= other.start - tol && position <= other.end + tol;
    }
}
