package org.councilpapers.extractors.read.pdf.table;

/**
 * An axis-aligned line on the page: a horizontal ruling lies at {@code y = position} from {@code x = start}
 * to {@code end}; a vertical one at {@code x = position} from {@code y = start} to {@code end}.
 */
public record Ruling(boolean horizontal, float position, float start, float end) {
    public Ruling {
        if (end < start) {
            float t = start;
            start = end;
            end = t;
        }
    }

    public static Ruling horizontal(float y, float x0, float x1) {
        return new Ruling(true, y, x0, x1);
    }

    public static Ruling vertical(float x, float y0, float y1) {
        return new Ruling(false, x, y0, y1);
    }

    public float length() {
        return end - start;
    }

    /** Whether this ruling crosses or touches {@code other} (one horizontal, one vertical), within {@code tol}. */
    public boolean meets(Ruling other, float tol) {
        if (horizontal == other.horizontal) {
            return false;
        }
        return other.position >= start - tol && other.position <= end + tol
                && position >= other.start - tol && position <= other.end + tol;
    }
}
