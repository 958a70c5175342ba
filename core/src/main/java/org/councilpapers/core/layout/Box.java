package org.councilpapers.core.layout;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * An axis-aligned box in PDF points, x0 &lt;= x1 and y0 &lt;= y1, with y growing down the page
 * (top-left origin, as text positions are reported). Serialised as {@code [x0, y0, x1, y1]}.
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Box(float x0, float y0, float x1, float y1) {
    public Box {
        if (x1 < x0 || y1 < y0) {
            throw new IllegalArgumentException("inverted box " + x0 + "," + y0 + "," + x1 + "," + y1);
        }
    }

    public float width() {
        return x1 - x0;
    }

    public float height() {
        return y1 - y0;
    }

    public Box union(Box o) {
        return new Box(Math.min(x0, o.x0), Math.min(y0, o.y0), Math.max(x1, o.x1), Math.max(y1, o.y1));
    }

    public boolean contains(float x, float y) {
        return x >= x0 && x <= x1 && y >= y0 && y <= y1;
    }
}
