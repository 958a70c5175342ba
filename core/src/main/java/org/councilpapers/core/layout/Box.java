package org.councilpapers.core.layout;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * An axis-aligned box in PDF points, x0 &lt;= x1 and y0 &lt;= y1, with y growing down the page
 * (top-left origin, as text positions are reported). Serialised as {@code [x0, y0, x1, y1]}.
 *
 * @param x0 the left edge
 * @param y0 the top edge
 * @param x1 the right edge, not left of {@code x0}
 * @param y1 the bottom edge, not above {@code y0}
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Box(float x0, float y0, float x1, float y1) {
    /**
     * Checks that the box is not inverted; an empty (zero-width or zero-height) box is allowed.
     *
     * @param x0 the left edge
     * @param y0 the top edge
     * @param x1 the right edge
     * @param y1 the bottom edge
     * @throws IllegalArgumentException if {@code x1 < x0} or {@code y1 < y0}
     */
    public Box {
        if (x1 < x0 || y1 < y0) {
            throw new IllegalArgumentException("inverted box " + x0 + "," + y0 + "," + x1 + "," + y1);
        }
    }

    /**
     * The box's width.
     *
     * @return {@code x1 - x0}, in points
     */
    public float width() {
        return x1 - x0;
    }

    /**
     * The box's height.
     *
     * @return {@code y1 - y0}, in points
     */
    public float height() {
        return y1 - y0;
    }

    /**
     * The smallest box holding this one and another.
     *
     * @param o the other box
     * @return a box covering both
     */
    public Box union(Box o) {
        return new Box(Math.min(x0, o.x0), Math.min(y0, o.y0), Math.max(x1, o.x1), Math.max(y1, o.y1));
    }

    /**
     * Whether a point lies in the box, edges included.
     *
     * @param x the point's x, in points from the left
     * @param y the point's y, in points from the top
     * @return true if it lies inside or on an edge
     */
    public boolean contains(float x, float y) {
        return x >= x0 && x <= x1 && y >= y0 && y <= y1;
    }
}
